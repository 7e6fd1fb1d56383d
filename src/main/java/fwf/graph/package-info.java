/**
 * Graphs for the triangle workload: reading SNAP edge lists with line-numbered errors
 * ({@link fwf.graph.EdgeListReader}), an immutable CSR {@link fwf.graph.Graph} with subgraphs
 * (first n nodes, ego networks), random generators ({@link fwf.graph.Generators}) and a writer.
 *
 * <p>Everything here produces the {@link fwf.workload.EdgeList} invariants the kernels rely on:
 * dense ids in order of first appearance, no self-loops, no duplicate edges, edges in original
 * order. JDK only, apart from {@code fwf.workload}.
 */
package fwf.graph;
