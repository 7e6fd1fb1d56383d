"""The talk's kernels in plain, annotated Python.

CPython and PyPy run this file as it is; Cython (the talk's annotated ``def`` style) and mypyc
compile a copy of it, renamed so the compiled module never collides with this one. The
annotations are what mypyc compiles to native operations; Cython 0.29 mostly keeps them as
Python objects, which is the lesson of its ``def`` row.

Each function takes what the driver (fwf_friend.py) prepared, untimed, and returns the answer.
"""
# typing's generics, not dict[int, list[int]]: Cython 0.29 evaluates annotations at import
# time on its own builtin types, which cannot be subscripted, and knows no "from __future__
# import annotations".
from typing import Dict, List, Set


def fib_recursive(n: int) -> int:
    """Naive recursive Fibonacci, fib(0) = 0, fib(1) = 1: nothing but calls and additions."""
    if n <= 1:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def triangles_naive(graph: Dict[int, List[int]]) -> int:
    """The talk's triangle count, unchanged: every ``in`` is a linear search of a list.

    ``graph`` maps each node to its neighbours in file order, each edge in both directions,
    with the nodes in order of first appearance. Each triangle is counted once, from its
    first-visited corner.
    """
    visited: List[int] = []
    triangles = 0
    for node in graph:
        visited.append(node)
        neighbors_visited: List[int] = []
        for neighbor in graph[node]:
            if neighbor in visited:
                continue
            neighbors_visited.append(neighbor)
            for far in graph[neighbor]:
                if far in visited or far in neighbors_visited:
                    continue
                if far in graph[node]:
                    triangles += 1
    return triangles


def triangles_hashset(graph: Dict[int, Set[int]]) -> int:
    """The same loops with sets instead of lists, as Java's ``hashset`` variant: each linear
    search becomes one hash lookup, a bigger win than any compiler."""
    visited: Set[int] = set()
    triangles = 0
    for node in graph:
        visited.add(node)
        neighbors_visited: Set[int] = set()
        for neighbor in graph[node]:
            if neighbor in visited:
                continue
            neighbors_visited.add(neighbor)
            for far in graph[neighbor]:
                if far in visited or far in neighbors_visited:
                    continue
                if far in graph[node]:
                    triangles += 1
    return triangles


def mean_loop(data: List[float]) -> float:
    """A plain loop over a list of floats into a double accumulator, as Java's ``loop``."""
    total = 0.0
    for value in data:
        total += value
    return total / len(data)
