package fwf.workload;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Neighbour lists. {@link #talk} and {@link #boxed} build the talk's {@code graph} dict in its
 * loader's two-pass order, once on int arrays and once on boxed collections, so the naive
 * variants differ only in types; {@link #fileOrder} and {@link #rows} add each edge both ways
 * in one pass, for the kernels whose answer and work do not depend on list order.
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

    /** One exact-size, still empty row per node, for the neighbours its degree says it has. */
    private static int[][] emptyRows(EdgeList graph) {
        int[] degree = degrees(graph);
        int[][] rows = new int[degree.length][];
        for (int node = 0; node < degree.length; node++) {
            rows[node] = new int[degree[node]];
        }
        return rows;
    }

    /**
     * Each node's neighbours as an exact-size int array, in one pass over the edges in file
     * order (each edge added at both ends at once): not the talk's list order, see {@link #talk}.
     */
    static int[][] fileOrder(EdgeList graph) {
        int n = graph.nodeCount();
        int[][] neighbours = emptyRows(graph);
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
     * The talk's {@code graph} dict as its loader built it, in two passes over the edges in file
     * order: first, for every edge (a, b), b is appended to a's list; then, for every edge again,
     * a is appended to b's list. So a node's list holds first the second ids of the lines where
     * it stands first, then the first ids of the lines where it stands second; and the dict's
     * keys, the order the count visits, are the nodes in the order they first received a
     * neighbour in that process (every node that stands first somewhere, in file order, then
     * the nodes that only ever stand second).
     *
     * @param order      every node with at least one edge, in the dict's key order
     * @param neighbours {@code neighbours[node]}, indexed by node id, in the dict's list order;
     *                   an empty array for a node with no edge
     */
    public record Talk(int[] order, int[][] neighbours) {
    }

    /** The talk's dict on int arrays: new arrays the caller owns. */
    public static Talk talk(EdgeList graph) {
        int n = graph.nodeCount();
        int[][] neighbours = emptyRows(graph);
        int[] filled = new int[n];
        int[] order = new int[n];
        int ordered = 0;
        int[] from = graph.from();
        int[] to = graph.to();
        for (int e = 0; e < from.length; e++) {
            int a = from[e];
            if (filled[a] == 0) {
                order[ordered++] = a;
            }
            neighbours[a][filled[a]++] = to[e];
        }
        for (int e = 0; e < from.length; e++) {
            int b = to[e];
            if (filled[b] == 0) {
                order[ordered++] = b;
            }
            neighbours[b][filled[b]++] = from[e];
        }
        return new Talk(Arrays.copyOf(order, ordered), neighbours);
    }

    /**
     * The talk's dict on boxed collections, built by the same two passes as {@link #talk}: a
     * {@link LinkedHashMap} keeps the insertion order, which is the order the count visits.
     * Nodes that touch no edge are absent, as they would be in Python; they close no triangle.
     */
    static <C extends Collection<Integer>> Map<Integer, C> boxed(EdgeList graph, Supplier<C> newCollection) {
        Map<Integer, C> neighbours = new LinkedHashMap<>();
        int[] from = graph.from();
        int[] to = graph.to();
        for (int e = 0; e < from.length; e++) {
            neighbours.computeIfAbsent(from[e], k -> newCollection.get()).add(to[e]);
        }
        for (int e = 0; e < from.length; e++) {
            neighbours.computeIfAbsent(to[e], k -> newCollection.get()).add(from[e]);
        }
        return neighbours;
    }
}
