"""Tells discovery what an interpreter is and which of the friends' modules import under it.

Prints key=value lines; run with -c so nothing needs to be on disk. Works on Python 3.6+.
"""
import os
import platform
import sys
import sysconfig


def say(key, value):
    print("%s=%s" % (key, str(value).replace("\n", " ")))


def reason(e):
    lines = [l.strip() for l in str(e).splitlines() if l.strip()]
    # NumPy hides the real cause at the end of a long advice text.
    for line in lines:
        if line.startswith("Original error was:"):
            return "%s: %s" % (type(e).__name__, line[len("Original error was:"):].strip())
    return "%s: %s" % (type(e).__name__, lines[0] if lines else "")


def probe(key, load):
    try:
        say(key, "ok " + load())
    except Exception as e:
        say(key, "no " + reason(e))


def mypyc_version():
    import mypyc  # noqa: F401 (the compiler itself, not just mypy)
    import mypy.version
    return mypy.version.__version__


say("executable", sys.executable)
say("implementation", platform.python_implementation())
say("version", platform.python_version())
if hasattr(sys, "pypy_version_info"):
    say("pypy", "%d.%d.%d" % tuple(sys.pypy_version_info[:3]))
say("ext_suffix", sysconfig.get_config_var("EXT_SUFFIX") or "")
include = sysconfig.get_paths().get("include") or ""
say("python_h", os.path.join(include, "Python.h") if os.path.isfile(os.path.join(include, "Python.h")) else "")
probe("numpy", lambda: __import__("numpy").__version__)
probe("cython", lambda: __import__("Cython").__version__)
probe("mypyc", mypyc_version)
probe("setuptools", lambda: __import__("setuptools").__version__)
probe("numba", lambda: __import__("numba").__version__)
