package fwf.worker;

import fwf.run.Plan;
import fwf.run.WorkerEvent;
import fwf.workload.Computation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The worker's plan, on a fake clock: each operation "takes" what the test says, nothing is timed. */
class TimingLoopTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000 * MS;

    /** A kernel whose n-th call advances the fake clock by cost(n). */
    private static final class FakeKernel implements Computation, LongSupplier {
        private final LongUnaryOperator cost;
        long now = 1_000;
        int calls;

        FakeKernel(LongUnaryOperator cost) {
            this.cost = cost;
        }

        @Override
        public Object run() {
            now += cost.applyAsLong(calls++);
            return 55L;
        }

        @Override
        public long getAsLong() {
            return now;
        }
    }

    private record Run(List<WorkerEvent.Iteration> warmup, List<WorkerEvent.Iteration> measured,
                       WorkerEvent.Measuring measuring, int calls) {
    }

    private static Run run(LongUnaryOperator cost, int warmup, int iterations) {
        return run(TimingLoop.Budget.STANDARD, cost, warmup, iterations);
    }

    private static Run run(TimingLoop.Budget budget, LongUnaryOperator cost, int warmup, int iterations) {
        FakeKernel k = new FakeKernel(cost);
        List<WorkerEvent> events = new ArrayList<>();
        new TimingLoop(k, budget, 1, k, events::add).run(warmup, iterations);
        List<WorkerEvent.Iteration> w = new ArrayList<>();
        List<WorkerEvent.Iteration> m = new ArrayList<>();
        WorkerEvent.Measuring measuring = null;
        for (WorkerEvent e : events) {
            switch (e) {
                case WorkerEvent.Iteration i when i.warmup() -> {
                    assertThat(measuring).as("warm-up comes before measuring").isNull();
                    w.add(i);
                }
                case WorkerEvent.Iteration i -> {
                    assertThat(measuring).as("measuring is announced first").isNotNull();
                    m.add(i);
                }
                case WorkerEvent.Measuring p -> measuring = p;
                default -> throw new AssertionError("unexpected " + e);
            }
        }
        assertThat(measuring).isEqualTo(new WorkerEvent.Measuring(1, w.size(), m.size(), m.isEmpty() ? 1 : m.getFirst().batch()));
        assertThat(w).extracting(WorkerEvent.Iteration::index).containsExactlyElementsOf(range(w.size()));
        assertThat(m).extracting(WorkerEvent.Iteration::index).containsExactlyElementsOf(range(m.size()));
        assertThat(events).allSatisfy(e -> assertThat(e.fork()).isEqualTo(1));
        return new Run(w, m, measuring, k.calls);
    }

    private static List<Integer> range(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    @Test
    void fromAnOriginEachIterationSaysWhenItStartedWithoutOneItDoesNot() {
        FakeKernel k = new FakeKernel(n -> 10 * MS);
        List<WorkerEvent> events = new ArrayList<>();
        // The kernel's clock reads 1,000 ns before the first call: the origin is 400 ns before that.
        new TimingLoop(k, 1, k, events::add).from(600).run(2, 2);
        assertThat(events).filteredOn(WorkerEvent.Iteration.class::isInstance)
                .extracting(e -> ((WorkerEvent.Iteration) e).sinceStartNs())
                .containsExactly(400L, 400L + 10 * MS, 400L + 20 * MS, 400L + 30 * MS);
        assertThat(run(n -> 10 * MS, 2, 2).warmup()).allMatch(i -> i.sinceStartNs() == -1);
    }

    @Test
    void anAdaptiveWarmupWaitsForWhatItIsToldToUpToItsCapAndSaysWhenItGaveUp() {
        // 100 ms operations: a second's warm-up is 10 iterations. The top tier comes with the
        // 25th operation: the warm-up goes on to it, then measures, with nothing to say.
        FakeKernel k = new FakeKernel(n -> 100 * MS);
        List<WorkerEvent> events = new ArrayList<>();
        new TimingLoop(k, 1, k, events::add).warmUntil(() -> k.calls >= 25, 30 * S, "never came").run(0, 0);
        assertThat(events).filteredOn(e -> e instanceof WorkerEvent.Iteration i && i.warmup()).hasSize(25);
        assertThat(events).filteredOn(WorkerEvent.Measuring.class::isInstance)
                .containsExactly(new WorkerEvent.Measuring(1, 25, TimingLoop.MIN_ITERATIONS, 1, ""));

        // It never comes: 30 s of warm-up (300 iterations), then the measurement says so.
        FakeKernel never = new FakeKernel(n -> 100 * MS);
        List<WorkerEvent> late = new ArrayList<>();
        new TimingLoop(never, 1, never, late::add).warmUntil(() -> false, 30 * S, "never came").run(0, 0);
        assertThat(late).filteredOn(WorkerEvent.Measuring.class::isInstance)
                .containsExactly(new WorkerEvent.Measuring(1, 300, TimingLoop.MIN_ITERATIONS, 1, "never came"));

        // Counts given by the user are obeyed as they are, with no word of it.
        FakeKernel given = new FakeKernel(n -> 100 * MS);
        List<WorkerEvent> exact = new ArrayList<>();
        new TimingLoop(given, 1, given, exact::add).warmUntil(() -> false, 30 * S, "never came").run(2, 3);
        assertThat(exact).filteredOn(WorkerEvent.Measuring.class::isInstance)
                .containsExactly(new WorkerEvent.Measuring(1, 2, 3, 1, ""));
    }

    @Test
    void explicitCountsAreObeyedExactlyOneOperationEach() {
        Run r = run(n -> 7 * S, 2, 3); // even a slow kernel gets exactly what was asked
        assertThat(r.warmup()).hasSize(2).allSatisfy(i -> assertThat(i).extracting("ns", "batch", "answer").containsExactly(7 * S, 1, "55"));
        assertThat(r.measured()).hasSize(3).allSatisfy(i -> assertThat(i.batch()).isEqualTo(1));
        assertThat(r.calls()).isEqualTo(5);

        Run fast = run(n -> 20, 1, 2); // and a fast one is not batched
        assertThat(fast.measured()).extracting(WorkerEvent.Iteration::ns).containsExactly(20L, 20L);
        assertThat(fast.calls()).isEqualTo(3);
    }

    @Test
    void aSlowKernelGetsOneWarmupAndThreeMeasured() {
        Run r = run(n -> 1_500 * MS, 0, 0);
        assertThat(r.warmup()).extracting(WorkerEvent.Iteration::ns).containsExactly(1_500 * MS);
        assertThat(r.measured()).extracting(WorkerEvent.Iteration::ns).containsExactly(1_500 * MS, 1_500 * MS, 1_500 * MS);
        assertThat(r.calls()).isEqualTo(4);
    }

    @Test
    void justOverOneSecondIsSlowJustUnderIsNot() {
        assertThat(run(n -> S + 1, 0, 0).measured()).hasSize(3);
        Run under = run(n -> S, 0, 0);
        assertThat(under.warmup()).hasSize(TimingLoop.MIN_WARMUP);
        assertThat(under.measured()).hasSize(TimingLoop.MIN_ITERATIONS);
    }

    @Test
    void aSlowKernelStillObeysAGivenCount() {
        Run r = run(n -> 2 * S, 0, 5);
        assertThat(r.warmup()).hasSize(1);
        assertThat(r.measured()).hasSize(5);
        Run w = run(n -> 2 * S, 2, 0);
        assertThat(w.warmup()).hasSize(2);
        assertThat(w.measured()).hasSize(3);
    }

    @Test
    void aMediumKernelWarmsUpForASecondAndMeasuresForASecond() {
        Run r = run(n -> 50 * MS, 0, 0);
        assertThat(r.warmup()).hasSize(20); // 20 x 50 ms = 1 s
        assertThat(r.measured()).hasSize(20).allSatisfy(i -> assertThat(i.batch()).isEqualTo(1));
    }

    @Test
    void aKernelOfAFewHundredMillisecondsGetsTheMinimumCounts() {
        Run r = run(n -> 300 * MS, 0, 0);
        assertThat(r.warmup()).hasSize(5); // 1.5 s: at least 5
        assertThat(r.measured()).hasSize(10); // 3 s: at least 10
    }

    @Test
    void aShortOperationIsBatchedSoTheCountStaysUnderTheCap() {
        Run r = run(n -> 10_000, 0, 0); // 10 us
        assertThat(r.warmup().getFirst()).extracting("ns", "batch").containsExactly(10_000L, 1);
        assertThat(r.warmup().subList(1, r.warmup().size())).allSatisfy(i -> assertThat(i.batch()).isEqualTo(100));
        assertThat(r.warmup()).hasSize(1 + 1_000); // 10 us + 1000 x 1 ms reaches 1 s
        assertThat(r.measured()).hasSize(TimingLoop.MAX_ITERATIONS)
                .allSatisfy(i -> assertThat(i).extracting("ns", "batch").containsExactly(10_000L, 100));
        assertThat(r.measuring()).isEqualTo(new WorkerEvent.Measuring(1, 1_001, 1_000, 100));
    }

    @Test
    void batchesFollowTheJitAsItSpeedsUp() {
        // Interpreted for 3 calls at 400 us, then compiled at 2 us: warm-up batches grow to match.
        // The second iteration's 3 calls average (400 + 400 + 2) / 3 = 267 us, so the third runs 4.
        Run r = run(n -> n < 3 ? 400_000 : 2_000, 0, 0);
        assertThat(r.warmup()).extracting(WorkerEvent.Iteration::batch).startsWith(1, 3, 4, 500, 500);
        assertThat(r.measured()).allSatisfy(i -> assertThat(i).extracting("ns", "batch").containsExactly(2_000L, 500));
    }

    @Test
    void reportsTheTimePerOperationRounded() {
        // Batches of 3 ops costing 1 + 1 + 2 ns (period 3) take 4 ns: 1.33 ns per op reads 1.
        Run r = run(n -> n % 3 == 2 ? 2 : 1, 1, 0);
        assertThat(r.measured()).allSatisfy(i -> assertThat(i.ns()).isLessThanOrEqualTo(2));
    }

    /** A thousandth of the standard budget: batches of at most 1,000 operations, so the tests below take milliseconds. */
    private static final TimingLoop.Budget SMALL = new TimingLoop.Budget(MS, MS);

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aKernelFasterThanTheClockEndsItsWarmupOnTime() {
        // A quarter of a nanosecond an operation: a batch of 1,000 takes 250 ns, so 4,000 such
        // iterations make the 1 ms warm-up. It never ended while each iteration added its time
        // per operation rounded to whole nanoseconds (0).
        Run quarter = run(SMALL, n -> n % 4 == 0 ? 1 : 0, 0, 0);
        assertThat(quarter.warmup().subList(1, quarter.warmup().size()))
                .allSatisfy(i -> assertThat(i).extracting("ns", "batch").containsExactly(0L, 1_000));
        assertThat(SMALL.maxWarmup()).isEqualTo(2_000);
        assertThat(quarter.warmup()).hasSize(2_000); // the iteration bound comes first: 2,000 x 250 ns is half the budget
        assertThat(quarter.measured()).hasSize(TimingLoop.MAX_ITERATIONS);

        // Two thirds of a nanosecond (2 ns every third operation), every nanosecond counted: the
        // first operation (2 ns) makes a batch of 500, then batches of 1,000; after 1 + 500 + 1,000 j
        // operations the clock has moved 2 ceil((501 + 1,000 j) / 3) ns, 1 ms first at j = 1,500.
        Run third = run(SMALL, n -> n % 3 == 0 ? 2 : 0, 0, 0);
        assertThat(third.warmup()).extracting(WorkerEvent.Iteration::batch).startsWith(1, 500, 1_000);
        assertThat(third.warmup()).hasSize(1 + 1 + 1_500);
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aClockThatNeverMovesStillEndsTheWarmup() {
        Run still = run(SMALL, n -> 0, 0, 0);
        assertThat(still.warmup()).hasSize(2_000);
        assertThat(still.measuring()).isEqualTo(new WorkerEvent.Measuring(1, 2_000, 1_000, 1_000));
        assertThat(TimingLoop.MAX_WARMUP).isEqualTo(2_000);
        assertThat(TimingLoop.Budget.STANDARD.maxWarmup()).isEqualTo(TimingLoop.MAX_WARMUP);
    }

    @Test
    void batchAndIterationArithmetic() {
        assertThat(TimingLoop.batchFor(2 * MS)).isEqualTo(1);
        assertThat(TimingLoop.batchFor(MS)).isEqualTo(1);
        assertThat(TimingLoop.batchFor(MS - 1)).isEqualTo(2);
        assertThat(TimingLoop.batchFor(3_000)).isEqualTo(334);
        assertThat(TimingLoop.batchFor(0)).isEqualTo(1_000_000); // a clock that did not move
        assertThat(TimingLoop.iterationsFor(3_000, 334)).isEqualTo(999);
        assertThat(TimingLoop.iterationsFor(500 * MS, 1)).isEqualTo(10);
        assertThat(TimingLoop.iterationsFor(1, 1)).isEqualTo(1_000);
    }

    @Test
    void noWarmupMeasuresFromTheFirstCallOnUnbatched() {
        Run r = run(n -> 10_000, Plan.NONE, 5); // a fast kernel is not batched either: the talk's rounds
        assertThat(r.warmup()).isEmpty();
        assertThat(r.measured()).hasSize(5).allSatisfy(i -> assertThat(i).extracting("ns", "batch").containsExactly(10_000L, 1));
        assertThat(r.measuring()).isEqualTo(new WorkerEvent.Measuring(1, 0, 5, 1));
        assertThat(r.calls()).isEqualTo(5);
    }

    @Test
    void theFirstIterationRunsOneOperationAloneWhateverThePlan() {
        // What ColdTime relies on: the first iteration is one cold call, never a batch.
        int[][] plans = {{0, 0}, {0, 5}, {2, 0}, {2, 3}, {Plan.NONE, 4}};
        for (int[] plan : plans) {
            Run r = run(n -> 500, plan[0], plan[1]);
            WorkerEvent.Iteration first = r.warmup().isEmpty() ? r.measured().getFirst() : r.warmup().getFirst();
            assertThat(first.batch()).as("plan %d/%d", plan[0], plan[1]).isEqualTo(1);
        }
    }

    @Test
    void rejectsNegativeCounts() {
        FakeKernel k = new FakeKernel(n -> 1);
        assertThatThrownBy(() -> new TimingLoop(k, 0, k, e -> { }).run(-1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("negative count: -1/0");
    }
}
