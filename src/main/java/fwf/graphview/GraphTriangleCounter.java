package fwf.graphview;

/**
 * How many of the first k found triangles each node and each edge belongs to, kept up to date
 * as a replay moves: forward adds the triangles passed, back takes them away, so the counts at
 * k are the same whichever way the replay came, and a frame touches only what it passed.
 */
final class GraphTriangleCounter {
    private final GraphTriangleIndex index;
    private final int[] nodeCounts;
    private final int[] edgeCounts;
    private int k;

    GraphTriangleCounter(GraphTriangleIndex index) {
        this.index = index;
        this.nodeCounts = new int[index.nodeCount()];
        this.edgeCounts = new int[index.edgeCount()];
    }

    int nodeCount(int node) {
        return nodeCounts[node];
    }

    int edgeCount(int edge) {
        return edgeCounts[edge];
    }

    /** Triangles counted. */
    int found() {
        return k;
    }

    /** Counts the first {@code target} triangles, adding to the sets each node and edge touched. */
    void moveTo(int target, GraphDirtySet nodes, GraphDirtySet edges) {
        while (k < target) {
            touch(k, +1, nodes, edges);
            k++;
        }
        while (k > target) {
            k--;
            touch(k, -1, nodes, edges);
        }
    }

    private void touch(int triangle, int delta, GraphDirtySet nodes, GraphDirtySet edges) {
        for (int c = 0; c < 3; c++) {
            int node = index.corner(triangle, c);
            nodeCounts[node] += delta;
            nodes.add(node);
            int edge = index.side(triangle, c);
            edgeCounts[edge] += delta;
            edges.add(edge);
        }
    }
}
