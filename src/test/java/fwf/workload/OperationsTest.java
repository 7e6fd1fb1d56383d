package fwf.workload;

import fwf.workload.Catalogue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The counts of {@link Operations}, worked out by hand on small graphs. Each graph is written
 * as its edges in file order; its lists and node order follow the talk's two passes
 * ({@link Adjacency#talk}), given in each comment. In the arithmetic, "t1" is the neighbour in
 * visited test, "t2", "t3", "t4" the far neighbour's tests (not in neighbors_visited, not in
 * visited, node in the far neighbour's list); a hit at position i costs i, a miss the list's
 * length, a test not reached nothing.
 */
class OperationsTest {

    /**
     * Edges 0-1, 1-2, 0-2. Lists 0:[1,2] 1:[2,0] 2:[1,0]; order 0, 1, 2.
     * <pre>
     * node 0, visited []:  nb 1: t1 0; far 2: t2 0 + t3 0 + t4 (0 at 2 of [1,0]) 2 = 2, triangle;
     *                                  far 0: 0 + 0 + t4 miss [1,2] 2 = 2        far 4
     *                      nb 2: t1 0; far 1: t2 (1 at 1 of [1]) 1;
     *                                  far 0: t2 miss 1 + t3 0 + t4 miss 2 = 3   far 4
     * node 1, visited [0]: nb 2: t1 miss 1; far 1: 0 + t3 miss 1 + t4 (1 in [2,0]) miss 2 = 3;
     *                                  far 0: 0 + t3 hit 1 = 1                   far 4
     *                      nb 0: t1 hit 1 (visited: no far loop)
     * node 2, visited [0,1]: nb 1: t1 hit 2; nb 0: t1 hit 1
     * t1 = 0+0 + 1+1 + 2+1 = 5; far = 4+4+4 = 12; comparisons = 17
     * lookups: t1 6 tests; far tests 3+3, 1+3, 3+2 = 15; 21
     * </pre>
     */
    @Test
    void aTriangle() {
        EdgeList g = TestGraphs.clean(0, 1, 1, 2, 0, 2);
        assertNaive(g, 1, 17, 12, 5, 21);
    }

    /**
     * K4, edges 0-1, 0-2, 0-3, 1-2, 1-3, 2-3. Lists 0:[1,2,3] 1:[2,3,0] 2:[3,0,1] 3:[0,1,2].
     * <pre>
     * node 0, visited []:
     *   nb 1: t1 0; far 2: 0+0+(0 at 2 of [3,0,1]) 2; far 3: 0+0+(0 at 1) 1; far 0: 0+0+miss 3  = 6, 2 triangles
     *   nb 2: t1 0; far 3: miss [1] 1 + 0 + 1 = 2, triangle; far 0: 1+0+3 = 4; far 1: hit 1   = 7
     *   nb 3: t1 0; far 0: miss [1,2] 2 + 0 + 3 = 5; far 1: hit 1; far 2: hit 2             = 8
     * node 1, visited [0]:
     *   nb 2: t1 miss 1; far 3: 0 + miss 1 + (1 at 2 of [0,1,2]) 2 = 3, triangle;
     *                    far 0: 0 + hit 1 = 1; far 1: 0 + miss 1 + (1 in [2,3,0]) miss 3 = 4  = 8
     *   nb 3: t1 miss 1; far 0: miss [2] 1 + hit 1 = 2; far 1: 1 + 1 + 3 = 5; far 2: hit 1   = 8
     *   nb 0: t1 hit 1
     * node 2, visited [0,1]:
     *   nb 3: t1 miss 2; far 0: 0 + hit 1; far 1: 0 + hit 2; far 2: 0 + miss 2 + (2 in [3,0,1]) miss 3 = 8
     *   nb 0: t1 hit 1; nb 1: t1 hit 2
     * node 3, visited [0,1,2]: t1 hits 1, 2, 3
     * t1 = 0 + 3 + 5 + 6 = 14; far = 21 + 16 + 8 = 45; comparisons = 59
     * lookups: t1 12; far (9 + 7 + 5) + (8 + 6) + 7 = 42; 54
     * </pre>
     */
    @Test
    void k4() {
        assertNaive(TestGraphs.complete(4), 4, 59, 45, 14, 54);
    }

    /**
     * A star, edges 0-1, 0-2, 0-3. Lists 0:[1,2,3] 1:[0] 2:[0] 3:[0]; order 0, 1, 2, 3.
     * <pre>
     * node 0, visited []: nb 1: t1 0; far 0: t2 0 + t3 0 + t4 miss [1,2,3] 3 = 3
     *                     nb 2: t1 0; far 0: t2 miss [1] 1 + 0 + 3 = 4
     *                     nb 3: t1 0; far 0: t2 miss [1,2] 2 + 0 + 3 = 5
     * nodes 1, 2, 3: their one neighbour 0 is visited, found at 1: t1 1 each
     * t1 = 3; far = 12; comparisons = 15; lookups: t1 6 + far 9 = 15
     * </pre>
     */
    @Test
    void aStar() {
        assertNaive(TestGraphs.clean(0, 1, 0, 2, 0, 3), 0, 15, 12, 3, 15);
    }

    /**
     * A path, edges 0-1, 1-2, 2-3. Lists 0:[1] 1:[2,0] 2:[3,1] 3:[2]; order 0, 1, 2, 3.
     * <pre>
     * node 0, visited []: nb 1: t1 0; far 2: 0 + 0 + (0 in [3,1]) miss 2; far 0: 0 + 0 + miss [1] 1   far 3
     * node 1, visited [0]: nb 2: t1 miss 1; far 3: 0 + miss 1 + (1 in [2]) miss 1 = 2;
     *                                     far 1: 0 + miss 1 + (1 in [2,0]) miss 2 = 3              far 5
     *                      nb 0: t1 hit 1
     * node 2, visited [0,1]: nb 3: t1 miss 2; far 2: 0 + miss 2 + (2 in [3,1]) miss 2 = 4         far 4
     *                        nb 1: t1 hit 2
     * node 3, visited [0,1,2]: nb 2: t1 hit 3
     * t1 = 0 + 2 + 4 + 3 = 9; far = 12; comparisons = 21; lookups: t1 6 + far 6 + 6 + 3 = 21
     * </pre>
     */
    @Test
    void aPath() {
        assertNaive(TestGraphs.clean(0, 1, 1, 2, 2, 3), 0, 21, 12, 9, 21);
    }

    /**
     * A paw (a triangle with a tail), edges 0-1, 0-2, 1-2, 2-3, where nodes 1 and 2 meet
     * neighbours already visited. Lists 0:[1,2] 1:[2,0] 2:[3,0,1] 3:[2]; order 0, 1, 2, 3.
     * <pre>
     * node 0, visited []:
     *   nb 1: t1 0; far 2: 0 + 0 + (0 at 2 of [3,0,1]) 2, triangle; far 0: 0 + 0 + miss [1,2] 2   = 4
     *   nb 2: t1 0; far 3: miss [1] 1 + 0 + (0 in [2]) miss 1 = 2; far 0: 1 + 0 + 2 = 3; far 1: hit 1 = 6
     * node 1, visited [0]:
     *   nb 2: t1 miss 1; far 3: 0 + miss 1 + (1 in [2]) miss 1 = 2; far 0: 0 + hit 1 = 1;
     *                    far 1: 0 + miss 1 + (1 in [2,0]) miss 2 = 3                               = 6
     *   nb 0: t1 hit 1, already visited: its far loop is skipped
     * node 2, visited [0,1]:
     *   nb 3: t1 miss 2; far 2: 0 + miss 2 + (2 in [3,0,1]) miss 3 = 5                              = 5
     *   nb 0: t1 hit 1; nb 1: t1 hit 2 (both already visited)
     * node 3, visited [0,1,2]: nb 2: t1 hit 3
     * t1 = 0 + 2 + 5 + 3 = 10; far = 10 + 6 + 5 = 21; comparisons = 31
     * lookups: t1 8; far (6 + 7) + 8 + 3 = 24; 32
     * </pre>
     */
    @Test
    void neighboursAlreadyVisited() {
        assertNaive(TestGraphs.clean(0, 1, 0, 2, 1, 2, 2, 3), 1, 31, 21, 10, 32);
    }

    /** Every naive variant of every system is the same replay, and so the same count. */
    @Test
    void everyNaiveVariantSharesTheCount() {
        EdgeList k4 = TestGraphs.complete(4);
        for (String variant : List.of("naive-primitive", "naive-boxed", "naive", "typed")) {
            Work w = Operations.trace(Catalogue.TRIANGLES, variant, k4);
            assertThat(w.operations().name()).as(variant).isEqualTo("comparisons");
            assertThat(w.operations().value()).as(variant).isEqualTo(59);
        }
    }

    /**
     * Forward on K4: all degrees 3, so ranks are ids; rows 0:[1,2,3] 1:[2,3] 2:[3] 3:[].
     * 0-&gt;1 merges [2,3] with [2,3]: 2 steps (2 = 2, 3 = 3); 0-&gt;2 merges [3] with [3]: 1;
     * 0-&gt;3 merges [] with []: 0; 1-&gt;2 merges [3] with [3]: 1; 1-&gt;3 and 2-&gt;3: 0. 4 steps.
     */
    @Test
    void forwardMergeStepsOnK4() {
        Work w = Operations.trace(Catalogue.TRIANGLES, "forward", TestGraphs.complete(4));
        assertThat(w.answer()).isEqualTo(4L);
        assertThat(w.counts()).extracting(WorkCount::name, WorkCount::value).containsExactly(
                tuple("merge_steps", 4L));
    }

    /**
     * Forward on a triangle: rows 0:[1,2] 1:[2] 2:[]; 0-&gt;1 merges [2] with [2]: 1 step; the
     * others merge an empty slice: 0. On a path every row holds one node, so the rest of a row
     * after v is always empty: 0 steps.
     */
    @Test
    void forwardMergeStepsOnATriangleAndAPath() {
        assertThat(Operations.trace(Catalogue.TRIANGLES, "forward", TestGraphs.clean(0, 1, 1, 2, 0, 2)).operations().value())
                .isEqualTo(1);
        assertThat(Operations.trace(Catalogue.TRIANGLES, "forward", TestGraphs.clean(0, 1, 1, 2, 2, 3)).operations().value())
                .isEqualTo(0);
    }

    /**
     * Bitset on K4: one word per row; row ends 1, 1, 1, 0 (row 3 is empty). 0-&gt;1, 0-&gt;2 and
     * 1-&gt;2 AND word 0 once each; the edges into 3 stop at row 3's end 0. 3 words; popcounts
     * {1,2,3}&amp;{2,3} = 2, {1,2,3}&amp;{3} = 1, {2,3}&amp;{3} = 1: 4 triangles.
     */
    @Test
    void bitsetWordsOnK4() {
        Work w = Operations.trace(Catalogue.TRIANGLES, "bitset", TestGraphs.complete(4));
        assertThat(w.answer()).isEqualTo(4L);
        assertThat(w.operations().name()).isEqualTo("words");
        assertThat(w.operations().value()).isEqualTo(3);
        assertThat(Operations.trace(Catalogue.TRIANGLES, "parallel", TestGraphs.complete(4)).operations().value()).isEqualTo(3);
    }

    /**
     * A star of 70 leaves around hub 0 plus the edge 1-2: the 68 other leaves rank 0..67,
     * leaves 1 and 2 (degree 2) rank 68 and 69, the hub 70. Row 68 = [69, 70], row 69 = [70],
     * each leaf's row = [70], the hub's row is empty (end 0). Only 68-&gt;69 ANDs a word: from
     * 69's own word, 1, up to min(2, 2): 1 word, and a leaf's edge to the hub none. 1 word,
     * 1 triangle (bit 70 in both words 1).
     */
    @Test
    void bitsetStartsAtTheWordOfTheSecondCorner() {
        int[] raw = new int[2 * 71];
        for (int leaf = 1; leaf <= 70; leaf++) {
            raw[2 * (leaf - 1)] = 0;
            raw[2 * (leaf - 1) + 1] = leaf;
        }
        raw[140] = 1;
        raw[141] = 2;
        Work w = Operations.trace(Catalogue.TRIANGLES, "bitset", TestGraphs.clean(raw));
        assertThat(w.answer()).isEqualTo(1L);
        assertThat(w.operations().value()).isEqualTo(1);
    }

    /**
     * calls(0) = calls(1) = 1, calls(n) = 1 + calls(n - 1) + calls(n - 2): 3, 5, 9, 15 for
     * n = 2..5, and 2 fib(41) - 1 = 2 * 165,580,141 - 1 = 331,160,281 for fib(40).
     */
    @Test
    void fibCallsByHand() {
        long[] expected = {1, 1, 3, 5, 9, 15};
        for (int n = 0; n < expected.length; n++) {
            assertThat(Operations.trace(Catalogue.FIB, "primitive", new FibInput(n)).operations().value()).as("n = %d", n)
                    .isEqualTo(expected[n]);
        }
        Work forty = Operations.trace(Catalogue.FIB, "recursive", new FibInput(40));
        assertThat(forty.answer().toString()).isEqualTo("102334155");
        assertThat(forty.operations().name()).isEqualTo("calls");
        assertThat(forty.operations().value()).isEqualTo(331_160_281L);
        for (String v : List.of("boxed", "dynamic", "recursive-n1-first", "typed", "cfunc", "primitive-n1-first")) {
            assertThat(Operations.trace(Catalogue.FIB, v, new FibInput(40)).operations().value()).as(v).isEqualTo(331_160_281L);
        }
    }

    /** The recurrence against the calls a real recursion makes, counted one by one. */
    @Test
    void fibCallsMatchACountingRecursion() {
        for (int n = 0; n <= 25; n++) {
            long[] calls = {0};
            countedFib(n, calls);
            assertThat(Operations.trace(Catalogue.FIB, "primitive", new FibInput(n)).operations().value()).as("n = %d", n)
                    .isEqualTo(calls[0]);
            long[] looped = {0};
            assertThat(countedLooped(n, looped)).isEqualTo(Fib.looped(n));
            assertThat(Operations.trace(Catalogue.FIB, "looped", new FibInput(n)).operations().value()).as("looped n = %d", n)
                    .isEqualTo(looped[0]);
        }
    }

    /**
     * looped(0) and looped(1) make 1 call; looped(2) calls looped(1): 2; looped(3) calls
     * looped(2): 3; looped(4) calls looped(3) and looped(1): 1 + 3 + 1 = 5: fib(n + 1), so
     * fib(40) takes fib(41) = 165,580,141 calls, half the recursion's.
     */
    @Test
    void loopedCallsByHand() {
        long[] expected = {1, 1, 2, 3, 5};
        for (int n = 0; n < expected.length; n++) {
            assertThat(Operations.trace(Catalogue.FIB, "looped", new FibInput(n)).operations().value()).isEqualTo(expected[n]);
        }
        assertThat(Operations.trace(Catalogue.FIB, "looped", new FibInput(40)).operations().value()).isEqualTo(165_580_141L);
    }

    /** memo adds once per fib(k), 2 &lt;= k &lt;= n; iterative once per turn of its loop. */
    @Test
    void memoAndIterativeCountAdditions() {
        assertThat(Operations.trace(Catalogue.FIB, "memo", new FibInput(40)).counts()).extracting(WorkCount::name, WorkCount::value)
                .containsExactly(tuple("additions", 39L));
        assertThat(Operations.trace(Catalogue.FIB, "memo", new FibInput(1)).operations().value()).isZero();
        assertThat(Operations.trace(Catalogue.FIB, "iterative", new FibInput(40)).operations().value()).isEqualTo(40);
    }

    @Test
    void aCountPastALongIsRefused() {
        assertThat(Operations.trace(Catalogue.FIB, "recursive", new FibInput(89)).operations().value())
                .isEqualTo(2 * 2_880_067_194_370_816_120L - 1); // 2 fib(90) - 1
        assertThatThrownBy(() -> Operations.trace(Catalogue.FIB, "recursive", new FibInput(90)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fib(90) makes more calls than a 64-bit count holds; the largest n counted is 89");
        assertThatThrownBy(() -> Operations.trace(Catalogue.FIB, "primitive", new FibInput(93)))
                .hasMessage("fib(93) does not fit in a long (the largest is fib(92)); use the dynamic, memo or iterative variant");
    }

    @Test
    void theMeanCountsItsElements() {
        MeanInput in = new MeanInput(1000, MeanInput.DEFAULT_SEED);
        for (String v : List.of("loop", "boxed", "stream", "vector", "parallel", "numpy")) {
            Work w = Operations.trace(Catalogue.MEAN, v, in);
            assertThat(w.operations().name()).isEqualTo("elements");
            assertThat(w.operations().value()).isEqualTo(1000);
            assertThat(Agreement.RELATIVE_1E6.agrees(MeanVariants.reference(in), w.answer())).as(v).isTrue();
        }
    }

    /** Every variant with a count answers what the workload's reference answers. */
    @Test
    void everyCountedVariantGivesTheReferenceAnswer() {
        Map<String, Object> inputs = Map.of("fib", new FibInput(25), "triangles", TestGraphs.complete(9),
                "mean", new MeanInput(5000, 7));
        for (Workload<?> w : Catalogue.workloads()) {
            Object input = inputs.get(w.name());
            Object expected = referenceOf(w, input);
            for (String variant : Operations.countedVariants(w)) {
                Object answer = Operations.trace(w, variant, input).answer();
                assertThat(w.agreement().agrees(expected, answer)).as("%s %s: %s", w.name(), variant, answer).isTrue();
            }
        }
        // and on a graph with hubs and open triads, not only a clique
        EdgeList g = TestGraphs.clean(0, 1, 0, 2, 0, 3, 1, 2, 2, 3, 3, 4, 4, 5, 5, 3, 6, 0, 6, 1, 7, 8);
        Object expected = TriangleVariants.reference(g);
        for (String variant : Operations.countedVariants(Catalogue.TRIANGLES)) {
            assertThat(Operations.trace(Catalogue.TRIANGLES, variant, g).answer()).as(variant).isEqualTo(expected);
        }
    }

    @Test
    void theCatalogueAndTheFriendsVariantsAreMapped() {
        assertThat(Operations.countedVariants(Catalogue.TRIANGLES)).containsExactly("naive-primitive", "naive-boxed", "naive",
                "typed", "hashset", "forward", "bitset", "bitset-vector", "parallel");
        // Every catalogue variant has a count, but the talk's mean, which draws its numbers too
        // (no replay counts the drawing): it says so instead.
        for (Workload<?> w : Catalogue.workloads()) {
            assertThat(Operations.countedVariants(w)).as(w.name())
                    .containsAll(w.variantNames().stream().filter(v -> !v.equals("draw-mean")).toList());
        }
        assertThat(Operations.countedVariants(Catalogue.MEAN)).doesNotContain("draw-mean");
        assertThat(Operations.whyNoCount(Catalogue.MEAN, "draw-mean")).hasValueSatisfying(
                why -> assertThat(why).startsWith("draw-mean's rounds draw their numbers as well as sum them"));
        assertThat(Operations.replay(Catalogue.TRIANGLES, "naive")).contains(Replay.NAIVE);
        assertThat(Operations.replay(Catalogue.FIB, "typed")).contains(Replay.RECURSIVE);
        assertThat(Operations.replay(Catalogue.TRIANGLES, "typed")).contains(Replay.NAIVE);
    }

    @Test
    void pyo3sHashMapHasNoCountAndSaysWhy() {
        assertThat(Operations.replay(Catalogue.TRIANGLES, "naive-hashmap")).isEmpty();
        assertThat(Operations.whyNoCount(Catalogue.TRIANGLES, "naive-hashmap")).hasValueSatisfying(
                why -> assertThat(why).startsWith("PyO3's naive-hashmap iterates a Rust HashMap in its own order"));
        assertThatThrownBy(() -> Operations.trace(Catalogue.TRIANGLES, "naive-hashmap", TestGraphs.complete(4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("PyO3's naive-hashmap");
        assertThatThrownBy(() -> Operations.trace(Catalogue.TRIANGLES, "nothing", TestGraphs.complete(4)))
                .hasMessage("no count for the nothing variant of triangles");
    }

    /** A friend's hashset iterates Python sets in hash order: no count in its runs; the JVM's has one. */
    @Test
    void onlyJavasHashsetIteratesInListOrder() {
        assertThat(Operations.forRun(Catalogue.TRIANGLES, "hashset", true)).contains(Replay.HASHSET);
        assertThat(Operations.forRun(Catalogue.TRIANGLES, "hashset", false)).isEmpty();
        assertThat(Operations.forRun(Catalogue.TRIANGLES, "naive", false)).contains(Replay.NAIVE);
    }

    @Test
    void countsReadAsPeopleSayThem() {
        assertThat(Operations.human(27)).isEqualTo("27");
        assertThat(Operations.human(1_612_010)).isEqualTo("1.612 M");
        assertThat(Operations.human(11_364_560_356L)).isEqualTo("11.36 G");
        assertThat(Operations.human(331_160_281)).isEqualTo("331.2 M");
        assertThat(Operations.human(999_999)).isEqualTo("1.000 M");
        assertThat(Operations.human(95.1e6)).isEqualTo("95.10 M");
        assertThat(Operations.describe(Catalogue.TRIANGLES, "naive", 11_364_560_356L, 95.1e6))
                .isEqualTo("11.36 G comparisons, 95.10 M/s");
        assertThat(Operations.describe(Catalogue.TRIANGLES, "forward", 2_874_062, null)).isEqualTo("2.874 M merge steps");
        assertThat(Operations.perSecond(1_000L, 2_000_000_000L)).isEqualTo(500.0);
        assertThat(Operations.perSecond(null, 2L)).isNull();
    }

    private static void assertNaive(EdgeList g, long triangles, long comparisons, long far, long outer, long lookups) {
        Work naive = Operations.trace(Catalogue.TRIANGLES, "naive-primitive", g);
        assertThat(naive.answer()).isEqualTo(triangles);
        assertThat(naive.counts()).extracting(WorkCount::name, WorkCount::value).containsExactly(
                tuple("comparisons", comparisons),
                tuple("comparisons_far_loop", far),
                tuple("comparisons_neighbor_test", outer));
        Work hashset = Operations.trace(Catalogue.TRIANGLES, "hashset", g);
        assertThat(hashset.answer()).isEqualTo(triangles);
        assertThat(hashset.counts()).extracting(WorkCount::name, WorkCount::value).containsExactly(
                tuple("lookups", lookups));
        // and the literal scan agrees with the worked-out numbers
        assertThat(TalkScan.count(g)).isEqualTo(new TalkScan.Counts(triangles, far, outer, lookups));
    }

    private static void countedFib(int n, long[] calls) {
        calls[0]++;
        if (n > 1) {
            countedFib(n - 2, calls);
            countedFib(n - 1, calls);
        }
    }

    private static long countedLooped(long n, long[] calls) {
        calls[0]++;
        long sum = 0;
        while (n > 1) {
            sum += countedLooped(n - 1, calls);
            n -= 2;
        }
        return sum + n;
    }

    private static <I> Object referenceOf(Workload<I> w, Object input) {
        return w.reference().apply(w.inputType().cast(input));
    }
}
