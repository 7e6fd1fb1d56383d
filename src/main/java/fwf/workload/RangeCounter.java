package fwf.workload;

/**
 * A prepared fast kernel that can count part of the answer: the triangles whose lowest-ranked
 * corner lies in a range of (rank-space) nodes. Disjoint ranges covering all nodes sum to the
 * total, which is what lets {@link ParallelTriangles} split the work without sharing state.
 */
sealed interface RangeCounter permits ForwardTriangles, BitsetTriangles, VectorBitsetTriangles {
    int nodeCount();

    long count(int fromNode, int toNode);

    default long countAll() {
        return count(0, nodeCount());
    }
}
