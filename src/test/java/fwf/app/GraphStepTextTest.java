package fwf.app;

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
            lines.add(GraphStepText.describe(GraphRoles.at(trace, i), triangle, trace.foundCount()));
        }
        assertThat(lines).containsExactly(
                "before the first step",
                "visit node 10",
                "try neighbour 20 of node 10",
                "skip far neighbour 10: already seen",
                "test far neighbour 30 (through 20)",
                "found triangle 10, 20, 30",
                "try neighbour 30 of node 10",
                // Neighbours come in file order: node 30's are 20 (line 2), then 10 (line 3).
                "skip far neighbour 20: already seen",
                "skip far neighbour 10: already seen",
                "visit node 20",
                "skip neighbour 10: already visited",
                "try neighbour 30 of node 20",
                "skip far neighbour 20: already seen",
                "skip far neighbour 10: already seen",
                "visit node 30",
                "skip neighbour 20: already visited",
                "skip neighbour 10: already visited",
                "done: 1 triangle");
        assertThat(GraphRoles.at(trace, 4).kind()).isEqualTo(StepKind.FOUND_TRIANGLE);
    }
}
