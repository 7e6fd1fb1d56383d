package fwf.workload;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Neighbour lists in file order, each edge added both ways: the talk's {@code graph} dict,
 * built once on boxed collections and once on int arrays so the naive variants differ only in
 * types.
 *
 * <p>Public only for {@link #rows}: the native kernels (called through FFM) take the same rows
 * as compressed sparse rows, and the rest stays package-private.
 */
public final class Adjacency {
    private Adjacency() {
    }

    static int[] degrees(EdgeList graph) {
        int[] degree = new int[graph.nodeCount()];
        int[] from = graph.from();
        int[] to = graph.to();
        for (int e = 0; e < from.length; e++) {
            degree[from[e]]++;
            degree[to[e]]++;
        }
        return degree;
    }

    /** {@code graph[node]} as an exact-size int array; ids 0..n-1 are the dict's insertion order. */
    static int[][] fileOrder(EdgeList graph) {
        int n = graph.nodeCount();
        int[] degree = degrees(graph);
        int[][] neighbours = new int[n][];
        for (int node = 0; node < n; node++) {
            neighbours[node] = new int[degree[node]];
        }
        int[] filled = new int[n];
        int[] from = graph.from();
        int[] to = graph.to();
        for (int e = 0; e < from.length; e++) {
            int a = from[e];
            int b = to[e];
            neighbours[a][filled[a]++] = b;
            neighbours[b][filled[b]++] = a;
        }
        return neighbours;
    }

    /**
     * The neighbour lists of {@link #fileOrder} flattened into compressed sparse rows: the
     * neighbours of node u are {@code neighbours[offsets[u] .. offsets[u+1])}, in file order.
     * This is the layout of {@code fwf_kernels.h}, which C and Rust take as two int arrays.
     *
     * @param offsets    length nodeCount + 1, starting at 0 and ending at 2 * edgeCount
     * @param neighbours length 2 * edgeCount, each edge once from each end
     */
    public record Rows(int[] offsets, int[] neighbours) {
    }

    /** {@code graph[node]} for every node, as {@link Rows}: new arrays the caller owns. */
    public static Rows rows(EdgeList graph) {
        int n = graph.nodeCount();
        int[] degree = degrees(graph);
        int[] offsets = new int[n + 1];
        for (int node = 0; node < n; node++) {
            offsets[node + 1] = offsets[node] + degree[node];
        }
        int[] next = Arrays.copyOf(offsets, n);
        int[] neighbours = new int[offsets[n]];
        int[] from = graph.from();
        int[] to = graph.to();
        for (int e = 0; e < from.length; e++) {
            int a = from[e];
            int b = to[e];
            neighbours[next[a]++] = b;
            neighbours[next[b]++] = a;
        }
        return new Rows(offsets, neighbours);
    }

    /**
     * The talk's dict, built the way the Python builds it: walk the edges in file order and
     * append each end to the other's collection, creating entries on first sight. A
     * {@link LinkedHashMap} keeps that insertion order, which is the order the count visits.
     * Nodes that touch no edge are absent, as they would be in Python; they close no triangle.
     */
    static <C extends Collection<Integer>> Map<Integer, C> boxed(EdgeList graph, Supplier<C> newCollection) {
        Map<Integer, C> neighbours = new LinkedHashMap<>();
        int[] from = graph.from();
        int[] to = graph.to();
        for (int e = 0; e < from.length; e++) {
            Integer a = from[e];
            Integer b = to[e];
            neighbours.computeIfAbsent(a, k -> newCollection.get()).add(b);
            neighbours.computeIfAbsent(b, k -> newCollection.get()).add(a);
        }
        return neighbours;
    }
}
