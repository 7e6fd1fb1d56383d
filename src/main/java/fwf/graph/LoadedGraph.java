package fwf.graph;

import java.util.Objects;

/** A graph read from an edge list, with the summary of what the reader found. */
public record LoadedGraph(Graph graph, LoadSummary summary) {
    public LoadedGraph {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(summary, "summary");
    }
}
