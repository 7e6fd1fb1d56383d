package fwf.workload;

/**
 * The input of {@code triangles}: a simple undirected graph as the edges appear in the file.
 *
 * <p>Invariants (the {@code graph} package guarantees them; kernels rely on them): node ids
 * are dense, {@code 0..nodeCount-1}, numbered in order of first appearance in the file (the
 * talk's dict orders its keys differently, see {@link Adjacency#talk}); there are no
 * self-loops and no duplicate edges (in either direction); {@code from[i]}--{@code to[i]} is
 * the i-th edge in file order. Arrays are shared, not copied: never write to them.
 */
public record EdgeList(int nodeCount, int[] from, int[] to) {
    public EdgeList {
        if (nodeCount < 0) {
            throw new IllegalArgumentException("nodeCount < 0: " + nodeCount);
        }
        if (from.length != to.length) {
            throw new IllegalArgumentException("from and to differ in length");
        }
    }

    public int edgeCount() {
        return from.length;
    }
}
