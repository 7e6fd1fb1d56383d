package fwf.workload;

import java.util.Arrays;

/**
 * A degree-oriented graph in compressed sparse rows, shared by the fast kernels.
 *
 * <p>Nodes are renumbered by rank (degree, then id), and each edge is kept once, pointing from
 * its lower-ranked end to its higher-ranked one. Every triangle then has exactly one corner from
 * which both other corners are out-neighbours, so counting per corner counts each triangle
 * once; and since a node has at most about sqrt(2m) higher-degree neighbours, no row is long
 * (the hubs of a social network keep short out-lists). Rows are sorted so they can be merged.
 *
 * @param offsets row {@code u} is {@code targets[offsets[u]..offsets[u+1])}; length n+1
 * @param targets out-neighbours in rank space, ascending within a row; length m
 */
record Csr(int[] offsets, int[] targets) {

    static Csr orientedByDegree(EdgeList graph) {
        int n = graph.nodeCount();
        int[] rank = rankByDegree(Adjacency.degrees(graph));
        int[] from = graph.from();
        int[] to = graph.to();
        int[] offsets = new int[n + 1];
        for (int e = 0; e < from.length; e++) {
            offsets[Math.min(rank[from[e]], rank[to[e]]) + 1]++;
        }
        for (int u = 0; u < n; u++) {
            offsets[u + 1] += offsets[u];
        }
        int[] targets = new int[from.length];
        int[] next = Arrays.copyOf(offsets, n);
        for (int e = 0; e < from.length; e++) {
            int a = rank[from[e]];
            int b = rank[to[e]];
            targets[next[Math.min(a, b)]++] = Math.max(a, b);
        }
        for (int u = 0; u < n; u++) {
            Arrays.sort(targets, offsets[u], offsets[u + 1]);
        }
        return new Csr(offsets, targets);
    }

    /** A stable counting sort by degree, so ties keep id order and the ranking is deterministic. */
    private static int[] rankByDegree(int[] degree) {
        int maxDegree = 0;
        for (int d : degree) {
            maxDegree = Math.max(maxDegree, d);
        }
        int[] firstRankOfDegree = new int[maxDegree + 2];
        for (int d : degree) {
            firstRankOfDegree[d + 1]++;
        }
        for (int d = 0; d <= maxDegree; d++) {
            firstRankOfDegree[d + 1] += firstRankOfDegree[d];
        }
        int[] rank = new int[degree.length];
        for (int node = 0; node < degree.length; node++) {
            rank[node] = firstRankOfDegree[degree[node]]++;
        }
        return rank;
    }

    int nodeCount() {
        return offsets.length - 1;
    }

    /**
     * Node boundaries cutting the rows into {@code parts} ranges of about equal edge counts
     * (equal node counts would not do: work follows edges). Ranges may be empty; the result
     * starts at 0, ends at n and never decreases.
     */
    int[] cutsByEdges(int parts) {
        int n = nodeCount();
        int m = targets.length;
        int[] cuts = new int[parts + 1];
        int u = 0;
        for (int p = 1; p < parts; p++) {
            long wanted = (long) m * p / parts;
            while (u < n && offsets[u] < wanted) {
                u++;
            }
            cuts[p] = u;
        }
        cuts[parts] = n;
        return cuts;
    }
}
