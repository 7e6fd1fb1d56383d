package fwf.worker;

import fwf.run.WorkerEvent;
import fwf.workload.Computation;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The warm-up trace: the first operations of a fresh worker, each timed alone, unbatched, so the
 * JIT's tiers show as plateaus (the interpreter's, C1's, C2's) with a drop at each compilation.
 * It runs before the plan, as extra warm-up, until {@link #MAX_OPERATIONS} operations or
 * {@link #MAX_NS} have passed, whichever comes first: fib(20) settles on C2 within a few hundred
 * operations, and a slow kernel (fib(40) under -Xint) stops at the time bound after a few.
 *
 * <p>Times are kept in two arrays and reported once at the end, so nothing but the clock runs
 * between operations.
 */
public final class WarmupTrace {
    /** Most operations a trace times. */
    public static final int MAX_OPERATIONS = 3_000;
    /** A trace ends once this much time has passed since its first operation began. */
    static final long MAX_NS = 2_000_000_000L;

    /** An answer sink the JIT cannot see through, as in {@link TimingLoop}. */
    private static volatile Object lastAnswer;

    private WarmupTrace() {
    }

    /**
     * Times operations one by one from {@code origin}, the clock's reading when the first starts.
     */
    static WorkerEvent.Trace run(Computation computation, int fork, LongSupplier clock, long origin) {
        Objects.requireNonNull(computation, "computation");
        long[] starts = new long[MAX_OPERATIONS];
        long[] times = new long[MAX_OPERATIONS];
        int n = 0;
        long start = origin;
        while (n < MAX_OPERATIONS && start - origin < MAX_NS) {
            Object answer = computation.run();
            long end = clock.getAsLong();
            lastAnswer = answer;
            starts[n] = start - origin;
            times[n] = end - start;
            n++;
            start = clock.getAsLong();
        }
        java.util.List<Long> since = new java.util.ArrayList<>(n);
        java.util.List<Long> ns = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            since.add(starts[i]);
            ns.add(times[i]);
        }
        return new WorkerEvent.Trace(fork, since, ns);
    }
}
