package fwf.graphview;

import fwf.graph.Graph;
import fwf.workload.TriangleSearch;

import java.util.Locale;

/** One step of a search in words, naming nodes by their labels in the file. */
final class GraphStepText {
    private GraphStepText() {
    }

    /**
     * What {@code search} does at {@code roles}: "visit node 0", "try neighbour 12 of node 0",
     * "skip neighbour 12: already visited", "test far neighbour 45 (through 12)", "skip far
     * neighbour 45: in neighbors_visited", "found triangle 0, 12, 45", "done: 13,259 triangles"
     * ("1 triangle"). A skip gives the search's own reason for its line.
     */
    static String describe(GraphRoles roles, Graph graph, TriangleSearch search, int foundTotal) {
        if (roles.kind() == null) {
            return "before the first step";
        }
        String why = roles.skipped() ? ": " + search.skipReason(roles.line()).orElseThrow() : "";
        return switch (roles.kind()) {
            case VISIT_NODE -> "visit node " + graph.label(roles.node());
            case TRY_NEIGHBOUR -> roles.skipped()
                    ? "skip neighbour " + graph.label(roles.neighbour()) + why
                    : "try neighbour " + graph.label(roles.neighbour()) + " of node " + graph.label(roles.node());
            case TEST_FAR_NEIGHBOUR -> roles.skipped()
                    ? "skip far neighbour " + graph.label(roles.far()) + why
                    : "test far neighbour " + graph.label(roles.far()) + " (through " + graph.label(roles.neighbour()) + ")";
            case FOUND_TRIANGLE -> "found triangle " + graph.label(roles.node()) + ", "
                    + graph.label(roles.neighbour()) + ", " + graph.label(roles.far());
            case DONE -> String.format(Locale.ROOT, "done: %,d triangle%s", foundTotal, foundTotal == 1 ? "" : "s");
        };
    }
}
