package fwf.workload;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Builds clean {@link EdgeList}s from raw endpoint pairs, the way the graph package's reader
 * does for a file: self-loops and repeated edges (either direction) are dropped, and ids are
 * renumbered 0.. in order of first appearance. Kept deliberately small and separate from the
 * production reader so these tests do not depend on it.
 */
public final class TestGraphs {
    private TestGraphs() {
    }

    /** {@code raw} is a flat list of pairs: a0, b0, a1, b1, ... */
    static EdgeList clean(int... raw) {
        if (raw.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of endpoints: " + raw.length);
        }
        Map<Integer, Integer> ids = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        int[] from = new int[raw.length / 2];
        int[] to = new int[raw.length / 2];
        int edges = 0;
        for (int i = 0; i < raw.length; i += 2) {
            if (raw[i] == raw[i + 1]) {
                continue;
            }
            // Like the reader: a node is numbered when its line is read, even if the edge is a
            // duplicate, so renumber before testing for duplicates.
            int a = ids.computeIfAbsent(raw[i], k -> ids.size());
            int b = ids.computeIfAbsent(raw[i + 1], k -> ids.size());
            long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
            if (seen.add(key)) {
                from[edges] = a;
                to[edges] = b;
                edges++;
            }
        }
        return new EdgeList(ids.size(), Arrays.copyOf(from, edges), Arrays.copyOf(to, edges));
    }

    static EdgeList complete(int n) {
        int[] raw = new int[n * (n - 1)];
        int i = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                raw[i++] = a;
                raw[i++] = b;
            }
        }
        return clean(raw);
    }

    /** Every triple checked against an adjacency matrix: O(n^3), obviously right. */
    public static long bruteForce(EdgeList graph) {
        int n = graph.nodeCount();
        boolean[][] adjacent = new boolean[n][n];
        for (int e = 0; e < graph.edgeCount(); e++) {
            adjacent[graph.from()[e]][graph.to()[e]] = true;
            adjacent[graph.to()[e]][graph.from()[e]] = true;
        }
        long triangles = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (!adjacent[a][b]) {
                    continue;
                }
                for (int c = b + 1; c < n; c++) {
                    if (adjacent[a][c] && adjacent[b][c]) {
                        triangles++;
                    }
                }
            }
        }
        return triangles;
    }

    static Object run(Variant<EdgeList> variant, EdgeList graph) {
        return variant.kernel().prepare(graph).run();
    }
}
