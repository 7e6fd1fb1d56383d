package fwf.app;

import fwf.run.WorkerEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTrackerTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final ProgressTracker tracker = new ProgressTracker(Results.request("fib", "primitive", "jvm-int", 45), now::get, () -> 2);

    @Test
    void followsARunThroughItsPhases() {
        tracker.forkStarted(0, 1, List.of("java"));
        assertThat(tracker.snapshot().phase()).isEqualTo(RunProgress.Phase.STARTING);
        assertThat(tracker.snapshot().iterationText()).isEqualTo("starting the worker");
        tracker.event(new WorkerEvent.Started(0, 42, "25", "OpenJDK", List.of()));
        assertThat(tracker.snapshot().phase()).isEqualTo(RunProgress.Phase.LOADING);

        tracker.event(new WorkerEvent.Loaded(0, "n = 45", 45, 10, 20, "1134903170"));
        now.addAndGet(5_000_000_000L);
        RunProgress first = tracker.snapshot();
        assertThat(first.phase()).isEqualTo(RunProgress.Phase.WARMUP);
        assertThat(first.iterationText()).isEqualTo("warm-up 1");
        // No iteration has ended: the bar grows with the first one.
        assertThat(first.liveNs()).isEqualTo(5_000_000_000L);
        assertThat(first.fraction()).isEqualTo(-1);
        assertThat(first.queued()).isEqualTo(2);
        assertThat(first.expected()).isEqualTo("1134903170");

        tracker.event(new WorkerEvent.Iteration(0, 0, true, 4_000_000_000L, "1134903170"));
        tracker.event(new WorkerEvent.Measuring(0, 1, 3, 1));
        tracker.event(new WorkerEvent.Iteration(0, 0, false, 3_000_000_000L, "1134903170"));
        now.addAndGet(9_000_000_000L);
        RunProgress later = tracker.snapshot();
        assertThat(later.phase()).isEqualTo(RunProgress.Phase.MEASURING);
        assertThat(later.iterationText()).isEqualTo("iteration 2 of 3");
        // Once an iteration has ended, the bar is the latest one, whatever the one in flight does.
        assertThat(later.liveNs()).isEqualTo(3_000_000_000L);
        assertThat(later.fraction()).isEqualTo(1 / 3.0);
        assertThat(later.elapsedNs()).isEqualTo(14_000_000_000L);
        assertThat(later.answer()).isEqualTo("1134903170");
    }

    @Test
    void batchedIterationsReportTimePerOperation() {
        tracker.forkStarted(1, 2, List.of("java"));
        tracker.event(new WorkerEvent.Loaded(1, "n = 25", 25, 10, 20, "75025"));
        tracker.event(new WorkerEvent.Measuring(1, 5, 10, 1000));
        tracker.event(new WorkerEvent.Iteration(1, 4, false, 281_000, "75025", 1000));
        RunProgress p = tracker.snapshot();
        assertThat(p.lastNs()).isEqualTo(281_000);
        assertThat(p.iterationText()).isEqualTo("iteration 2 of 10, fork 2 of 2");
        assertThat(p.fraction()).isEqualTo(11 / 20.0);
    }
}
