package fwf.workload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The test-side clean-up must itself keep EdgeList's invariants, or the properties prove nothing. */
class TestGraphsTest {
    @Test
    void dropsSelfLoopsAndDuplicatesAndRenumbersByFirstAppearance() {
        EdgeList graph = TestGraphs.clean(10, 20, 20, 10, 5, 5, 20, 30, 10, 20, 30, 10);
        assertThat(graph.nodeCount()).isEqualTo(3);
        assertThat(graph.from()).containsExactly(0, 1, 2);
        assertThat(graph.to()).containsExactly(1, 2, 0);
        assertThat(TestGraphs.bruteForce(graph)).isEqualTo(1);
    }

    @Test
    void aSelfLoopAloneNumbersNoNode() {
        EdgeList graph = TestGraphs.clean(4, 4, 7, 8);
        assertThat(graph.nodeCount()).isEqualTo(2);
        assertThat(graph.from()).containsExactly(0);
        assertThat(graph.to()).containsExactly(1);
    }
}
