package fwf.workload;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The compressed rows handed to the native forward kernel: every edge from both ends, in file order. */
class AdjacencyRowsTest {
    @Test
    void k4InFileOrder() {
        // 1-2 1-3 2-1 (dropped) 1-4 2-3 2-4 3-4, renumbered 0..3 by first appearance
        EdgeList k4 = TestGraphs.clean(1, 2, 1, 3, 2, 1, 1, 4, 2, 3, 2, 4, 3, 4);
        Adjacency.Rows rows = Adjacency.rows(k4);
        assertThat(rows.offsets()).containsExactly(0, 3, 6, 9, 12);
        assertThat(rows.neighbours()).containsExactly(1, 2, 3, 0, 2, 3, 0, 1, 3, 0, 1, 2);
    }

    @Test
    void theRowsAreFileOrderFlattened() {
        // A path 5-9-7 then a triangle 7-3-5: rows grow in the order the edges come.
        EdgeList graph = TestGraphs.clean(5, 9, 9, 7, 7, 3, 3, 5, 5, 7);
        int[][] lists = Adjacency.fileOrder(graph);
        Adjacency.Rows rows = Adjacency.rows(graph);
        assertThat(rows.offsets()).hasSize(graph.nodeCount() + 1);
        assertThat(rows.neighbours()).hasSize(2 * graph.edgeCount());
        IntStream.range(0, graph.nodeCount()).forEach(u -> assertThat(
                Arrays.copyOfRange(rows.neighbours(), rows.offsets()[u], rows.offsets()[u + 1]))
                .as("row %d", u).containsExactly(lists[u]));
        assertThat(rows.neighbours()).containsExactly(1, 3, 2, 0, 2, 1, 3, 0, 2, 0);
    }

    @Test
    void anEmptyGraphHasOnlyTheFirstOffset() {
        Adjacency.Rows rows = Adjacency.rows(new EdgeList(0, new int[0], new int[0]));
        assertThat(rows.offsets()).containsExactly(0);
        assertThat(rows.neighbours()).isEmpty();
    }
}
