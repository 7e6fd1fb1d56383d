package fwf.graphview;

import fwf.graph.Graph;
import fwf.workload.StepKind;
import fwf.workload.StepTrace;
import fwf.workload.TriangleSearch;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GraphStepTextTest {
    @Test
    void everyKindOfStepReadsAsASentenceNamingNodesByLabel() {
        // Labels 10, 20, 30 so ids (0, 1, 2) and labels differ.
        Graph triangle = GraphFixtures.graph("triangle", "10 20\n20 30\n10 30\n");
        StepTrace trace = GraphFixtures.trace(triangle, TriangleSearch.NAIVE);
        List<String> lines = new ArrayList<>();
        for (int i = -1; i < trace.size(); i++) {
            lines.add(GraphStepText.describe(GraphRoles.at(trace, i), triangle, trace.search(), trace.foundCount()));
        }
        assertThat(lines).containsExactly(
                "before the first step",
                // The talk's two-pass load gives 10:[20,30] 20:[30,10] 30:[20,10], keys 10, 20, 30.
                "visit node 10",
                "try neighbour 20 of node 10",
                "test far neighbour 30 (through 20)",
                "found triangle 10, 20, 30",
                // 10 is not in visited while its own neighbours are searched
                "test far neighbour 10 (through 20)",
                "try neighbour 30 of node 10",
                "skip far neighbour 20: in neighbors_visited",
                "test far neighbour 10 (through 30)",
                "visit node 20",
                "try neighbour 30 of node 20",
                "test far neighbour 20 (through 30)",
                "skip far neighbour 10: already visited",
                "skip neighbour 10: already visited",
                "visit node 30",
                "skip neighbour 20: already visited",
                "skip neighbour 10: already visited",
                "done: 1 triangle");
        assertThat(GraphRoles.at(trace, 3).kind()).isEqualTo(StepKind.FOUND_TRIANGLE);
    }
}
