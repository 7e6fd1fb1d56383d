package fwf.runner;

import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The run's timeout and cancel cover the caller's own part too: loading the input and computing
 * the reference answer, which for two billion mean values takes many seconds.
 */
class RunnerPreparationTest {
    /** A launcher the runs below must never reach. */
    private static final WorkerLauncher NO_WORKER = new WorkerLauncher() {
        @Override
        public ProcessBuilder command(RunRequest request, int fork) {
            throw new AssertionError("no worker may start");
        }

        @Override
        public List<String> intendedFlags(RunRequest request) {
            return List.of();
        }
    };

    private static RunRequest bigMean(Duration timeout) {
        return RunRequest.ofNames("mean", "loop", "jvm-c2", 2_000_000_000, null, new Plan(1, 1, 1), List.of(), timeout);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aReferenceLongerThanTheTimeoutEndsTheRunAtTheTimeout() throws Exception {
        long start = System.nanoTime();
        RunHandle handle = new Runner(NO_WORKER).start(bigMean(Duration.ofSeconds(1)), RunListener.NONE);
        Measurement m = handle.result().get();
        assertThat(System.nanoTime() - start).isBetween(TimeUnit.MILLISECONDS.toNanos(900), TimeUnit.SECONDS.toNanos(4));
        assertThat(m.status()).isEqualTo(Status.TIMEOUT);
        assertThat(m.message()).isEqualTo("timed out after 1.00 s while loading the input and computing the reference answer");
        assertThat(m.expected()).isNull();
        assertThatThrownBy(() -> handle.prepared().get()).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCancelDuringTheReferenceEndsTheRunAtOnce() throws Exception {
        RunHandle handle = new Runner(NO_WORKER).start(bigMean(null), RunListener.NONE);
        Thread.sleep(300);
        long start = System.nanoTime();
        handle.cancel();
        Measurement m = handle.result().get();
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(2));
        assertThat(m.status()).isEqualTo(Status.CANCELLED);
        assertThat(m.message()).isEqualTo("cancelled while loading the input");
        assertThatThrownBy(() -> handle.prepared().get()).isInstanceOf(CancellationException.class);
    }

    @Test
    void anInputTheWorkloadRefusesFailsPreparationWithItsReason() throws Exception {
        RunRequest tooBig = RunRequest.ofNames("fib", "iterative", "jvm-c2", 200_000, null, new Plan(1, 1, 1), List.of(),
                Duration.ofSeconds(2));
        RunHandle handle = new Runner(NO_WORKER).start(tooBig, RunListener.NONE);
        Measurement m = handle.result().get();
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).startsWith("cannot prepare the run: fib(200000) is too large: n goes up to 100,000");
        assertThatThrownBy(() -> handle.prepared().get()).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlinesThatCannotOverflow() {
        assertThat(Runner.deadline(null, 5)).isEqualTo(Runner.NO_DEADLINE);
        assertThat(Runner.deadline(Duration.ofSeconds(2), 5)).isEqualTo(2_000_000_005L);
        assertThat(Runner.deadline(Duration.ofDays(365L * 1000), 5)).isEqualTo(Runner.NO_DEADLINE);
        assertThat(Runner.deadline(Duration.ofSeconds(Long.MAX_VALUE), 5)).isEqualTo(Runner.NO_DEADLINE);
    }
}
