package fwf.friends;

/** Families of systems, so charts can colour the JVM's ladder apart from the friends. */
public enum Family {
    /** The JVM's own tiers and flags. */
    JVM,
    /** CPython and the tools that speed Python up (PyPy, Cython, mypyc, PyO3). */
    PYTHON,
    /** Ahead-of-time compiled programs (C, Rust) and native code called from Java through FFM. */
    NATIVE
}
