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
 *
 * <p>All threads but the JIT's: Graal (jvm-graal) is Java code compiling on the heap, and the
 * total counted it: fib(27) primitive "allocated" 7,606 bytes per call on jvm-graal, where C2's
 * run allocates only the answer's box (24 bytes). Its compiler threads are visible to the
 * thread bean (C1's and C2's are hidden), so their bytes are taken out, on a JVMCI JIT only:
 * looking for them on C2's JVM too added a few hundred bytes now and then to a measured phase
 * (fib(11) primitive, which allocates nothing, showed 1.07 bytes a call in one run of four).
 */
final class MemoryMeter implements RegionMeter {
    private final com.sun.management.ThreadMXBean threads;
    private long allocated;
    private long regionStart;
    /** Graal's compiler threads (jvm-graal): Java code, allocating on the heap as it compiles. */
    private final boolean javaCompilers;
    private long[] compilerIds = new long[0];
    /** Each compiler thread's bytes when last read (kept when it ends) and those of ended ones. */
    private long[] compilerBytes = new long[0];
    private long retiredCompilersBytes;
    private int threadCount = -1;
    private long gcCountAtStart;
    private long gcMsAtStart;

    private MemoryMeter(com.sun.management.ThreadMXBean threads, boolean javaCompilers) {
        this.threads = threads;
        this.javaCompilers = javaCompilers;
    }

    /**
     * A meter, or null on a JVM that cannot count allocated bytes.
     *
     * @param javaCompilers whether the JIT runs as Java (JVMCI): only then are compiler threads
     *                      looked for and their bytes taken out; C2's meter stays the plain total
     */
    static MemoryMeter create(boolean javaCompilers) {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            try {
                t.setThreadAllocatedMemoryEnabled(true);
                return new MemoryMeter(t, javaCompilers);
            } catch (UnsupportedOperationException e) {
                return null;
            }
        }
        return null;
    }

    /** The measured phase begins: the collectors' figures so far. */
    void startPhase() {
        if (javaCompilers) {
            findCompilers();
        }
        gcCountAtStart = gcCount();
        gcMsAtStart = gcMs();
    }

    @Override
    public void enter() {
        regionStart = threads.getTotalThreadAllocatedBytes() - compilersAllocated();
    }

    @Override
    public void exit() {
        if (!javaCompilers) {
            allocated += Math.max(0, threads.getTotalThreadAllocatedBytes() - regionStart);
            return;
        }
        // Look for new compiler threads first (Graal starts more as its queue grows), then take
        // out what looking allocated on this thread.
        long before = threads.getCurrentThreadAllocatedBytes();
        if (threads.getThreadCount() != threadCount) {
            findCompilers();
        }
        long looking = threads.getCurrentThreadAllocatedBytes() - before;
        long now = threads.getTotalThreadAllocatedBytes() - compilersAllocated() - looking;
        allocated += Math.max(0, now - regionStart);
    }

    /**
     * What the compiler threads that run as Java (Graal's) have allocated, with those that ended
     * (Graal stops idle ones; the total keeps their bytes): no allocation itself.
     */
    private long compilersAllocated() {
        long sum = retiredCompilersBytes;
        for (int i = 0; i < compilerIds.length; i++) {
            long bytes = threads.getThreadAllocatedBytes(compilerIds[i]);
            // -1 once ended: its last figure stands.
            compilerBytes[i] = Math.max(compilerBytes[i], bytes);
            sum += compilerBytes[i];
        }
        return sum;
    }

    /** The visible threads that compile: HotSpot's own C1 and C2 threads are hidden, JVMCI's are not. */
    private void findCompilers() {
        threadCount = threads.getThreadCount();
        long[] found = java.util.Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(i -> i != null && i.getThreadName().contains("CompilerThread"))
                .mapToLong(java.lang.management.ThreadInfo::getThreadId).toArray();
        long[] bytes = new long[found.length];
        for (int i = 0; i < compilerIds.length; i++) {
            int at = indexOf(found, compilerIds[i]);
            if (at < 0) {
                retiredCompilersBytes += compilerBytes[i];
            } else {
                bytes[at] = compilerBytes[i];
            }
        }
        compilerIds = found;
        compilerBytes = bytes;
    }

    private static int indexOf(long[] ids, long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
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
