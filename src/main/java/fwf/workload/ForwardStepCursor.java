package fwf.workload;

import java.util.List;

/**
 * {@link ForwardTriangles} one step at a time, over the very {@link Csr} the kernel builds:
 * nodes by rank (degree, then id), each node's higher-ranked neighbours by rank, and for each
 * such neighbour v the merge of "row u after v" with "row v". A far neighbour w is tested when
 * the merge first reads it from row v; the merge ends, and so do the tests, as soon as either
 * row runs out, which is why this search tests so much less than the naive one.
 */
final class ForwardStepCursor extends StepCursor {
    static final List<String> SOURCE = List.of(
            "rank = nodes sorted by (degree, id)",
            "out[u] = neighbours of u ranked above u, sorted by rank",
            "triangles = 0",
            "for u in nodes by rank:",
            "    for i, v in enumerate(out[u]):",
            "        a, b = i + 1, 0",
            "        while a < len(out[u]) and b < len(out[v]):",
            "            x, w = out[u][a], out[v][b]",
            "            if x == w:",
            "                triangles += 1",
            "            if x <= w: a += 1",
            "            if w <= x: b += 1",
            "return triangles");
    static final int VISIT = 3;
    static final int TRY = 4;
    static final int TEST_FAR = 7;
    static final int FOUND = 9;
    static final int DONE = 12;

    private static final int NEXT_NODE = 0;
    private static final int NEXT_NEIGHBOUR = 1;
    private static final int MERGE = 2;

    private final int[] offsets;
    private final int[] targets;
    private final int[] nodeOfRank;
    private int phase = NEXT_NODE;
    private int u = -1;
    private int i;
    private int uEnd;
    private int v;
    private int a;
    private int b;
    private int bEnd;
    /** The position in row v last reported as a test, so each far neighbour is tested once. */
    private int lastTested;

    ForwardStepCursor(EdgeList edges) {
        Csr csr = Csr.orientedByDegree(edges);
        offsets = csr.offsets();
        targets = csr.targets();
        nodeOfRank = nodesByRank(Adjacency.degrees(edges));
    }

    /**
     * The inverse of the kernel's ranking (degree, ties by id): the kernel works in rank space
     * and never needs the way back, but the steps must name the graph's own nodes.
     */
    static int[] nodesByRank(int[] degree) {
        int maxDegree = 0;
        for (int d : degree) {
            maxDegree = Math.max(maxDegree, d);
        }
        int[] nextRankOfDegree = new int[maxDegree + 2];
        for (int d : degree) {
            nextRankOfDegree[d + 1]++;
        }
        for (int d = 0; d <= maxDegree; d++) {
            nextRankOfDegree[d + 1] += nextRankOfDegree[d];
        }
        int[] nodes = new int[degree.length];
        for (int node = 0; node < degree.length; node++) {
            nodes[nextRankOfDegree[degree[node]]++] = node;
        }
        return nodes;
    }

    @Override
    void next() {
        while (true) {
            switch (phase) {
                case NEXT_NODE -> {
                    u++;
                    if (u == nodeOfRank.length) {
                        done(DONE);
                        return;
                    }
                    i = offsets[u];
                    uEnd = offsets[u + 1];
                    phase = NEXT_NEIGHBOUR;
                    visit(nodeOfRank[u], VISIT);
                    return;
                }
                case NEXT_NEIGHBOUR -> {
                    if (i == uEnd) {
                        phase = NEXT_NODE;
                        continue;
                    }
                    v = targets[i++];
                    a = i;
                    b = offsets[v];
                    bEnd = offsets[v + 1];
                    lastTested = -1;
                    phase = MERGE;
                    tryNeighbour(nodeOfRank[u], nodeOfRank[v], TRY);
                    return;
                }
                case MERGE -> {
                    if (a >= uEnd || b >= bEnd) {
                        phase = NEXT_NEIGHBOUR;
                        continue;
                    }
                    int w = targets[b];
                    if (b != lastTested) {
                        lastTested = b;
                        testFar(nodeOfRank[u], nodeOfRank[v], nodeOfRank[w], TEST_FAR);
                        return;
                    }
                    int x = targets[a];
                    if (x <= w) {
                        a++;
                    }
                    if (w <= x) {
                        b++;
                    }
                    if (x == w) {
                        foundTriangle(nodeOfRank[u], nodeOfRank[v], nodeOfRank[w], FOUND);
                        return;
                    }
                }
                default -> throw new IllegalStateException("phase " + phase);
            }
        }
    }
}
