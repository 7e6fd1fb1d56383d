package fwf.worker;

import fwf.run.MemoryUse;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * The worker's meter of allocation and garbage collection over the measured iterations: the
 * heap bytes all threads allocated inside each timed region ({@link RegionMeter}), and the
 * collectors' count and time from the start of the measured phase to its end.
 *
 * <p>Why all threads and not the current one: a {@code parallel} kernel allocates on its pool's
 * threads. The other threads of an idle worker (the parent watcher) allocate a few hundred
 * bytes a second at most, well under a byte per operation of any kernel here.
 */
final class MemoryMeter implements RegionMeter {
    private final com.sun.management.ThreadMXBean threads;
    private long allocated;
    private long regionStart;
    private long gcCountAtStart;
    private long gcMsAtStart;

    private MemoryMeter(com.sun.management.ThreadMXBean threads) {
        this.threads = threads;
    }

    /** A meter, or null on a JVM that cannot count allocated bytes. */
    static MemoryMeter create() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            try {
                t.setThreadAllocatedMemoryEnabled(true);
                return new MemoryMeter(t);
            } catch (UnsupportedOperationException e) {
                return null;
            }
        }
        return null;
    }

    /** The measured phase begins: the collectors' figures so far. */
    void startPhase() {
        gcCountAtStart = gcCount();
        gcMsAtStart = gcMs();
    }

    @Override
    public void enter() {
        regionStart = threads.getTotalThreadAllocatedBytes();
    }

    @Override
    public void exit() {
        allocated += Math.max(0, threads.getTotalThreadAllocatedBytes() - regionStart);
    }

    /** The measured phase is over: its figures for {@code computations} operations. */
    MemoryUse endPhase(long computations) {
        return new MemoryUse(computations, allocated, Math.max(0, gcCount() - gcCountAtStart),
                Math.max(0, gcMs() - gcMsAtStart) * 1_000_000L);
    }

    private static long gcCount() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionCount()); // -1: this collector does not say
        }
        return sum;
    }

    private static long gcMs() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}
