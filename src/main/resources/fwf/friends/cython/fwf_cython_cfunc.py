"""Cython's typed kernels, in Cython's pure-Python mode; compiled by Cython only, never run as Python.

``typed`` is the talk's Cython: the plain kernels with their integers declared as C ints
(``cython.int``), still ``def`` functions. What Cython 0.29 makes of them (read in the C it
writes):

- ``fib_typed``: ``n`` arrives as a Python int and is unboxed to a C int, ``n <= 1``,
  ``n - 2`` and ``n - 1`` are C arithmetic; but a ``def`` always returns a Python object (the
  ``-> cython.int`` is ignored), so each recursive call boxes its argument, looks ``fib_typed``
  up in the module's globals, goes through Python's call protocol and the two results are added
  as Python ints.
- ``triangles_typed``: the node ids and the counter are C ints, but the dict and the lists stay
  Python objects holding Python ints: each id read from a list is unboxed, and boxed again for
  every dict lookup and every ``in``, whose scan compares Python ints.

``cfunc`` is Cython's fast path: the same recursion (the talk's order) as a C function on C
longs. No Python objects, no argument parsing, no reference counting, so it runs at C speed;
only the ``def`` entry point crosses into Python, once per call.
"""
import cython


def fib_typed(n: cython.int) -> cython.int:
    """The talk's recursion, fib(n - 2) + fib(n - 1), with n a C int."""
    if n <= 1:
        return n
    return fib_typed(n - 2) + fib_typed(n - 1)


def triangles_typed(graph) -> cython.int:
    """The talk's naive count step for step (as fwf_kernels.triangles_naive), its ids and
    counter C ints."""
    triangles: cython.int = 0
    node: cython.int
    neighbor: cython.int
    far: cython.int
    visited = []
    for node in graph:
        neighbors_visited = []
        for neighbor in graph[node]:
            if neighbor not in visited:
                for far in graph[neighbor]:
                    if far not in neighbors_visited and far not in visited and node in graph[far]:
                        triangles += 1
            neighbors_visited.append(neighbor)
        visited.append(node)
    return triangles


@cython.cfunc
@cython.exceptval(check=False)
def _fib(n: cython.long) -> cython.long:
    if n <= 1:
        return n
    return _fib(n - 2) + _fib(n - 1)


def fib_cfunc(n: cython.long) -> cython.long:
    return _fib(n)
