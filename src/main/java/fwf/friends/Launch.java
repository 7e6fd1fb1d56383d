package fwf.friends;

/** How the runs of a system are started, so the engine can pick its launcher without names. */
public enum Launch {
    /** A forked JVM worker of ours with the system's flags. */
    JVM_WORKER,
    /** A JVM worker of ours whose kernels call a native library through FFM (java.lang.foreign). */
    FFM,
    /** An external program that speaks the worker protocol itself (see {@link FriendCommand}). */
    PROGRAM
}
