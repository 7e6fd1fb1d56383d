package fwf.graph;

import static org.assertj.core.api.Assertions.assertThat;

import fwf.workload.Catalogue;
import fwf.workload.EdgeList;
import fwf.workload.StepKind;
import fwf.workload.StepTrace;
import fwf.workload.TriangleSearch;
import org.junit.jupiter.api.Test;

/** The traces the graph view will record, on the real file: their exact lengths, and that they fit. */
class FacebookStepsTest {

    private static int[] kindCounts(StepTrace trace) {
        int[] counts = new int[StepKind.values().length];
        for (int i = 0; i < trace.size(); i++) {
            counts[trace.kind(i).ordinal()]++;
        }
        return counts;
    }

    @Test
    void egoNetworkOfNodeZero() {
        EdgeList ego = FacebookFile.load().egoNetwork(0).edgeList();
        assertThat(ego.nodeCount()).isEqualTo(348);
        assertThat(ego.edgeCount()).isEqualTo(2866);
        assertThat(Catalogue.TRIANGLES.reference().apply(ego)).isEqualTo(13_259L);

        StepTrace naive = TriangleSearch.NAIVE.trace(ego, StepTrace.MAX_STEPS);
        assertThat(naive.complete()).isTrue();
        assertThat(naive.size()).isEqualTo(103_293);
        // visits, tries (each edge from both ends), far tests, triangles, done
        assertThat(kindCounts(naive)).containsExactly(348, 5_732, 83_953, 13_259, 1);

        StepTrace forward = TriangleSearch.FORWARD.trace(ego, StepTrace.MAX_STEPS);
        assertThat(forward.complete()).isTrue();
        assertThat(forward.size()).isEqualTo(42_455);
        // each edge tried once, from its lower-ranked end
        assertThat(kindCounts(forward)).containsExactly(348, 2_866, 25_981, 13_259, 1);
    }

    @Test
    void theWholeGraphFitsInOneTrace() {
        EdgeList all = FacebookFile.load().edgeList();
        StepTrace naive = TriangleSearch.NAIVE.trace(all, StepTrace.MAX_STEPS);
        assertThat(naive.complete()).isTrue();
        assertThat(naive.size()).isEqualTo(9_869_507);
        assertThat(naive.foundCount()).isEqualTo(1_612_010);
        StepTrace forward = TriangleSearch.FORWARD.trace(all, StepTrace.MAX_STEPS);
        assertThat(forward.complete()).isTrue();
        assertThat(forward.size()).isEqualTo(4_268_273);
        assertThat(forward.foundSoFar(forward.size() - 1)).isEqualTo(1_612_010);
    }
}
