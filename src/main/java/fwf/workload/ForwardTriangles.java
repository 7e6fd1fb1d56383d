package fwf.workload;

/**
 * The forward algorithm: over the degree-oriented {@link Csr}, each triangle u &lt; v &lt; w
 * (in rank) is found once, as a common element of the sorted rows of u and v.
 */
final class ForwardTriangles implements RangeCounter {
    private final int[] offsets;
    private final int[] targets;

    ForwardTriangles(Csr csr) {
        this.offsets = csr.offsets();
        this.targets = csr.targets();
    }

    static Computation prepare(EdgeList graph) {
        ForwardTriangles kernel = new ForwardTriangles(Csr.orientedByDegree(graph));
        return kernel::countAll;
    }

    @Override
    public int nodeCount() {
        return offsets.length - 1;
    }

    @Override
    public long count(int fromNode, int toNode) {
        long triangles = 0;
        for (int u = fromNode; u < toNode; u++) {
            int uEnd = offsets[u + 1];
            for (int i = offsets[u]; i < uEnd; i++) {
                int v = targets[i];
                // Row u is sorted and the third corner w must rank above v, so only the part of
                // row u after v can meet row v.
                triangles += commonCount(i + 1, uEnd, offsets[v], offsets[v + 1]);
            }
        }
        return triangles;
    }

    /** How many values two sorted slices of {@code targets} share, by one merge pass. */
    private int commonCount(int a, int aEnd, int b, int bEnd) {
        int common = 0;
        while (a < aEnd && b < bEnd) {
            int x = targets[a];
            int y = targets[b];
            if (x == y) {
                common++;
            }
            if (x <= y) {
                a++;
            }
            if (y <= x) {
                b++;
            }
        }
        return common;
    }
}
