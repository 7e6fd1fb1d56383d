package fwf.workload;

import static fwf.workload.TestGraphs.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StepTraceTest {

    @Test
    void answersEachCornerOfEachStep() {
        StepTrace trace = TriangleSearch.NAIVE.trace(complete(4), 1000);
        assertThat(trace.size()).isEqualTo(39);
        assertThat(trace.search()).isEqualTo(TriangleSearch.NAIVE);
        // Step 0 visits 0; step 1 tries 1; step 2 tests 2 and step 3 finds 0-1-2; step 11 skips
        // 1 as a far neighbour of 0 through 2, since 1 is in neighbors_visited.
        assertThat(trace.kind(0)).isEqualTo(StepKind.VISIT_NODE);
        assertThat(new int[] {trace.node(0), trace.neighbour(0), trace.far(0)}).containsExactly(0, -1, -1);
        assertThat(new int[] {trace.node(1), trace.neighbour(1), trace.far(1)}).containsExactly(0, 1, -1);
        assertThat(new int[] {trace.node(2), trace.neighbour(2), trace.far(2)}).containsExactly(0, 1, 2);
        assertThat(trace.kind(3)).isEqualTo(StepKind.FOUND_TRIANGLE);
        assertThat(new int[] {trace.node(3), trace.neighbour(3), trace.far(3)}).containsExactly(0, 1, 2);
        assertThat(trace.kind(11)).isEqualTo(StepKind.TEST_FAR_NEIGHBOUR);
        assertThat(new int[] {trace.node(11), trace.neighbour(11), trace.far(11)}).containsExactly(0, 2, 1);
        assertThat(trace.skipped(11)).isTrue();
        assertThat(trace.skipped(2)).isFalse();
        int last = trace.size() - 1;
        assertThat(trace.kind(last)).isEqualTo(StepKind.DONE);
        assertThat(new int[] {trace.node(last), trace.neighbour(last), trace.far(last)}).containsExactly(-1, -1, -1);
        assertThat(trace.foundSoFar(-1)).isZero();
        assertThat(trace.foundSoFar(2)).isZero();
        assertThat(trace.foundSoFar(3)).isEqualTo(1);
        assertThat(trace.foundSoFar(last)).isEqualTo(4);
        assertThat(trace.foundStep(0)).isEqualTo(3);
        assertThat(trace.foundStep(3)).isEqualTo(19);
    }

    @Test
    void refusesIndicesOutsideTheTrace() {
        StepTrace trace = TriangleSearch.FORWARD.trace(complete(4), 1000);
        assertThat(trace.size()).isEqualTo(19);
        assertThatThrownBy(() -> trace.kind(19)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("step 19 of a trace of 19 steps");
        assertThatThrownBy(() -> trace.foundSoFar(-2)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("step -2 of a trace of 19 steps");
        assertThatThrownBy(() -> trace.foundStep(4)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("triangle 4 of 4 found");
    }

    @Test
    void cutsAtTheLimitAndSaysSo() {
        StepTrace trace = TriangleSearch.NAIVE.trace(complete(4), 5);
        assertThat(trace.size()).isEqualTo(5);
        assertThat(trace.complete()).isFalse();
        assertThat(trace.truncation()).contains("naive-primitive: recording stopped at 5 steps before the search"
                + " finished, having found 1 triangles; only those steps can be replayed (a smaller graph, such as"
                + " one ego network, fits whole)");
        StepTrace exact = TriangleSearch.NAIVE.trace(complete(4), 39);
        assertThat(exact.complete()).isTrue();
        assertThat(exact.truncation()).isEmpty();
    }

    @Test
    void refusesLimitsBeyondTheMaximum() {
        assertThatThrownBy(() -> TriangleSearch.NAIVE.trace(complete(4), 50_000_001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step limit must be between 1 and 50,000,000, got 50,000,001");
        assertThatThrownBy(() -> TriangleSearch.FORWARD.trace(complete(4), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step limit must be between 1 and 50,000,000, got 0");
    }

    @Test
    void stopsWhenCancelled() {
        AtomicInteger checks = new AtomicInteger();
        // K60's naive search runs to more than 65,536 steps, so the flag is read at least once.
        assertThatThrownBy(() -> TriangleSearch.NAIVE.trace(complete(60), StepTrace.MAX_STEPS,
                () -> checks.incrementAndGet() > 0))
                .isInstanceOf(CancellationException.class)
                .hasMessage("trace of naive-primitive cancelled after 65,536 steps");
        assertThat(checks).hasValue(1);
    }
}
