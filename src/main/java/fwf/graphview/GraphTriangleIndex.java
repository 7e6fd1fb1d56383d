package fwf.graphview;

import fwf.graph.Graph;
import fwf.workload.StepTrace;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The triangles of a recorded search in finding order, with their corners and edges looked up
 * once, so that a replay can add or take away the triangles it passes (see
 * {@link GraphTriangleCounter}) without searching the graph each frame. The marked state after
 * k triangles (which nodes and edges belong to a found triangle, and to how many) is then a
 * function of k alone, whichever way the replay reached it.
 *
 * <p>Built once per trace, off the FX thread (ego-Facebook's 1.6 million triangles take a few
 * hundred milliseconds and 40 MB); immutable after.
 */
public final class GraphTriangleIndex {
    private final int nodeCount;
    private final int edgeCount;
    private final int[] offsets;
    private final int[] targets;
    /** For each CSR slot (u's k-th neighbour), the id of the edge it stands for. */
    private final int[] slotEdge;
    /** Three corners per triangle, in finding order: node, neighbour, far. */
    private final int[] corners;
    /** Three edge ids per triangle: node-neighbour, neighbour-far, node-far. */
    private final int[] sides;
    private final int[] nodeTotals;
    private final int[] edgeTotals;
    private final int maxNodeTotal;
    private final int maxEdgeTotal;

    private GraphTriangleIndex(Graph graph, StepTrace trace, BooleanSupplier cancelled) {
        nodeCount = graph.nodeCount();
        edgeCount = graph.edgeCount();
        offsets = graph.offsets();
        targets = graph.targets();
        slotEdge = new int[targets.length];
        for (int e = 0; e < edgeCount; e++) {
            int u = graph.edgeFrom(e);
            int v = graph.edgeTo(e);
            slotEdge[slot(u, v)] = e;
            slotEdge[slot(v, u)] = e;
        }
        int found = trace.foundCount();
        corners = new int[3 * found];
        sides = new int[3 * found];
        nodeTotals = new int[nodeCount];
        edgeTotals = new int[edgeCount];
        for (int k = 0; k < found; k++) {
            if ((k & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("indexing triangles cancelled after " + k);
            }
            int step = trace.foundStep(k);
            int a = trace.node(step);
            int b = trace.neighbour(step);
            int c = trace.far(step);
            corners[3 * k] = a;
            corners[3 * k + 1] = b;
            corners[3 * k + 2] = c;
            sides[3 * k] = edgeBetween(a, b);
            sides[3 * k + 1] = edgeBetween(b, c);
            sides[3 * k + 2] = edgeBetween(a, c);
            for (int i = 3 * k; i < 3 * k + 3; i++) {
                if (sides[i] < 0) {
                    throw new IllegalArgumentException("triangle " + k + " (" + a + ", " + b + ", " + c
                            + ") of the trace is not a triangle of " + graph.name());
                }
                nodeTotals[corners[i]]++;
                edgeTotals[sides[i]]++;
            }
        }
        maxNodeTotal = Arrays.stream(nodeTotals).max().orElse(0);
        maxEdgeTotal = Arrays.stream(edgeTotals).max().orElse(0);
    }

    /**
     * Indexes the triangles {@code trace} found in {@code graph}.
     *
     * @throws IllegalArgumentException when the trace names a triangle the graph lacks (a trace
     *                                  of another graph)
     * @throws CancellationException    when {@code cancelled} turns true
     */
    public static GraphTriangleIndex build(Graph graph, StepTrace trace, BooleanSupplier cancelled) {
        return new GraphTriangleIndex(graph, trace, cancelled);
    }

    private int slot(int u, int v) {
        return Arrays.binarySearch(targets, offsets[u], offsets[u + 1], v);
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int edgeCount() {
        return edgeCount;
    }

    /** The id of the edge joining {@code u} and {@code v}, or -1 (also for -1 ends). */
    public int edgeBetween(int u, int v) {
        if (u < 0 || v < 0 || u >= nodeCount || v >= nodeCount) {
            return -1;
        }
        int s = slot(u, v);
        return s >= 0 ? slotEdge[s] : -1;
    }

    public int foundCount() {
        return corners.length / 3;
    }

    /** Corner {@code c} (0: node, 1: neighbour, 2: far) of triangle {@code k}. */
    public int corner(int k, int c) {
        checkCorner(c);
        return corners[3 * k + c];
    }

    /** Side {@code c} (0: node-neighbour, 1: neighbour-far, 2: node-far) of triangle {@code k}. */
    public int side(int k, int c) {
        checkCorner(c);
        return sides[3 * k + c];
    }

    private static void checkCorner(int c) {
        if (c < 0 || c > 2) {
            throw new IndexOutOfBoundsException("corner " + c + " of a triangle");
        }
    }

    /** Triangles of the whole trace containing {@code node}. */
    public int nodeTotal(int node) {
        return nodeTotals[node];
    }

    /** Triangles of the whole trace containing edge {@code e}. */
    public int edgeTotal(int e) {
        return edgeTotals[e];
    }

    /** The most triangles any one node belongs to, over the whole trace. */
    public int maxNodeTotal() {
        return maxNodeTotal;
    }

    /** The most triangles any one edge belongs to, over the whole trace. */
    public int maxEdgeTotal() {
        return maxEdgeTotal;
    }
}
