package fwf.workload;

/**
 * Triangles by bit rows: row u of a flat bit matrix holds u's out-neighbours in the
 * degree-oriented {@link Csr}, so for each oriented edge u-&gt;v the common out-neighbours are
 * {@code popcount(row u AND row v)}, 64 candidates per instruction pair.
 */
final class BitsetTriangles implements RangeCounter {
    final int[] offsets;
    final int[] targets;
    final int wordsPerRow;
    final long[] bits;
    /** One past each row's last non-zero word, so the AND skips the empty tail. */
    final int[] rowEnd;

    /** Callers check the size first, with {@link #refuseIfTooBig}, naming their variant. */
    BitsetTriangles(Csr csr) {
        int n = csr.nodeCount();
        this.offsets = csr.offsets();
        this.targets = csr.targets();
        this.wordsPerRow = wordsPerRow(n);
        this.bits = new long[n * wordsPerRow];
        this.rowEnd = new int[n];
        for (int u = 0; u < n; u++) {
            int rowStart = u * wordsPerRow;
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                int v = targets[i];
                bits[rowStart + (v >>> 6)] |= 1L << v;
                // Rows are sorted, so the last target sets the last word.
                rowEnd[u] = (v >>> 6) + 1;
            }
        }
    }

    static Computation prepare(EdgeList graph) {
        refuseIfTooBig("bitset", graph.nodeCount()); // before the CSR, so a refusal costs nothing
        BitsetTriangles kernel = new BitsetTriangles(Csr.orientedByDegree(graph));
        return kernel::countAll;
    }

    private static int wordsPerRow(int nodes) {
        return (nodes + 63) >>> 6;
    }

    /**
     * Throws, with a message for the user naming {@code variant}, when the matrix for
     * {@code nodes} nodes would not fit ({@link BitMatrix#MAX_BYTES}).
     */
    static void refuseIfTooBig(String variant, int nodes) {
        if (!BitMatrix.fits(nodes)) {
            throw new IllegalArgumentException(BitMatrix.refusal(variant, nodes));
        }
    }

    @Override
    public int nodeCount() {
        return rowEnd.length;
    }

    @Override
    public long count(int fromNode, int toNode) {
        long triangles = 0;
        for (int u = fromNode; u < toNode; u++) {
            int uRow = u * wordsPerRow;
            int uEnd = rowEnd[u];
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                int v = targets[i];
                int vRow = v * wordsPerRow;
                // Row v only holds nodes ranked above v, so words before v's own are zero.
                int end = Math.min(uEnd, rowEnd[v]);
                for (int k = v >>> 6; k < end; k++) {
                    triangles += Long.bitCount(bits[uRow + k] & bits[vRow + k]);
                }
            }
        }
        return triangles;
    }
}
