package fwf.run;

import fwf.graph.Graph;
import fwf.workload.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What a workload's growth is fitted against: each size in the fit's unit. For the triangle count
 * that is the edges among the first N nodes of the graph, the work's real measure (the first
 * nodes of ego-Facebook are far denser than its last); for the others the size itself (fib's n,
 * the mean's elements). The command line's {@code sweep} and the window's Growth tab both use it.
 *
 * <p>Made by {@link #of}, which reads the graph once, untimed (seconds for a graph of millions
 * of edges: never on the FX thread); then {@link #size} counts a size's edges once and keeps
 * the count. Safe to share between threads.
 */
public final class GrowthScale {
    private final Workload<?> workload;
    private final String unit;
    /** The whole graph whose first nodes are counted, or null when the sizes stand as they are. */
    private final Graph graph;
    private final Map<Integer, Double> counted = new HashMap<>();

    private GrowthScale(Workload<?> workload, String unit, Graph graph) {
        this.workload = workload;
        this.unit = unit;
        this.graph = graph;
    }

    /**
     * The scale of a workload's runs on {@code graphFile} (null: the generated graph). A graph
     * that cannot be read here leaves the sizes in nodes, and so does a file that is not a regular
     * file (a FIFO is read only by the runner: reading it here would take its data away).
     */
    public static GrowthScale of(Workload<?> workload, Path graphFile) {
        if (!workload.readsGraph()) {
            return new GrowthScale(workload, workload.sizeRule().label(), null);
        }
        Graph graph;
        try {
            graph = graphFile == null || Files.isRegularFile(graphFile) ? Inputs.wholeGraph(graphFile) : null;
        } catch (IOException | RuntimeException e) {
            graph = null; // the runs say why; the fit falls back to nodes
        }
        return new GrowthScale(workload, graph == null ? "nodes" : "edges", graph);
    }

    /** "edges", "nodes", "elements" or "n": the name the fit's formula gives the size. */
    public String unit() {
        return unit;
    }

    /**
     * A request's size in this scale's unit: the edges among the first {@code size} nodes (all
     * nodes for 0), else the size itself (the workload's default for 0). A size past the graph's
     * nodes (a run that failed) stays as it is.
     */
    public synchronized double size(int size) {
        if (graph == null) {
            return size == 0 ? workload.defaultSize() : size;
        }
        int nodes = size == 0 ? graph.nodeCount() : size;
        if (nodes > graph.nodeCount()) {
            return size;
        }
        return counted.computeIfAbsent(nodes, n -> (double) graph.firstNodes(n).edgeCount());
    }
}
