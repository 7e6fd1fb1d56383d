package fwf.workload;

import java.util.List;

/**
 * The work of the kernels over the degree-oriented {@link Csr}, replayed on the same rows in the
 * same order: {@link ForwardTriangles}' merge steps and {@link BitsetTriangles}' words. The C
 * and Rust friends' {@code forward} rank and orient the edges the same way (degree, then id)
 * and merge the same way, so their merge steps are these too.
 */
final class OrientedWork {
    private OrientedWork() {
    }

    /**
     * For each oriented edge u-&gt;v, one merge of the rest of row u (after v) with row v; a
     * step compares one element of each and moves past the smaller (or both when equal), until
     * either slice ends.
     */
    static Work forward(EdgeList graph) {
        Csr csr = Csr.orientedByDegree(graph);
        int[] offsets = csr.offsets();
        int[] targets = csr.targets();
        long triangles = 0;
        long steps = 0;
        for (int u = 0; u < csr.nodeCount(); u++) {
            int uEnd = offsets[u + 1];
            for (int i = offsets[u]; i < uEnd; i++) {
                int v = targets[i];
                int a = i + 1;
                int b = offsets[v];
                int bEnd = offsets[v + 1];
                while (a < uEnd && b < bEnd) {
                    steps++;
                    int x = targets[a];
                    int y = targets[b];
                    if (x == y) {
                        triangles++;
                    }
                    if (x <= y) {
                        a++;
                    }
                    if (y <= x) {
                        b++;
                    }
                }
            }
        }
        return new Work(triangles, List.of(WorkCount.of(OperationKind.MERGE_STEPS, steps)));
    }

    /**
     * For each oriented edge u-&gt;v, the words of rows u and v from v's own word up to the end
     * of the shorter row (a row ends after its last non-zero word), as
     * {@link BitsetTriangles#count} ANDs them. {@code parallel} splits the same loops over node
     * ranges where it runs bit rows, so its words are the same there.
     *
     * @param variant the variant's name, for the refusal of a matrix over 1 GiB
     */
    static Work bitset(EdgeList graph, String variant) {
        BitsetTriangles.refuseIfTooBig(variant, graph.nodeCount());
        Csr csr = Csr.orientedByDegree(graph);
        int[] offsets = csr.offsets();
        int[] targets = csr.targets();
        int n = csr.nodeCount();
        int wordsPerRow = (n + 63) >>> 6;
        long[] bits = new long[n * wordsPerRow];
        int[] rowEnd = new int[n];
        for (int u = 0; u < n; u++) {
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                int v = targets[i];
                bits[u * wordsPerRow + (v >>> 6)] |= 1L << v;
                rowEnd[u] = (v >>> 6) + 1; // rows are sorted: the last target ends the row
            }
        }
        long triangles = 0;
        long words = 0;
        for (int u = 0; u < n; u++) {
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                int v = targets[i];
                int end = Math.min(rowEnd[u], rowEnd[v]);
                for (int k = v >>> 6; k < end; k++) {
                    words++;
                    triangles += Long.bitCount(bits[u * wordsPerRow + k] & bits[v * wordsPerRow + k]);
                }
            }
        }
        return new Work(triangles, List.of(WorkCount.of(OperationKind.WORDS, words)));
    }
}
