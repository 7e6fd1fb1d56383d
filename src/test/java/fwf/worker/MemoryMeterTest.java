package fwf.worker;

import static org.assertj.core.api.Assertions.assertThat;

import fwf.run.MemoryUse;
import org.junit.jupiter.api.Test;

/**
 * The meter counts what every thread of the worker allocates in a timed region, except a JIT
 * that runs as Java (Graal's "JVMCI CompilerThread"s, which the total would count).
 */
class MemoryMeterTest {
    private static final int MIB = 1 << 20;
    /** Kept reachable so the allocations cannot be removed. */
    private static volatile Object sink;

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
    void countsAPoolThreadsAllocationButNotACompilerThreads() throws InterruptedException {
        MemoryMeter meter = MemoryMeter.create(true);
        assertThat(meter).isNotNull();
        meter.startPhase();
        meter.enter();
        allocateOn("ForkJoinPool.commonPool-worker-9", 8);
        meter.exit();
        long pool = meter.endPhase(1).allocatedBytes();
        assertThat(pool).isBetween(8L * MIB, 9L * MIB);

        MemoryMeter compiling = MemoryMeter.create(true);
        compiling.startPhase();
        java.util.concurrent.CountDownLatch compiled = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch idleEnough = new java.util.concurrent.CountDownLatch(1);
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
