"""Cython's fast path: the same recursion as a typed C function (Cython's pure-Python mode).

``@cython.cfunc`` makes ``_fib`` a plain C function on C longs: no Python objects, no
argument parsing, no reference counting, so it runs at C speed; only the ``def`` entry point
crosses into Python, once per call. Compiled by Cython only, never run as Python.
"""
import cython


@cython.cfunc
@cython.exceptval(check=False)
def _fib(n: cython.long) -> cython.long:
    if n <= 1:
        return n
    return _fib(n - 1) + _fib(n - 2)


def fib_cfunc(n: cython.long) -> cython.long:
    return _fib(n)
