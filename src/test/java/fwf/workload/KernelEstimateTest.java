package fwf.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * parallel's choice between bit rows and forward's merge: the estimate's words are the bitset
 * replay's exactly, its merge steps never fewer than forward's replay counts, and the rule
 * (rows from 0.35 steps a word) decides.
 */
class KernelEstimateTest {
    private static KernelEstimate of(EdgeList graph) {
        return KernelEstimate.of(Csr.orientedByDegree(graph));
    }

    private static long replayed(Work work) {
        return work.counts().getFirst().value();
    }

    /**
     * A ring of 200 nodes: rank is id, row u holds u + 1 (and node 0 also 199). Edge u-&gt;u+1
     * ANDs one word and merges row u+1's single element: 198 words, 199 steps at most.
     */
    @Test
    void aRingIsCheapForBitRows() {
        int n = 200;
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = i;
            to[i] = (i + 1) % n;
        }
        KernelEstimate ring = of(new EdgeList(n, from, to));
        assertThat(ring).isEqualTo(new KernelEstimate(198, 199));
        assertThat(ring.bitRowsPay()).isTrue();
    }

    @Test
    void aRingWithLongChordsIsTooSparseForBitRows() {
        EdgeList graph = SparseGraphs.ringWithChords(2_560);
        KernelEstimate estimate = of(graph);
        assertThat(estimate.words()).isEqualTo(replayed(OrientedWork.bitset(graph, "bitset"))).isEqualTo(29_398);
        assertThat(estimate.mergeSteps()).isEqualTo(6_400).isGreaterThanOrEqualTo(replayed(OrientedWork.forward(graph)));
        assertThat(estimate.bitRowsPay()).isFalse();
        assertThat(BitMatrix.parallelTooSparse(estimate.mergeSteps(), estimate.words())).isEqualTo("parallel ran the forward kernel on 64 node ranges: this graph"
                + " is too sparse for bit rows (forward's merge takes at most 6,400 steps, the rows 29,398 words;"
                + " rows pay from 0.35 steps a word)");
    }

    /** At exactly 0.35 steps a word the rows are chosen; one step fewer, the merge. */
    @Test
    void theRuleIsSevenStepsPerTwentyWords() {
        assertThat(new KernelEstimate(20, 7).bitRowsPay()).isTrue();
        assertThat(new KernelEstimate(20, 6).bitRowsPay()).isFalse();
        assertThat(new KernelEstimate(0, 0).bitRowsPay()).isTrue();
    }

    @Test
    void onRandomGraphsTheWordsAreExactAndTheStepsABound() {
        Random random = new Random(35);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(400);
            java.util.Set<Long> seen = new java.util.HashSet<>();
            java.util.List<int[]> edges = new java.util.ArrayList<>();
            int wanted = random.nextInt(n * (1 + random.nextInt(8)));
            for (int e = 0; e < wanted; e++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a != b && seen.add((long) Math.min(a, b) * n + Math.max(a, b))) {
                    edges.add(new int[] {a, b});
                }
            }
            EdgeList graph = new EdgeList(n, edges.stream().mapToInt(e -> e[0]).toArray(),
                    edges.stream().mapToInt(e -> e[1]).toArray());
            KernelEstimate estimate = of(graph);
            assertThat(estimate.words()).as("trial %d", trial).isEqualTo(replayed(OrientedWork.bitset(graph, "bitset")));
            assertThat(estimate.mergeSteps()).as("trial %d", trial)
                    .isGreaterThanOrEqualTo(replayed(OrientedWork.forward(graph)));
        }
    }

    /** parallel's own replay counts words only where it runs the rows. */
    @Test
    void parallelsWorkIsCountedWhereItRunsTheRows() {
        EdgeList sparse = SparseGraphs.ringWithChords(2_560);
        assertThatThrownBy(() -> Replay.PARALLEL.trace(sparse, "parallel"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parallel runs the forward kernel on this graph, not bit rows, so its work is forward's"
                        + " merge steps: trace the forward variant");
        EdgeList ring = SparseGraphs.ringWithChords(64);
        assertThat(replayed(Replay.PARALLEL.trace(ring, "parallel")))
                .isEqualTo(replayed(OrientedWork.bitset(ring, "bitset")));
    }
}
