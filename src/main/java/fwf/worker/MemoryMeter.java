package fwf.worker;

import fwf.run.MemoryUse;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

/**
 * The worker's meter of allocation and garbage collection over the measured iterations: the
 * heap bytes the program's threads allocated inside each timed region ({@link RegionMeter}), and
 * the collectors' count and time from the start of the measured phase to its end.
 *
 * <p>Which threads: every thread the JVM lists, since a {@code parallel} kernel allocates on its
 * pool's threads (and the JDK's own, a cleaner or the reference handler, work for the program),
 * but not the JIT's nor the harness's {@link WorkerMain#PARENT_WATCH parent watcher}. Graal
 * (jvm-graal) is Java code that compiles on the heap, in listed threads named "JVMCI
 * CompilerThread": fib(27) primitive "allocated" 7,606 bytes per call there, where C2's run
 * allocates only the answer's box (24 bytes).
 *
 * <p>Why each thread's own figure and not the JVM's total: the total also counts the threads
 * the JVM does not list (C1's and C2's compiler threads, its service thread), and in a worker
 * they allocated 48 to 712 bytes on the heap inside 19 of 9,000 regions of fib(20) and fib(11)
 * measured here, while the harness's code was still being compiled (a CI run's fib(20) showed
 * 25.2 bytes per call where it allocates 24). The total counts only for a region in which a
 * counted thread ended, one that started in it among them: their bytes are nowhere else. Not
 * always even there: right after a thread was joined the total lacked its bytes in 86 of 2,000
 * tries here, and in 5 of them still 50 ms later. The kernels' threads (the common pool's) live
 * on from one region to the next, so this does not touch them.
 */
final class MemoryMeter implements RegionMeter {
    /** What the meter reads of the JVM's threads: an interface so that a test can play a JVM. */
    interface Threads {
        /** Every thread's allocated bytes, ended ones and those not listed included. */
        long totalAllocated();

        /** Threads started so far, of the listed kind. */
        long started();

        /** The listed threads now; allocates. */
        long[] ids();

        /** A listed thread's allocated bytes, or -1 once it has ended; allocates nothing. */
        long allocated(long id);

        /** A listed thread's name, or null once it has ended; allocates. */
        String name(long id);
    }

    private final Threads threads;
    private long allocated;
    /** The threads of the last listing, whether each is counted, and their bytes at entry. */
    private long[] ids = new long[0];
    private boolean[] counted = new boolean[0];
    private long[] atEnter = new long[0];
    private long listedAtStart = -1;
    private long startedAtEnter;
    private long totalAtEnter;
    private long gcCountAtStart;
    private long gcMsAtStart;

    MemoryMeter(Threads threads) {
        this.threads = threads;
    }

    /** A meter of this JVM's threads, or null on a JVM that cannot count allocated bytes. */
    static MemoryMeter create() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            try {
                t.setThreadAllocatedMemoryEnabled(true);
                return new MemoryMeter(new JvmThreads(t));
            } catch (UnsupportedOperationException e) {
                return null;
            }
        }
        return null;
    }

    /** Whether a thread's allocation is the program's: not a compiler's, not the watcher's. */
    static boolean counts(String name) {
        return !name.contains("CompilerThread") && !name.equals(WorkerMain.PARENT_WATCH);
    }

    /** The measured phase begins: the collectors' figures so far. */
    void startPhase() {
        gcCountAtStart = gcCount();
        gcMsAtStart = gcMs();
    }

    @Override
    public void enter() {
        // Listing allocates on this thread, so it comes before this thread's figure is read.
        if (threads.started() != listedAtStart || !readEntry()) {
            list();
            readEntry();
        }
        startedAtEnter = listedAtStart;
    }

    /** Reads the figures at entry; false when a counted thread has ended since the listing. */
    private boolean readEntry() {
        totalAtEnter = threads.totalAllocated();
        boolean allThere = true;
        for (int i = 0; i < ids.length; i++) {
            atEnter[i] = threads.allocated(ids[i]);
            allThere &= atEnter[i] >= 0 || !counted[i];
        }
        return allThere;
    }

    @Override
    public void exit() {
        long own = 0;
        long notCounted = 0;
        boolean ended = false;
        for (int i = 0; i < ids.length; i++) {
            long bytes = threads.allocated(ids[i]);
            if (bytes < 0 || atEnter[i] < 0) {
                ended |= counted[i];
            } else if (counted[i]) {
                own += bytes - atEnter[i];
            } else {
                notCounted += bytes - atEnter[i];
            }
        }
        long total = threads.totalAllocated() - totalAtEnter;
        long born = threads.started() - startedAtEnter;
        if (born > 0) {
            // A pool grew: the new threads' bytes since they started. This thread's figure is
            // read, so what listing allocates here is not counted.
            long[] before = ids;
            list();
            for (int i = 0; i < ids.length; i++) {
                long bytes;
                // A thread listed here may have ended since: joining it returns before the JVM
                // takes it off the list. Then its bytes are only in the total, and it stays born.
                if (indexOf(before, ids[i]) < 0 && (bytes = threads.allocated(ids[i])) >= 0) {
                    born--;
                    if (counted[i]) {
                        own += bytes;
                    } else {
                        notCounted += bytes;
                    }
                }
            }
        }
        if (ended || born > 0) {
            // A counted thread ended inside the region (or started and ended there): its bytes
            // are only in the total, the unlisted compiler threads' with them. Never less than
            // the listed threads' own: another thread's figure is read as it runs, and
            // a Graal compiler thread's was read 180,496 bytes lower at a region's end than at its start.
            own = Math.max(own, total - notCounted);
        }
        allocated += Math.max(0, own);
    }

    private void list() {
        listedAtStart = threads.started();
        long[] found = threads.ids();
        boolean[] counts = new boolean[found.length];
        for (int i = 0; i < found.length; i++) {
            String name = threads.name(found[i]);
            counts[i] = name != null && counts(name);
        }
        ids = found;
        counted = counts;
        atEnter = new long[found.length];
    }

    private static int indexOf(long[] values, long value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
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

    /** This JVM's threads, through the JDK's thread bean. */
    private record JvmThreads(com.sun.management.ThreadMXBean bean) implements Threads {
        @Override
        public long totalAllocated() {
            return bean.getTotalThreadAllocatedBytes();
        }

        @Override
        public long started() {
            return bean.getTotalStartedThreadCount();
        }

        @Override
        public long[] ids() {
            return bean.getAllThreadIds();
        }

        @Override
        public long allocated(long id) {
            return bean.getThreadAllocatedBytes(id);
        }

        @Override
        public String name(long id) {
            ThreadInfo info = bean.getThreadInfo(id);
            return info == null ? null : info.getThreadName();
        }
    }
}
