package fwf.graphview;

import fwf.workload.TriangleSearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Graph tab's status line names the work of the whole search it replays. */
class GraphWorkTest {

    /** K4's naive count examines 59 list elements, its forward merge takes 4 steps (OperationsTest). */
    @Test
    void theWholeSearchsWorkInWords() {
        assertThat(GraphPreparation.work(TriangleSearch.NAIVE, GraphFixtures.k4()))
                .isEqualTo("the whole search: 59 comparisons (list elements examined by the membership tests)");
        assertThat(GraphPreparation.work(TriangleSearch.FORWARD, GraphFixtures.k4()))
                .isEqualTo("the whole search: 4 merge steps (steps of the sorted-merge intersections)");
    }
}
