package fwf.graph;

import fwf.workload.EdgeList;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable simple undirected graph: the edges in their original order, plus sorted
 * adjacency lists in CSR form (compressed sparse rows: the neighbours of node {@code u} are
 * {@code targets[offsets[u] .. offsets[u+1])}).
 *
 * <p>Node ids are dense, {@code 0..nodeCount-1}, numbered in order of first appearance (in the
 * file, or in the generated edge order); each id has a <em>label</em>, the id the file used.
 * Nodes that appear in no edge (a generated isolated node, a node seen only in a dropped
 * self-loop) keep their place in that numbering. There are no self-loops and no duplicate
 * edges. No array is ever handed out for writing: the accessors return copies, or single
 * values.
 */
public final class Graph {
    private final String name;
    private final int[] labels;
    private final IntIntMap idsByLabel;
    private final int[] from;
    private final int[] to;
    private final int[] offsets;
    private final int[] targets;

    /**
     * Takes ownership of the arrays; callers guarantee the invariants (dense ids, no self-loops,
     * no duplicates), which every producer in this package does by construction.
     */
    Graph(String name, int[] labels, IntIntMap idsByLabel, int[] from, int[] to) {
        this.name = Objects.requireNonNull(name, "name");
        this.labels = labels;
        this.idsByLabel = idsByLabel != null ? idsByLabel : indexLabels(labels);
        this.from = from;
        this.to = to;
        int n = labels.length;
        offsets = new int[n + 1];
        for (int i = 0; i < from.length; i++) {
            offsets[from[i] + 1]++;
            offsets[to[i] + 1]++;
        }
        for (int u = 0; u < n; u++) {
            offsets[u + 1] += offsets[u];
        }
        targets = new int[2 * from.length];
        int[] next = Arrays.copyOf(offsets, n);
        for (int i = 0; i < from.length; i++) {
            targets[next[from[i]]++] = to[i];
            targets[next[to[i]]++] = from[i];
        }
        for (int u = 0; u < n; u++) {
            Arrays.sort(targets, offsets[u], offsets[u + 1]);
        }
    }

    /** A graph whose labels are its ids (generated graphs). */
    Graph(String name, int nodeCount, int[] from, int[] to) {
        this(name, identity(nodeCount), null, from, to);
    }

    private static int[] identity(int n) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        return ids;
    }

    private static IntIntMap indexLabels(int[] labels) {
        IntIntMap map = new IntIntMap(labels.length);
        for (int id = 0; id < labels.length; id++) {
            map.putIfAbsent(labels[id], id);
        }
        return map;
    }

    /** Where the graph came from: a file name, or a generator with its parameters. */
    public String name() {
        return name;
    }

    public int nodeCount() {
        return labels.length;
    }

    public int edgeCount() {
        return from.length;
    }

    /**
     * The edges in original order as the triangle kernels take them. A fresh copy each call, so
     * a kernel that writes into it cannot corrupt the graph (a copy of 88k edges costs well
     * under a millisecond, once per run).
     */
    public EdgeList edgeList() {
        return new EdgeList(labels.length, from.clone(), to.clone());
    }

    /** One endpoint of the {@code i}-th edge in original order (the one listed first). */
    public int edgeFrom(int i) {
        return from[i];
    }

    /** The other endpoint of the {@code i}-th edge in original order. */
    public int edgeTo(int i) {
        return to[i];
    }

    /** The original id of dense id {@code id}. */
    public int label(int id) {
        return labels[id];
    }

    /** Every label, indexed by dense id (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** The dense id of a label, or -1 when the graph has no such node. */
    public int idOf(int label) {
        return label < 0 ? -1 : idsByLabel.get(label, -1);
    }

    public int degree(int id) {
        return offsets[id + 1] - offsets[id];
    }

    /** The {@code k}-th smallest neighbour id of {@code id}, {@code 0 <= k < degree(id)}. */
    public int neighbour(int id, int k) {
        if (k < 0 || k >= degree(id)) {
            throw new IndexOutOfBoundsException("neighbour " + k + " of node " + id
                    + " with degree " + degree(id));
        }
        return targets[offsets[id] + k];
    }

    /** The neighbour ids of {@code id}, ascending (a copy). */
    public int[] neighbours(int id) {
        return Arrays.copyOfRange(targets, offsets[id], offsets[id + 1]);
    }

    /** Whether {@code u} and {@code v} are joined, by binary search of the smaller list. */
    public boolean hasEdge(int u, int v) {
        if (degree(u) > degree(v)) {
            int t = u;
            u = v;
            v = t;
        }
        return Arrays.binarySearch(targets, offsets[u], offsets[u + 1], v) >= 0;
    }

    /** CSR row starts, {@code nodeCount + 1} entries (a copy). */
    public int[] offsets() {
        return offsets.clone();
    }

    /** CSR neighbour ids, each row ascending, {@code 2 * edgeCount} entries (a copy). */
    public int[] targets() {
        return targets.clone();
    }

    /**
     * The first {@code n} nodes (the first {@code n} distinct nodes of the file) and the edges
     * among them, in original order. Ids and labels stay as they are: an edge that first
     * mentions a node {@code k < n} only loses it when its other end is the new node {@code n},
     * so first-appearance order survives the cut.
     */
    public Graph firstNodes(int n) {
        if (n < 0 || n > nodeCount()) {
            throw new IllegalArgumentException("firstNodes(" + n + ") of a graph of "
                    + nodeCount() + " nodes");
        }
        if (n == nodeCount()) {
            return this;
        }
        int kept = 0;
        for (int i = 0; i < from.length; i++) {
            if (from[i] < n && to[i] < n) {
                kept++;
            }
        }
        int[] f = new int[kept];
        int[] t = new int[kept];
        int j = 0;
        for (int i = 0; i < from.length; i++) {
            if (from[i] < n && to[i] < n) {
                f[j] = from[i];
                t[j++] = to[i];
            }
        }
        return new Graph(name + " [first " + n + " nodes]", Arrays.copyOf(labels, n), null, f, t);
    }

    /**
     * The ego network of the node labelled {@code label}: the node, its neighbours and every
     * edge among them, in original edge order. Ids are renumbered in order of first appearance
     * in those edges; labels are kept.
     *
     * @throws IllegalArgumentException naming the label when the graph has no such node
     */
    public Graph egoNetwork(int label) {
        int centre = idOf(label);
        if (centre < 0) {
            throw new IllegalArgumentException("node " + label + " is not in " + name);
        }
        boolean[] member = new boolean[nodeCount()];
        member[centre] = true;
        for (int k = offsets[centre]; k < offsets[centre + 1]; k++) {
            member[targets[k]] = true;
        }
        int[] newId = new int[nodeCount()];
        Arrays.fill(newId, -1);
        int members = degree(centre) + 1;
        int[] newLabels = new int[members];
        int nodes = 0;
        int kept = 0;
        for (int i = 0; i < from.length; i++) {
            if (member[from[i]] && member[to[i]]) {
                kept++;
            }
        }
        int[] f = new int[kept];
        int[] t = new int[kept];
        int j = 0;
        for (int i = 0; i < from.length; i++) {
            int u = from[i];
            int v = to[i];
            if (member[u] && member[v]) {
                if (newId[u] < 0) {
                    newLabels[nodes] = labels[u];
                    newId[u] = nodes++;
                }
                if (newId[v] < 0) {
                    newLabels[nodes] = labels[v];
                    newId[v] = nodes++;
                }
                f[j] = newId[u];
                t[j++] = newId[v];
            }
        }
        if (nodes == 0) {
            newLabels[nodes++] = labels[centre]; // an isolated node is its own ego network
        }
        return new Graph(name + " [ego " + label + "]", newLabels, null, f, t);
    }

    @Override
    public String toString() {
        return "Graph[" + name + ", " + nodeCount() + " nodes, " + edgeCount() + " edges]";
    }
}
