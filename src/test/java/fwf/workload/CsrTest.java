package fwf.workload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsrTest {
    @Test
    void ranksByDegreeThenIdAndPointsEachEdgeUpTheRanking() {
        // A triangle 0-1-2 with a tail 2-3. Degrees 2, 2, 3, 1 give ranks 1, 2, 3, 0.
        Csr csr = Csr.orientedByDegree(TestGraphs.clean(0, 1, 1, 2, 2, 0, 2, 3));
        assertThat(csr.offsets()).containsExactly(0, 1, 3, 4, 4);
        // rank 0 (node 3) -> node 2; rank 1 (node 0) -> nodes 1, 2, sorted; rank 2 -> rank 3.
        assertThat(csr.targets()).containsExactly(3, 2, 3, 3);
    }

    @Test
    void aStarPointsEveryLeafAtItsHubSoTheHubHasNoOutEdges() {
        Csr csr = Csr.orientedByDegree(TestGraphs.clean(0, 1, 0, 2, 0, 3, 0, 4));
        assertThat(csr.offsets()).containsExactly(0, 1, 2, 3, 4, 4);
        assertThat(csr.targets()).containsExactly(4, 4, 4, 4);
    }

    @Test
    void cutsSplitRowsByEdgeCount() {
        // K5: equal degrees, so ranks are ids and rows hold 4, 3, 2, 1, 0 edges.
        Csr csr = Csr.orientedByDegree(TestGraphs.complete(5));
        assertThat(csr.offsets()).containsExactly(0, 4, 7, 9, 10, 10);
        assertThat(csr.cutsByEdges(3)).containsExactly(0, 1, 2, 5);
        assertThat(csr.cutsByEdges(1)).containsExactly(0, 5);
    }

    @Test
    void moreCutsThanNodesLeaveEmptyRangesButCoverEveryNode() {
        Csr csr = Csr.orientedByDegree(TestGraphs.clean(0, 1, 1, 2, 2, 0));
        assertThat(csr.cutsByEdges(8)).containsExactly(0, 0, 0, 1, 1, 1, 1, 1, 3);
        Csr empty = Csr.orientedByDegree(new EdgeList(0, new int[0], new int[0]));
        assertThat(empty.cutsByEdges(4)).containsExactly(0, 0, 0, 0, 0);
    }
}
