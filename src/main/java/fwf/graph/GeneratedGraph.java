package fwf.graph;

import fwf.workload.Naming;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A Holme-Kim graph the program makes itself ({@link Generators#holmeKim}), named by its four
 * parameters, and the presets the window offers: the Facebook-like stand-in for ego-Facebook
 * and three graphs of 10,000, 100,000 and 1,000,000 nodes for seeing how a cost grows.
 *
 * <p>Friends read graphs from files, and so do runs on a big graph (the window names the file
 * in the run, so its results say which graph they counted): {@link #writeInto} is the one
 * place that writes a generated graph into the cache, once, atomically, so a half-written file
 * is never read and two writers of the same graph cannot spoil it.
 *
 * @param nodes            how many nodes, the seed clique's included
 * @param edgesPerNode     M: each node after the seed clique of M + 1 links to M earlier ones
 * @param triadProbability how often a further link goes to a friend of a friend
 * @param seed             the random seed: the same parameters give the same file, byte for byte
 */
public record GeneratedGraph(int nodes, int edgesPerNode, double triadProbability, long seed) {
    /** The stand-in for ego-Facebook a run without a graph file counts: {@link Generators#facebookLike}, seed 1. */
    public static final GeneratedGraph FACEBOOK_LIKE = new GeneratedGraph(Generators.FACEBOOK_LIKE_NODES,
            Generators.FACEBOOK_LIKE_M, Generators.FACEBOOK_LIKE_TRIAD_PROBABILITY, 1);
    /** Links per node of the bigger presets, {@code fwf generate}'s default M. */
    public static final int GROWTH_EDGES_PER_NODE = 10;
    /**
     * What the window offers, smallest first: the biggest is the largest {@code fwf generate}
     * writes in seconds (about 10 million edges, 125 MB).
     */
    public static final List<GeneratedGraph> PRESETS = List.of(FACEBOOK_LIKE, growth(10_000), growth(100_000),
            growth(1_000_000));
    /** The cache's folder of generated graphs: {@code graphs/} under the cache root. */
    public static final String CACHE_FOLDER = "graphs";

    /** The two steps of {@link #writeInto}, in their order. */
    public enum Phase {
        /** Counting nodes: the generator's progress. */
        GENERATING,
        /** Counting edges: the writer's progress. */
        WRITING
    }

    /** Hears how far {@link #writeInto} is; called on the writing thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (phase, done, total) -> { };

        /** {@code done} of {@code total} nodes (generating) or edges (writing). */
        void at(Phase phase, long done, long total);
    }

    public GeneratedGraph {
        if (edgesPerNode < 1) {
            throw new IllegalArgumentException("edgesPerNode must be >= 1: " + edgesPerNode);
        }
        if (nodes < edgesPerNode + 1) {
            throw new IllegalArgumentException("nodes must be >= edgesPerNode + 1 (the seed clique): nodes="
                    + nodes + ", edgesPerNode=" + edgesPerNode);
        }
        if (!(triadProbability >= 0 && triadProbability <= 1)) {
            throw new IllegalArgumentException("triadProbability must be in [0, 1]: " + triadProbability);
        }
    }

    /** A Holme-Kim graph of {@code nodes} nodes for growth: 10 links per node, the Facebook-like triads, seed 1. */
    public static GeneratedGraph growth(int nodes) {
        return new GeneratedGraph(nodes, GROWTH_EDGES_PER_NODE, Generators.FACEBOOK_LIKE_TRIAD_PROBABILITY, 1);
    }

    /** The preset whose {@link #key()} this is, if any (how the window's settings name it). */
    public static Optional<GeneratedGraph> preset(String key) {
        return PRESETS.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /** The cache's folder of generated graphs under a cache root (the friends' build cache's). */
    public static Path folderIn(Path cacheRoot) {
        return cacheRoot.resolve(CACHE_FOLDER);
    }

    /**
     * Exactly how many edges: the seed clique's M(M+1)/2, then M for each later node (the
     * attachment models never fail to place a link).
     */
    public long edges() {
        long m = edgesPerNode;
        return m * (m + 1) / 2 + (nodes - m - 1) * m;
    }

    /** True for the stand-in for ego-Facebook, which a run generates itself when given no file. */
    public boolean facebookLike() {
        return equals(FACEBOOK_LIKE);
    }

    /** "100,000 nodes, 999,945 edges". */
    public String counts() {
        return Naming.grouped(nodes) + " nodes, " + Naming.grouped(edges()) + " edges";
    }

    /** {@link #counts()}, and for the stand-in "Facebook-like: 4,000 nodes, 87,747 edges". */
    public String label() {
        return facebookLike() ? "Facebook-like: " + counts() : counts();
    }

    /** The parameters in one word, "holme-kim-n100000-m10-pt0.9-seed1": the file's name and the settings' value. */
    public String key() {
        return "holme-kim-n" + nodes + "-m" + edgesPerNode + "-pt"
                + BigDecimal.valueOf(triadProbability).stripTrailingZeros().toPlainString() + "-seed" + seed;
    }

    /** The cache file's name: {@link #key()}{@code .txt}. */
    public String fileName() {
        return key() + ".txt";
    }

    /** Generates the graph, telling {@code progress} the nodes done (see {@link Generators#PROGRESS_STEP}). */
    public Graph generate(Progress progress) {
        return Generators.holmeKim(nodes, edgesPerNode, triadProbability, seed,
                done -> progress.at(Phase.GENERATING, done, nodes));
    }

    /** True when {@code folder} has this graph's file (written whole, as {@link #writeInto} writes). */
    public boolean isWrittenIn(Path folder) {
        return Files.isRegularFile(folder.resolve(fileName()));
    }

    /**
     * Writes this graph as an edge list into {@code folder} unless it is there already, and
     * returns the file. The file appears whole or not at all ({@link EdgeListWriter#writeAtomically}).
     *
     * @param progress  hears the generating (nodes) and the writing (edges), the last call being
     *                  {@code (WRITING, edges, edges)}; not called when the file was there
     * @param cancelled asked at every progress step: once true, the work stops, nothing is left
     *                  behind and a {@link CancellationException} is thrown
     * @throws IOException when the folder or the file cannot be written (disk full, permissions)
     */
    public Path writeInto(Path folder, Progress progress, BooleanSupplier cancelled) throws IOException {
        Path file = folder.resolve(fileName());
        if (Files.isRegularFile(file)) {
            return file;
        }
        stopIf(cancelled);
        Graph graph = generate((phase, done, total) -> {
            stopIf(cancelled);
            progress.at(phase, done, total);
        });
        stopIf(cancelled);
        progress.at(Phase.GENERATING, nodes, nodes);
        EdgeListWriter.writeAtomically(graph, file, done -> {
            stopIf(cancelled);
            progress.at(Phase.WRITING, done, graph.edgeCount());
        });
        return file;
    }

    /** {@link #writeInto(Path, Progress, BooleanSupplier)} with no progress and no cancelling. */
    public Path writeInto(Path folder) throws IOException {
        return writeInto(folder, Progress.NONE, () -> false);
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
    }
}
