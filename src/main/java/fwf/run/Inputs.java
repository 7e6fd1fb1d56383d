package fwf.run;

import fwf.graph.EdgeListReader;
import fwf.graph.GeneratedGraph;
import fwf.graph.Generators;
import fwf.graph.Graph;
import fwf.workload.InputSource;
import fwf.workload.Workload;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds a workload's input from a size, as its {@link InputSource} says, and for a workload
 * that reads a graph, from a graph file.
 *
 * <p>Without a file the triangle count runs on a generated Facebook-like graph, so the
 * program works with no data at all; the seed is fixed so every process sees the same graph.
 */
public final class Inputs {
    /** Seed of the generated stand-in for ego-Facebook, the one friends read from the cache too. */
    public static final long GENERATED_GRAPH_SEED = GeneratedGraph.FACEBOOK_LIKE.seed();

    private Inputs() {
    }

    /**
     * @param size  0 for the workload's default
     * @param graph an edge-list file for triangles, or null for the generated graph
     * @throws IllegalArgumentException for a size the workload cannot take, with a message for the user
     * @throws IOException              when the graph cannot be read (a {@code GraphFormatException} names the line)
     */
    public static LoadedInput load(Workload<?> workload, int size, Path graph) throws IOException {
        if (size < 0) {
            throw new IllegalArgumentException("--size must be >= 0 (0 means the default), got " + size);
        }
        long start = System.nanoTime();
        return switch (workload.input()) {
            case InputSource.Sized<?> sized -> {
                int effective = size == 0 ? workload.defaultSize() : size;
                yield new LoadedInput(sized.build().apply(effective), sized.describe().apply(effective), effective,
                        System.nanoTime() - start);
            }
            case InputSource.GraphFile file -> graph(size, graph, start);
        };
    }

    /**
     * The whole graph a request of the triangle count reads: the file, or the generated stand-in
     * when it is null. Also read, untimed, by the growth fits ({@link GrowthScale}) to count the
     * edges of a size.
     */
    public static Graph wholeGraph(Path file) throws IOException {
        return file == null ? Generators.facebookLike(GENERATED_GRAPH_SEED) : EdgeListReader.read(file).graph();
    }

    private static LoadedInput graph(int size, Path file, long start) throws IOException {
        Graph full = wholeGraph(file);
        Graph g = full;
        if (size > 0) {
            if (size > full.nodeCount()) {
                throw new IllegalArgumentException("--size " + size + " is more nodes than "
                        + full.name() + " has (" + full.nodeCount() + ")");
            }
            g = full.firstNodes(size);
        }
        long readNs = System.nanoTime() - start;
        String what = String.format("%s, %,d nodes, %,d edges", g.name(), g.nodeCount(), g.edgeCount());
        return new LoadedInput(g.edgeList(), what, g.nodeCount(), readNs);
    }
}
