package fwf.worker;

import static org.assertj.core.api.Assertions.assertThat;

import fwf.run.MemoryUse;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The meter counts what the program's threads allocate in a timed region: not the JIT's (Graal's
 * listed "JVMCI CompilerThread"s, C1's and C2's unlisted ones, which only the JVM's total counts),
 * not the harness's parent watcher; a thread that starts and ends inside the region is counted.
 */
class MemoryMeterTest {
    private static final int MIB = 1 << 20;
    /** Kept reachable so the allocations cannot be removed. */
    private static volatile Object sink;

    /** A JVM played by hand: listed threads with their bytes, and bytes only the total has. */
    private static final class FakeThreads implements MemoryMeter.Threads {
        final Map<Long, String> names = new LinkedHashMap<>();
        final Map<Long, Long> bytes = new LinkedHashMap<>();
        long unlisted;
        /** A listed thread's bytes the total has not added up yet: figures are read as threads run. */
        long notYetInTotal;
        long ended;
        long started;

        /** Main (1), a pool thread (2), the parent watcher (3) and a Graal compiler thread (4), as asked. */
        static FakeThreads with(long... ids) {
            FakeThreads jvm = new FakeThreads();
            for (long id : ids) {
                jvm.start(id, switch ((int) id) {
                    case 1 -> "main";
                    case 2 -> "ForkJoinPool.commonPool-worker-1";
                    case 3 -> WorkerMain.PARENT_WATCH;
                    default -> "JVMCI CompilerThread0";
                });
            }
            return jvm;
        }

        void start(long id, String name) {
            names.put(id, name);
            bytes.put(id, 0L);
            started++;
        }

        void allocate(long id, long n) {
            bytes.merge(id, n, Long::sum);
        }

        void end(long id) {
            ended += bytes.remove(id);
            names.remove(id);
        }

        @Override
        public long totalAllocated() {
            return unlisted + ended - notYetInTotal + bytes.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public long started() {
            return started;
        }

        @Override
        public long[] ids() {
            return names.keySet().stream().mapToLong(Long::longValue).toArray();
        }

        @Override
        public long allocated(long id) {
            return bytes.getOrDefault(id, -1L);
        }

        @Override
        public String name(long id) {
            return names.get(id);
        }
    }

    private static MemoryMeter metering(FakeThreads jvm) {
        MemoryMeter meter = new MemoryMeter(jvm);
        meter.startPhase();
        return meter;
    }

    @Test
    void countsTheProgramsThreadsAndNotTheJitsNorTheWatchers() {
        FakeThreads jvm = FakeThreads.with(1L, 2L, 3L, 4L);
        MemoryMeter meter = metering(jvm);

        meter.enter();
        jvm.allocate(1, 24);
        jvm.allocate(2, 1_000);
        jvm.allocate(3, 120);
        jvm.allocate(4, 7_000);
        jvm.unlisted += 712; // C2 compiling the harness's code meanwhile
        meter.exit();
        // Between regions: reporting allocates, and is not metered.
        jvm.allocate(1, 5_000);
        meter.enter();
        jvm.allocate(1, 24);
        meter.exit();

        assertThat(meter.endPhase(2).allocatedBytes()).isEqualTo(24 + 1_000 + 24);
    }

    @Test
    void aThreadThatStartsInsideTheRegionIsCountedFromItsStart() {
        FakeThreads jvm = FakeThreads.with(1L);
        MemoryMeter meter = metering(jvm);
        meter.enter();
        jvm.start(2, "ForkJoinPool.commonPool-worker-2");
        jvm.allocate(2, 4_096);
        jvm.start(3, "JVMCI CompilerThread1");
        jvm.allocate(3, 9_999);
        jvm.unlisted += 48;
        meter.exit();
        meter.enter();
        jvm.allocate(2, 100);
        meter.exit();

        assertThat(meter.endPhase(2).allocatedBytes()).isEqualTo(4_096 + 100);
    }

    /** Its bytes are only in the total then, and the total is taken, unlisted threads' bytes with it. */
    @Test
    void aCountedThreadThatEndsInsideTheRegionIsCountedThroughTheTotal() {
        FakeThreads jvm = FakeThreads.with(1L, 2L, 4L);
        MemoryMeter meter = metering(jvm);
        meter.enter();
        jvm.allocate(2, 2_000);
        jvm.end(2);
        jvm.allocate(4, 7_000);
        jvm.unlisted += 48;
        meter.exit();
        // The next region lists the threads again: the ended one is gone, no total needed.
        meter.enter();
        jvm.allocate(1, 24);
        jvm.unlisted += 48;
        meter.exit();

        assertThat(meter.endPhase(2).allocatedBytes()).isEqualTo(2_000 + 48 + 24);
    }

    @Test
    void theTotalNeverTakesAwayWhatTheListedThreadsAllocated() {
        FakeThreads jvm = FakeThreads.with(1L, 2L, 4L);
        MemoryMeter meter = metering(jvm);
        meter.enter();
        jvm.allocate(1, 24);
        jvm.end(2);
        jvm.allocate(4, 180_000);
        jvm.notYetInTotal = 180_000;
        meter.exit();

        assertThat(meter.endPhase(1).allocatedBytes()).isEqualTo(24);
    }

    @Test
    void aCompilerThreadThatEndsIsNotCounted() {
        FakeThreads jvm = FakeThreads.with(1L, 4L);
        MemoryMeter meter = metering(jvm);
        meter.enter();
        jvm.allocate(4, 7_000);
        jvm.end(4); // Graal stops idle compiler threads
        jvm.allocate(1, 24);
        meter.exit();

        assertThat(meter.endPhase(1).allocatedBytes()).isEqualTo(24);
    }

    /** Starts a thread called {@code name} that allocates {@code mib} MiB, and waits for it to end. */
    private static void allocateOn(String name, int mib) throws InterruptedException {
        Thread t = Thread.ofPlatform().name(name).start(() -> {
            for (int i = 0; i < mib; i++) {
                sink = new byte[MIB];
            }
        });
        t.join();
    }

    @Test
    void onThisJvmCountsAPoolThreadsAllocationButNotACompilerThreads() throws InterruptedException {
        MemoryMeter meter = MemoryMeter.create();
        assertThat(meter).isNotNull();
        meter.startPhase();
        meter.enter();
        allocateOn("ForkJoinPool.commonPool-worker-9", 8);
        meter.exit();
        long pool = meter.endPhase(1).allocatedBytes();
        assertThat(pool).isBetween(8L * MIB, 9L * MIB);

        MemoryMeter compiling = MemoryMeter.create();
        compiling.startPhase();
        CountDownLatch compiled = new CountDownLatch(1);
        CountDownLatch idleEnough = new CountDownLatch(1);
        // As Graal's: started while the kernel runs, allocates as it compiles, then idles and ends.
        Thread compiler = Thread.ofPlatform().name("JVMCI CompilerThread7").unstarted(() -> {
            for (int i = 0; i < 32; i++) {
                sink = new byte[MIB];
            }
            compiled.countDown();
            try {
                idleEnough.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        compiling.enter();
        compiler.start();
        compiled.await();
        compiling.exit();
        compiling.enter();
        idleEnough.countDown();
        compiler.join();
        compiling.exit();
        MemoryUse use = compiling.endPhase(2);
        assertThat(use.allocatedBytes()).isLessThan(MIB);
    }
}
