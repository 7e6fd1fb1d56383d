"""The talk's kernels in plain, annotated Python.

CPython and PyPy run this file as it is; Cython and mypyc compile a copy of it, renamed so the
compiled module never collides with this one. The annotations are what mypyc compiles to native
operations. Cython 0.29 keeps ``int``, ``List`` and ``Dict`` annotations as Python objects, so
its copy is Cython's object-typed ``def`` rows; the talk's Cython, typed with C ints, is in
cython/fwf_cython_cfunc.py.

Each function takes what the driver (fwf_friend.py) prepared, untimed, and returns the answer.
"""
# typing's generics, not dict[int, list[int]]: Cython 0.29 evaluates annotations at import
# time on its own builtin types, which cannot be subscripted, and knows no "from __future__
# import annotations".
from typing import Dict, List, Set


def fib_recursive(n: int) -> int:
    """The talk's naive recursive Fibonacci, fib(0) = 0, fib(1) = 1, written as the talk wrote
    it: fib(n - 2) + fib(n - 1). Nothing but calls and additions."""
    if n <= 1:
        return n
    return fib_recursive(n - 2) + fib_recursive(n - 1)


def fib_recursive_n1_first(n: int) -> int:
    """The same recursion with the two calls swapped, fib(n - 1) + fib(n - 2): the same calls and
    additions in another order, which a tracing JIT (PyPy's) can treat very differently."""
    if n <= 1:
        return n
    return fib_recursive_n1_first(n - 1) + fib_recursive_n1_first(n - 2)


def triangles_naive(graph: Dict[int, List[int]]) -> int:
    """The talk's triangle count, step for step: every ``in`` is a linear search of a list.

    ``graph`` is the talk's dict (see fwf_friend.adjacency_lists): each node's neighbours, nodes
    in the order they first received one. The three tests on a far neighbour run in the talk's
    order and stop at the first that fails; a neighbour joins ``neighbors_visited`` whether or
    not it was already visited. Each triangle is counted once, from its first-visited corner.
    """
    visited: List[int] = []
    triangles = 0
    for node in graph:
        neighbors_visited: List[int] = []
        for neighbor in graph[node]:
            if neighbor not in visited:
                for far in graph[neighbor]:
                    if far not in neighbors_visited and far not in visited and node in graph[far]:
                        triangles += 1
            neighbors_visited.append(neighbor)
        visited.append(node)
    return triangles


def triangles_hashset(graph: Dict[int, Set[int]]) -> int:
    """The talk's steps in the talk's order with sets instead of lists, as Java's ``hashset``
    variant: each linear search becomes one hash lookup, a bigger win than any compiler."""
    visited: Set[int] = set()
    triangles = 0
    for node in graph:
        neighbors_visited: Set[int] = set()
        for neighbor in graph[node]:
            if neighbor not in visited:
                for far in graph[neighbor]:
                    if far not in neighbors_visited and far not in visited and node in graph[far]:
                        triangles += 1
            neighbors_visited.add(neighbor)
        visited.add(node)
    return triangles


def mean_loop(data: List[float]) -> float:
    """A plain loop over a list of floats into a double accumulator, as Java's ``loop``."""
    total = 0.0
    for value in data:
        total += value
    return total / len(data)
