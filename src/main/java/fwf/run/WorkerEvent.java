package fwf.run;

import java.util.List;

/**
 * What a worker reports while it runs, in order: the same typed events whether the kernel ran
 * in a forked JVM (read back from its JSON lines) or, for tests, in this process. Listeners
 * (the command line's progress bar, the window's growing bar and warm-up chart) receive these,
 * never string-keyed maps.
 */
public sealed interface WorkerEvent {
    /** Which fork (0-based) of the run the event belongs to. */
    int fork();

    /**
     * The worker is up: how it was started, so the flags really used can be checked and recorded.
     *
     * @param library the {@code fwf_version()} of the native library a JVM worker calls through
     *                FFM ("gcc 12.2.0 -O2"); empty for every other worker
     */
    record Started(int fork, long pid, String javaVersion, String vmName, List<String> inputArguments,
                   String library) implements WorkerEvent {
        public Started {
            inputArguments = List.copyOf(inputArguments);
            library = library == null ? "" : library;
        }

        /** A worker that calls no native library. */
        public Started(int fork, long pid, String javaVersion, String vmName, List<String> inputArguments) {
            this(fork, pid, javaVersion, vmName, inputArguments, "");
        }
    }

    /**
     * The input is loaded and the variant prepared; {@code expected} is the reference answer.
     *
     * @param note what the kernel says of itself when it is not what its variant's name says (a
     *             fallback: "parallel ran the forward kernel ..."); empty otherwise, and always
     *             empty from friends
     */
    record Loaded(int fork, String input, int size, long readNs, long prepareNs, String expected, String note)
            implements WorkerEvent {
        public Loaded {
            note = note == null ? "" : note;
        }

        /** A kernel that ran as its name says. */
        public Loaded(int fork, String input, int size, long readNs, long prepareNs, String expected) {
            this(fork, input, size, readNs, prepareNs, expected, "");
        }

        public long loadNs() {
            return readNs + prepareNs;
        }
    }

    /**
     * One iteration. When an operation is too short to time alone, an iteration runs
     * {@code batch} operations back to back and {@code ns} is the time per operation (the
     * batch's time divided by {@code batch}, rounded); {@code answer} is the last operation's.
     *
     * @param sinceStartNs when the iteration started, from the worker's origin (the start of its
     *                     first timed operation, the JIT events' origin too), so the warm-up
     *                     tab can put it on a time axis; -1 when the worker does not say (friends)
     */
    record Iteration(int fork, int index, boolean warmup, long ns, String answer, int batch, long sinceStartNs)
            implements WorkerEvent {
        public Iteration {
            if (batch < 1) {
                throw new IllegalArgumentException("an iteration runs at least one operation, got batch " + batch);
            }
        }

        /** An iteration whose start is not known. */
        public Iteration(int fork, int index, boolean warmup, long ns, String answer, int batch) {
            this(fork, index, warmup, ns, answer, batch, -1);
        }

        /** An iteration of one operation. */
        public Iteration(int fork, int index, boolean warmup, long ns, String answer) {
            this(fork, index, warmup, ns, answer, 1);
        }
    }

    /**
     * Warm-up is over and measurement begins: {@code warmup} iterations were run, and
     * {@code iterations} measured ones of {@code batch} operations each follow. Sent once per
     * fork, so a progress bar knows its length even when the plan was adaptive. {@code note} is
     * what the plan says of its warm-up, empty when nothing: a JIT-compiled friend's steady plan
     * says whether its times settled ("not steady after 1000 warm-up calls ..."), and the result
     * carries it.
     */
    record Measuring(int fork, int warmup, int iterations, int batch, String note) implements WorkerEvent {
        public Measuring {
            note = note == null ? "" : note;
        }

        /** Warm-up is over, with nothing to say of it. */
        public Measuring(int fork, int warmup, int iterations, int batch) {
            this(fork, warmup, iterations, batch, "");
        }
    }

    /**
     * What the measured iterations allocated and how often the GC ran meanwhile; sent once per
     * fork, after the last measured iteration, by JVM workers only.
     */
    record Memory(int fork, MemoryUse use) implements WorkerEvent {
    }

    /**
     * The warm-up trace ({@code --warmup-trace}): the first operations, each timed alone before
     * the plan begins. {@code sinceStartNs.get(i)} is when operation i started, from the start of
     * the first (the origin of the JIT events' times too), {@code ns.get(i)} how long it took.
     */
    record Trace(int fork, List<Long> sinceStartNs, List<Long> ns) implements WorkerEvent {
        public Trace {
            sinceStartNs = List.copyOf(sinceStartNs);
            ns = List.copyOf(ns);
            if (sinceStartNs.size() != ns.size()) {
                throw new IllegalArgumentException("a trace needs one start per time: " + sinceStartNs.size()
                        + " starts, " + ns.size() + " times");
            }
        }
    }

    /**
     * What a kernel compilation inlined (sent with the warm-up trace only, after the compilation's
     * {@link Jit} event).
     */
    record Inlining(int fork, InliningTree tree) implements WorkerEvent {
    }

    /** A JIT compilation or deoptimisation of a kernel method. */
    record Jit(int fork, JitEvent event) implements WorkerEvent {
    }

    /** The worker failed; {@code message} is for the user. */
    record Failure(int fork, String message) implements WorkerEvent {
    }

    /** The worker finished its plan normally. */
    record Finished(int fork) implements WorkerEvent {
    }
}
