package fwf.workload;

import java.util.stream.IntStream;

/**
 * The fastest sequential kernel, split into node ranges of about equal edge counts and summed
 * on the common fork/join pool. Each range returns its own partial count, so threads share
 * only read-only arrays.
 */
final class ParallelTriangles {
    /** Many more ranges than cores, so a slow range does not leave the other cores idle. */
    private static final int PARTS = 64;

    private ParallelTriangles() {
    }

    static Computation prepare(EdgeList graph) {
        Csr csr = Csr.orientedByDegree(graph);
        RangeCounter kernel = new ForwardTriangles(csr);
        int[] cuts = csr.cutsByEdges(PARTS);
        return () -> IntStream.range(0, PARTS)
                .parallel()
                .mapToLong(p -> kernel.count(cuts[p], cuts[p + 1]))
                .sum();
    }
}
