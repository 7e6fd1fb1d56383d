package fwf.friends;

/**
 * How discovery finds out whether a system can run here: data that each {@link SystemSpec}
 * carries, so {@link Discovery} picks its steps by this value's kind and never by the system's
 * name. Two systems with the same kind of probe are found the same way (CPython and PyPy are
 * both an {@link Interpreter}); a new kind of system is a new kind of probe, and the compiler
 * then asks Discovery for its steps.
 */
public sealed interface Probe {
    /** A JVM tier of ours: always here, at the version of the JVM that runs the program. */
    record JvmWorker() implements Probe {
    }

    /**
     * A Python interpreter found on PATH, running the Python kernels as they are.
     *
     * @param command the command to look up ({@code python3}, {@code pypy3})
     * @param cpython true when it must be CPython, false when it must not (PyPy)
     */
    /** A JVM worker on the Graal JIT: here when the Graal compiler's jars are in the friends' cache. */
    record GraalJit() implements Probe {
    }

    /** Debian's CPython with Numba importable: the kernels compile with @njit. */
    record NumbaKernels() implements Probe {
    }

    record Interpreter(String command, boolean cpython) implements Probe {
    }

    /** The Python kernels compiled by Cython, for a CPython that has Cython and Python.h, with gcc. */
    record CythonModules() implements Probe {
    }

    /** The annotated Python kernels compiled by mypyc, for a CPython that has mypyc, setuptools and Python.h. */
    record MypycModule() implements Probe {
    }

    /** The Rust kernels as a Python extension module through PyO3 0.17, built offline with cargo. */
    record Pyo3Module() implements Probe {
    }

    /** The C program and library built from the shipped sources by gcc. */
    record CProgram() implements Probe {
    }

    /** The Rust program and library built from the shipped sources by rustc. */
    record RustProgram() implements Probe {
    }

    /**
     * Java calling another system's native library through FFM: available exactly when that
     * system is, since it is the same build.
     *
     * @param library the system whose build provides the library
     */
    record ThroughFfm(SystemSpec library) implements Probe {
    }

    /** A system that cannot be installed here, listed all the same: its row says why. */
    record Never(String reason) implements Probe {
    }

    /** A system no discovery is written for yet: it is reported unavailable, saying so. */
    record Unwritten() implements Probe {
    }
}
