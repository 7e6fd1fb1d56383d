package fwf.workload;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The {@code triangles} variants, from the talk's naive count to the fast ones. Each
 * {@code prepare} builds the variant's own structure (that is load); the returned computation
 * only counts.
 */
final class TriangleVariants {
    private TriangleVariants() {
    }

    /** triangles, every facet in one place. */
    static Workload<EdgeList> workload() {
        return new Workload<>("triangles",
                "Count the triangles of a social network: memory access, lookups and the choice of algorithm.",
                SizeRule.firstOfInput("nodes", "first N nodes in file order (default: all)", "the graph's node count",
                        1000),
                EdgeList.class, new InputSource.GraphFile(), all(), TriangleVariants::reference, Agreement.EXACT,
                new Naming(TriangleVariants::barTitle,
                        (size, graph) -> "triangles (" + Naming.count(size) + " nodes)",
                        (size, graph) -> (graph == null ? "the generated graph" : graph) + " (" + Naming.count(size)
                                + " nodes)"),
                Counts.of(Replay.NAIVE, "naive-primitive", "naive-boxed", "naive", "typed")
                        .with(Replay.HASHSET, "hashset").with(Replay.FORWARD, "forward")
                        .with(Replay.BITSET, "bitset", "bitset-vector").with(Replay.PARALLEL, "parallel")
                        .uncounted("naive-hashmap", "PyO3's naive-hashmap iterates a Rust HashMap in its own order,"
                                + " seeded at random in every process, and the naive count's work depends on the order"
                                + " of the nodes: it has no fixed count (its naive twin, the same count in the talk's"
                                + " order, has one)")
                        .done(),
                List.of("naive", "hashset", "forward", "bitset", "parallel"));
    }

    /**
     * A chart group's title. Triangles over a whole file are named by the file, since the
     * request does not carry the node count; without a file they ran on the generated stand-in.
     */
    private static String barTitle(int size, String graph) {
        return size > 0 ? "triangles (" + Naming.grouped(size) + " nodes)"
                : graph != null ? "triangles (" + graph + ")" : "triangles (generated graph)";
    }

    static List<Variant<EdgeList>> all() {
        return List.of(
                new Variant<>("naive-primitive",
                        "The talk's naive count step for step, in its loading order and with its linear searches,"
                                + " on int arrays: the same scans run as JIT-compiled loops over plain ints.",
                        graph -> {
                            Adjacency.Talk neighbours = Adjacency.talk(graph);
                            return () -> NaiveTriangles.countPrimitive(neighbours);
                        }),
                new Variant<>("naive-boxed",
                        "The talk's naive count step for step on LinkedHashMap and ArrayList<Integer>: every"
                                + " 'in' is a linear search that chases pointers to boxed Integers.",
                        graph -> {
                            var neighbours = Adjacency.boxed(graph, ArrayList::new);
                            return () -> NaiveTriangles.countBoxed(neighbours, ArrayList::new);
                        }),
                new Variant<>("hashset",
                        "The talk's loops in the talk's order with hash sets instead of lists: each linear search"
                                + " becomes one lookup, about ten times faster here than naive-primitive's scans.",
                        graph -> {
                            var neighbours = Adjacency.boxed(graph, LinkedHashSet::new);
                            return () -> NaiveTriangles.countBoxed(neighbours, HashSet::new);
                        }),
                new Variant<>("forward",
                        "A better algorithm: point each edge at its higher-degree end and merge sorted neighbour"
                                + " arrays, so each triangle is found once and hubs stay cheap.",
                        ForwardTriangles::prepare),
                new Variant<>("bitset",
                        "Neighbour sets as bit rows: one AND and popcount tests 64 candidates at once, paying"
                                + " n-squared bits of memory for it.",
                        BitsetTriangles::prepare),
                new Variant<>("bitset-vector",
                        "bitset's matrix and loops with the AND and popcount on the Vector API: a whole SIMD"
                                + " register of words per instruction (8 with AVX-512), the sums kept in vector lanes,"
                                + " each row on a cache line's boundary.",
                        graph -> {
                            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                                throw new IllegalArgumentException("the bitset-vector variant needs the JVM option"
                                        + " --add-modules=jdk.incubator.vector");
                            }
                            BitsetTriangles.refuseIfTooBig("bitset-vector", graph.nodeCount());
                            VectorBitsetTriangles kernel =
                                    new VectorBitsetTriangles(new BitsetTriangles(Csr.orientedByDegree(graph)));
                            return kernel::countAll;
                        }),
                new Variant<>("parallel",
                        "The fastest sequential kernel (bitset-vector's; forward's where the graph is too sparse"
                                + " or too big for bit rows) split over node ranges on the fork/join pool: more"
                                + " cores help, but only after the algorithm is right.",
                        ParallelTriangles::prepare));
    }

    /**
     * The trusted count, by a method none of the variants uses: for each node u, mark its
     * neighbours; then each triangle u &lt; v &lt; w (by id) is an edge v-w with v, w marked.
     */
    static Object reference(EdgeList graph) {
        int[][] neighbours = Adjacency.fileOrder(graph);
        // Stamps instead of booleans: mark[w] == u + 1 means "w is a neighbour of u", so the
        // array never needs clearing between nodes.
        int[] mark = new int[neighbours.length];
        long triangles = 0;
        for (int u = 0; u < neighbours.length; u++) {
            for (int v : neighbours[u]) {
                mark[v] = u + 1;
            }
            for (int v : neighbours[u]) {
                if (v <= u) {
                    continue;
                }
                for (int w : neighbours[v]) {
                    if (w > v && mark[w] == u + 1) {
                        triangles++;
                    }
                }
            }
        }
        return triangles;
    }
}
