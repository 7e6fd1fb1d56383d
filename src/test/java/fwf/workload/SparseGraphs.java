package fwf.workload;

/**
 * A graph too sparse for bit rows, for the tests of parallel's choice in Java and in its native
 * twins: a ring of {@code n} nodes with a chord from each node of the first half to its opposite,
 * and a triangle on three more nodes. Every ring node has degree 3, so rank is id there; the row
 * of a node in the first half reaches its opposite, half the ring on, so for 2,560 ring nodes the
 * bit rows AND 29,398 words where forward's merge takes at most 6,400 steps.
 */
public final class SparseGraphs {
    private SparseGraphs() {
    }

    /** The ring of {@code n} (even) nodes with its chords, then the triangle: 1 triangle. */
    public static EdgeList ringWithChords(int n) {
        int half = n / 2;
        int edges = n + half + 3;
        int[] from = new int[edges];
        int[] to = new int[edges];
        for (int i = 0; i < n; i++) {
            from[i] = i;
            to[i] = (i + 1) % n;
        }
        for (int i = 0; i < half; i++) {
            from[n + i] = i;
            to[n + i] = i + half;
        }
        int[][] triangle = {{n, n + 1}, {n + 1, n + 2}, {n + 2, n}};
        for (int i = 0; i < 3; i++) {
            from[n + half + i] = triangle[i][0];
            to[n + half + i] = triangle[i][1];
        }
        return new EdgeList(n + 3, from, to);
    }

    /** As a SNAP edge list file holds it: "from to" a line. */
    public static String text(EdgeList graph) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < graph.edgeCount(); i++) {
            text.append(graph.from()[i]).append(' ').append(graph.to()[i]).append('\n');
        }
        return text.toString();
    }
}
