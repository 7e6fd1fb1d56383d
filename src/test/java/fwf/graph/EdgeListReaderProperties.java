package fwf.graph;

import static org.assertj.core.api.Assertions.assertThat;

import fwf.workload.EdgeList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

class EdgeListReaderProperties {

    @Property(tries = 500)
    void randomBytesGiveAGraphOrAFormatError(@ForAll @Size(max = 400) byte[] bytes) throws IOException {
        try {
            checkInvariants(EdgeListReader.read("junk.bin", new ByteArrayInputStream(bytes)).graph());
        } catch (GraphFormatException e) {
            assertThat(e.getMessage()).startsWith("junk.bin:" + e.lineNumber() + ": ");
            assertThat(e.lineNumber()).isPositive();
            assertThat(e.lineText().length()).isLessThanOrEqualTo(83);
        }
    }

    /**
     * Lines built from tokens that are nearly right. A plain model of the rules (split, parse)
     * says which line is the first bad one, or which graph comes out.
     */
    @Property(tries = 1000)
    void plausibleLinesFailOnTheFirstBadLineOrMatchTheModel(@ForAll("plausibleText") String text)
            throws IOException {
        int firstBad = firstBadLine(text);
        // Both outcomes must really occur, or the property proves little.
        Statistics.label("outcome").coverage(c -> {
            c.check("graph").percentage(p -> p > 5);
            c.check("format error").percentage(p -> p > 5);
        });
        try {
            Graph g = EdgeListReader.read("plausible.txt", new StringReader(text)).graph();
            assertThat(firstBad).as("the model finds a bad line").isZero();
            checkInvariants(g);
            assertMatchesModel(g, modelEdges(text));
            Statistics.label("outcome").collect("graph");
        } catch (GraphFormatException e) {
            Statistics.label("outcome").collect("format error");
            assertThat(e.lineNumber()).isEqualTo(firstBad);
            assertThat(e.getMessage()).startsWith("plausible.txt:" + firstBad + ": ");
        }
    }

    @Property(tries = 500)
    void validEdgeListsGiveTheDeduplicatedEdgesWithIdsInFirstAppearanceOrder(
            @ForAll("validEdgeLists") String text) throws IOException {
        LoadedGraph loaded = EdgeListReader.read("valid.txt", new StringReader(text));
        Graph g = loaded.graph();
        checkInvariants(g);
        List<int[]> model = modelEdges(text);
        assertMatchesModel(g, model);
        long selfLoops = model.stream().filter(p -> p[0] == p[1]).count();
        Set<List<Integer>> distinct = new HashSet<>();
        for (int[] p : model) {
            if (p[0] != p[1]) {
                distinct.add(List.of(Math.min(p[0], p[1]), Math.max(p[0], p[1])));
            }
        }
        assertThat(loaded.summary().selfLoops()).isEqualTo(selfLoops);
        assertThat(loaded.summary().duplicateEdges())
                .isEqualTo(model.size() - selfLoops - distinct.size());
        assertThat(loaded.summary().edges()).isEqualTo(distinct.size());
    }

    @Provide
    Arbitrary<String> plausibleText() {
        Arbitrary<String> token = Arbitraries.of("0", "1", "2", "3", "17", "007", "2147483647",
                "2147483648", "99999999999999999999", "-1", "-0", "-", "+3", "1.5", "abc", "#", "%",
                "#x", "1#", "\u0000", "é", "3\r");
        Arbitrary<String> sep = Arbitraries.of(" ", "\t", "  ", " \t");
        Arbitrary<String> line = Combinators.combine(
                        sep.optional().map(o -> o.orElse("")),
                        token.list().ofMaxSize(4),
                        sep,
                        sep.optional().map(o -> o.orElse("")))
                .as((lead, tokens, s, trail) -> lead + String.join(s, tokens) + trail);
        return line.list().ofMaxSize(12).flatMap(lines -> Arbitraries.of("\n", "\r\n")
                .map(end -> String.join(end, lines)));
    }

    @Provide
    Arbitrary<String> validEdgeLists() {
        Arbitrary<Integer> id = Arbitraries.oneOf(Arbitraries.integers().between(0, 12),
                Arbitraries.of(2147483647, 1_000_000_007));
        Arbitrary<String> sep = Arbitraries.of(" ", "\t", "   ", "\t ");
        Arbitrary<String> edge = Combinators.combine(id, sep, id, Arbitraries.of("", " ", "\t"))
                .as((a, s, b, trail) -> a + s + b + trail);
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, edge),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("# comment", "% comment", "", "  ")));
        return line.list().ofMaxSize(40).flatMap(lines -> Arbitraries.of("\n", "\r\n")
                .map(end -> String.join(end, lines) + end));
    }

    /** 1-based number of the first line the rules reject, 0 when all are fine. */
    private static int firstBadLine(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (parseLine(lines[i]) == BAD) {
                return i + 1;
            }
        }
        return 0;
    }

    private static final int[] BAD = new int[0];
    private static final int[] SKIP = new int[0];

    /** The rules written plainly: {@code {a, b}}, SKIP for blank and comment lines, or BAD. */
    private static int[] parseLine(String raw) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        String trimmed = line.replaceAll("^[ \t]+|[ \t]+$", "");
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("%")) {
            return SKIP;
        }
        String[] tokens = trimmed.split("[ \t]+");
        if (tokens.length != 2) {
            return BAD;
        }
        int[] ids = new int[2];
        for (int k = 0; k < 2; k++) {
            if (!tokens[k].matches("-?[0-9]+")) {
                return BAD;
            }
            java.math.BigInteger v = new java.math.BigInteger(tokens[k]);
            if (v.signum() < 0 || v.bitLength() > 31) {
                return BAD;
            }
            ids[k] = v.intValueExact();
        }
        return ids;
    }

    /** Every edge line's pair of labels, in file order, self-loops and repeats included. */
    private static List<int[]> modelEdges(String text) {
        List<int[]> pairs = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            int[] p = parseLine(line);
            if (p != SKIP) {
                pairs.add(p);
            }
        }
        return pairs;
    }

    private static void assertMatchesModel(Graph g, List<int[]> pairs) {
        Map<Integer, Integer> ids = new LinkedHashMap<>();
        List<String> edges = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        for (int[] p : pairs) {
            ids.putIfAbsent(p[0], ids.size());
            ids.putIfAbsent(p[1], ids.size());
            if (p[0] != p[1] && seen.add(List.of(Math.min(p[0], p[1]), Math.max(p[0], p[1])))) {
                edges.add(ids.get(p[0]) + "-" + ids.get(p[1]));
            }
        }
        assertThat(g.labels()).containsExactly(ids.keySet().stream().mapToInt(i -> i).toArray());
        assertThat(EdgeListReaderTest.edges(g)).containsExactlyElementsOf(edges);
        ids.forEach((label, id) -> assertThat(g.idOf(label)).isEqualTo(id));
    }

    /**
     * What the kernels rely on, checked on any graph. Plain checks rather than one AssertJ
     * assertion per edge: this runs on 88k-edge graphs too.
     */
    static void checkInvariants(Graph g) {
        EdgeList list = g.edgeList();
        assertThat(list.nodeCount()).isEqualTo(g.nodeCount());
        Set<Long> seen = new HashSet<>();
        int[] degree = new int[g.nodeCount()];
        for (int i = 0; i < list.edgeCount(); i++) {
            int u = list.from()[i];
            int v = list.to()[i];
            check(u >= 0 && u < g.nodeCount() && v >= 0 && v < g.nodeCount(),
                    "edge %d: %d-%d out of range", i, u, v);
            check(u != v, "edge %d: self-loop on %d", i, u);
            check(seen.add(LongSet.pack(u, v)), "edge %d: duplicate %d-%d", i, u, v);
            check(g.hasEdge(u, v) && g.hasEdge(v, u), "edge %d: %d-%d not in the CSR", i, u, v);
            degree[u]++;
            degree[v]++;
        }
        int[] offsets = g.offsets();
        int[] targets = g.targets();
        assertThat(offsets).hasSize(g.nodeCount() + 1);
        assertThat(targets).hasSize(2 * g.edgeCount());
        for (int u = 0; u < g.nodeCount(); u++) {
            check(g.degree(u) == degree[u], "node %d: degree %d, edges %d", u, g.degree(u), degree[u]);
            int[] ns = g.neighbours(u);
            for (int k = 0; k < ns.length; k++) {
                check(g.neighbour(u, k) == ns[k], "node %d: neighbour %d differs", u, k);
                check(k == 0 || ns[k] > ns[k - 1], "node %d: neighbours not ascending", u);
                check(seen.contains(LongSet.pack(u, ns[k])), "node %d: neighbour %d has no edge", u, ns[k]);
            }
            check(g.idOf(g.label(u)) == u, "node %d: idOf(label) is %d", u, g.idOf(g.label(u)));
        }
    }

    private static void check(boolean ok, String format, Object... args) {
        if (!ok) {
            throw new AssertionError(String.format(format, args));
        }
    }
}
