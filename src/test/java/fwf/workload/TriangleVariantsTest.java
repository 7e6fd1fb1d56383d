package fwf.workload;

import static fwf.workload.TestGraphs.clean;
import static fwf.workload.TestGraphs.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TriangleVariantsTest {
    private static final Workload<EdgeList> TRIANGLES = Catalogue.TRIANGLES;

    static Stream<Arguments> handGraphs() {
        record Hand(String name, EdgeList graph, long triangles) {
        }
        List<Hand> graphs = List.of(
                new Hand("one triangle", clean(0, 1, 1, 2, 2, 0), 1),
                new Hand("K4", complete(4), 4),
                new Hand("K5", complete(5), 10),
                new Hand("star", clean(0, 1, 0, 2, 0, 3, 0, 4, 0, 5), 0),
                new Hand("path", clean(0, 1, 1, 2, 2, 3, 3, 4), 0),
                new Hand("empty", new EdgeList(0, new int[0], new int[0]), 0),
                new Hand("isolated nodes only", new EdgeList(3, new int[0], new int[0]), 0),
                new Hand("square with one diagonal", clean(0, 1, 1, 2, 2, 3, 3, 0, 0, 2), 2),
                new Hand("two triangles sharing a node, ids out of order", clean(7, 3, 3, 9, 9, 7, 7, 1, 1, 4, 4, 7), 2),
                // 70 and 130 nodes make bit rows of two and three words.
                new Hand("K70", complete(70), 70L * 69 * 68 / 6),
                new Hand("K130", complete(130), 130L * 129 * 128 / 6));
        return TRIANGLES.variants().stream().flatMap(v -> graphs.stream()
                .map(h -> Arguments.of(v.name(), h.name(), h.graph(), h.triangles())));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("handGraphs")
    void countsHandGraphs(String variant, String graphName, EdgeList graph, long triangles) {
        Computation computation = TRIANGLES.variant(variant).orElseThrow().kernel().prepare(graph);
        assertThat(computation.run()).isEqualTo(triangles);
        // Computations are run many times by the benchmark: the second run must not see the first.
        assertThat(computation.run()).isEqualTo(triangles);
    }

    @ParameterizedTest(name = "reference on {1}")
    @MethodSource("handGraphs")
    void referenceCountsHandGraphs(String variant, String graphName, EdgeList graph, long triangles) {
        assertThat(TRIANGLES.reference().apply(graph)).isEqualTo(triangles);
    }

    @Test
    void variantsInCatalogueOrderWithNaivePrimitiveFirst() {
        assertThat(TRIANGLES.variantNames())
                .containsExactly("naive-primitive", "naive-boxed", "hashset", "forward", "bitset", "bitset-vector",
                        "parallel");
        assertThat(TRIANGLES.defaultVariant().name()).isEqualTo("naive-primitive");
        assertThat(TRIANGLES.agreement()).isEqualTo(Agreement.EXACT);
    }

    @Test
    void everyLessonIsOneSentence() {
        for (Variant<EdgeList> v : TRIANGLES.variants()) {
            assertThat(v.lesson()).as(v.name()).endsWith(".").doesNotContain(". ").hasSizeGreaterThan(40);
        }
    }

    @Test
    void answersAreLongs() {
        EdgeList triangle = clean(0, 1, 1, 2, 2, 0);
        for (Variant<EdgeList> v : TRIANGLES.variants()) {
            assertThat(TestGraphs.run(v, triangle)).as(v.name()).isInstanceOf(Long.class);
        }
        assertThat(TRIANGLES.reference().apply(triangle)).isInstanceOf(Long.class);
    }

    @Test
    void bitsetMatrixSizeIsNodesTimesWholeWords() {
        assertThat(BitMatrix.bytes(0)).isZero();
        assertThat(BitMatrix.bytes(1)).isEqualTo(8);
        assertThat(BitMatrix.bytes(65)).isEqualTo(65 * 2 * 8);
        assertThat(BitMatrix.bytes(4039)).isEqualTo(4039L * 64 * 8);
        // The largest graph that fits: 92,672 = 1,448 words of 64 bits.
        assertThat(BitMatrix.bytes(92_672)).isLessThanOrEqualTo(1L << 30);
        assertThat(BitMatrix.bytes(92_673)).isGreaterThan(1L << 30);
    }

    @Test
    void bitsetRefusesAGraphWhoseMatrixExceedsOneGiB() {
        EdgeList huge = new EdgeList(92_673, new int[0], new int[0]);
        // 92,673 nodes x 1,449 words x 8 bytes = 1,074,265,416 bytes = 1,024.5 MiB, rounded up.
        String message = "bitset refuses 92,673 nodes: its bit matrix would need 1,025 MiB, over the 1 GiB limit;"
                + " use forward for a graph this large";
        assertThatThrownBy(() -> TRIANGLES.variant("bitset").orElseThrow().kernel().prepare(huge))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        // 1,000,000 x 15,625 words x 8 bytes = 125,000,000,000 bytes = 119,209.3 MiB.
        assertThatThrownBy(() -> TRIANGLES.variant("bitset").orElseThrow().kernel()
                .prepare(new EdgeList(1_000_000, new int[0], new int[0])))
                .hasMessage("bitset refuses 1,000,000 nodes: its bit matrix would need 119,210 MiB, over the 1 GiB"
                        + " limit; use forward for a graph this large");
        // The same matrix under the Vector API's loops: the same limit, in its own name.
        assertThatThrownBy(() -> TRIANGLES.variant("bitset-vector").orElseThrow().kernel().prepare(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message.replace("bitset refuses", "bitset-vector refuses"));
    }

    @Test
    void parallelFallsBackToTheForwardKernelWhereTheBitMatrixWouldNotFitAndSaysSo() {
        // The smallest graph bitset refuses (see above), with K4 among its first nodes and a
        // triangle at its far end: 5 triangles, counted over node ranges by forward's merge.
        int n = 92_673;
        EdgeList big = new EdgeList(n, new int[] {0, 0, 0, 1, 1, 2, n - 3, n - 2, n - 1},
                new int[] {1, 2, 3, 2, 3, 3, n - 2, n - 1, n - 3});
        Computation parallel = TRIANGLES.variant("parallel").orElseThrow().kernel().prepare(big);
        assertThat(parallel.run()).isEqualTo(5L);
        assertThat(parallel.note()).isEqualTo("parallel ran the forward kernel on 64 node ranges: a bit matrix for"
                + " 92,673 nodes would need 1,025 MiB, over the 1 GiB limit");
        // One node fewer fits: the bit rows run, and there is nothing to say.
        EdgeList fits = new EdgeList(n - 1, complete(4).from(), complete(4).to());
        Computation bits = TRIANGLES.variant("parallel").orElseThrow().kernel().prepare(fits);
        assertThat(bits.run()).isEqualTo(4L);
        assertThat(bits.note()).isEmpty();
    }

    @Test
    void parallelRunsTheForwardKernelOnAGraphTooSparseForBitRowsAndSaysSo() {
        Computation parallel = TRIANGLES.variant("parallel").orElseThrow().kernel()
                .prepare(SparseGraphs.ringWithChords(2_560));
        assertThat(parallel.run()).isEqualTo(1L);
        assertThat(parallel.note()).isEqualTo("parallel ran the forward kernel on 64 node ranges: this graph is too"
                + " sparse for bit rows (forward's merge takes at most 6,400 steps, the rows 29,398 words; rows pay"
                + " from 0.35 steps a word)");
        // A short ring: its rows pay, and nothing is said.
        Computation rows = TRIANGLES.variant("parallel").orElseThrow().kernel().prepare(SparseGraphs.ringWithChords(64));
        assertThat(rows.run()).isEqualTo(1L);
        assertThat(rows.note()).isEmpty();
    }

    /**
     * The vector kernel loads each step under a mask of the words still in range: rows of every
     * length around the lane count (1 to 17 words, dense enough that rows run to their end) must
     * count exactly, whole and split into ranges as parallel splits them.
     */
    @Test
    void vectorKernelCountsRowsOfEveryLengthAroundTheLaneCount() {
        java.util.Random random = new java.util.Random(15);
        for (int n : new int[] {1, 2, 63, 64, 65, 127, 129, 511, 512, 513, 577, 1029}) {
            int[] raw = new int[2 * 6 * n];
            for (int i = 0; i < raw.length; i += 2) {
                raw[i] = random.nextInt(n);
                raw[i + 1] = random.nextInt(n);
            }
            EdgeList graph = clean(raw);
            long expected = TestGraphs.bruteForce(graph);
            VectorBitsetTriangles kernel = new VectorBitsetTriangles(new BitsetTriangles(Csr.orientedByDegree(graph)));
            int nodes = kernel.nodeCount();
            assertThat(kernel.countAll()).as("n = %d", n).isEqualTo(expected);
            assertThat(kernel.count(0, nodes / 3) + kernel.count(nodes / 3, nodes)).as("n = %d split", n)
                    .isEqualTo(expected);
            assertThat(TestGraphs.run(TRIANGLES.variant("parallel").orElseThrow(), graph)).as("parallel, n = %d", n)
                    .isEqualTo(expected);
        }
    }
}
