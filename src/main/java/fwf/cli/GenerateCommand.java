package fwf.cli;

import fwf.graph.EdgeListWriter;
import fwf.graph.Generators;
import fwf.graph.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code fwf generate}: a random graph from {@link Generators}, written as a SNAP edge list that
 * {@code --graph} reads. Every parameter is checked before anything is generated, so a typo costs
 * nothing and never touches an existing file.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a random graph as a SNAP edge list, for --graph.", "",
                "MODEL is holme-kim (preferential attachment that closes triangles, clustered like a social network),"
                        + " barabasi-albert (preferential attachment alone) or erdos-renyi (every pair alike).",
                "All three give about N x M edges: the attachment models link each new node to M earlier ones"
                        + " (exactly M(M+1)/2 + (N-M-1)M edges); erdos-renyi joins each pair with probability"
                        + " 2M/(N-1), so each node has 2M neighbours on average.",
                "The same seed gives the same file, byte for byte."})
final class GenerateCommand implements Callable<Integer> {
    /** The models, in the order the help and the messages name them. */
    static final List<String> MODELS = List.of("holme-kim", "barabasi-albert", "erdos-renyi");
    /** Above this many expected edges the arrays the generators fill would pass what a Java array holds. */
    static final long MAX_EDGES = 500_000_000L;

    @Parameters(index = "0", paramLabel = "MODEL", description = "holme-kim, barabasi-albert or erdos-renyi")
    String model;

    @Option(names = "--nodes", paramLabel = "N", required = true, description = "how many nodes")
    int nodes;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the edge list to write")
    Path out;

    @Option(names = "--edges-per-node", paramLabel = "M", defaultValue = "10",
            description = "edges per node, see above (default: ${DEFAULT-VALUE})")
    int edgesPerNode;

    @Option(names = "--triangle-probability", paramLabel = "P",
            description = "holme-kim only: how often a further link goes to a friend of a friend, 0 to 1 (default: "
                    + Generators.FACEBOOK_LIKE_TRIAD_PROBABILITY + ")")
    Double triangleProbability;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        check();
        PrintWriter err = spec.commandLine().getErr();
        Meter meter = Meter.forTerminal(err, model);
        long start = System.nanoTime();
        Graph graph = switch (model) {
            case "holme-kim" -> Generators.holmeKim(nodes, edgesPerNode, triangleProbability(), seed,
                    done -> meter.show("generating", done, nodes));
            case "barabasi-albert" -> Generators.barabasiAlbert(nodes, edgesPerNode, seed,
                    done -> meter.show("generating", done, nodes));
            default -> Generators.erdosRenyi(nodes, erdosRenyiProbability(nodes, edgesPerNode), seed,
                    done -> meter.show("generating", done, nodes));
        };
        long generated = System.nanoTime();
        EdgeListWriter.writeAtomically(graph, out, done -> meter.show("writing", done, graph.edgeCount()));
        long written = System.nanoTime();
        meter.clear();
        PrintWriter o = spec.commandLine().getOut();
        o.println(String.format(Locale.ROOT, "%s: %s, %,d nodes, %,d edges (generated in %.2f s, written in %.2f s)",
                out, graph.name(), graph.nodeCount(), graph.edgeCount(), (generated - start) / 1e9,
                (written - generated) / 1e9));
        o.flush();
        return 0;
    }

    /**
     * G(n, p) with about {@code n * m} edges: the expected count p n (n-1) / 2 equals n m when
     * p = 2m / (n-1), which is what makes M mean the same for all three models.
     */
    static double erdosRenyiProbability(int n, int m) {
        return n < 2 ? 0 : Math.min(1, 2.0 * m / (n - 1));
    }

    private double triangleProbability() {
        return triangleProbability == null ? Generators.FACEBOOK_LIKE_TRIAD_PROBABILITY : triangleProbability;
    }

    /** Every refusal, each with the message the user sees (exit 2), before any work. */
    private void check() {
        if (!MODELS.contains(model)) {
            throw new IllegalArgumentException("unknown model '" + model + "': choose one of " + String.join(", ", MODELS));
        }
        if (nodes < 2) {
            throw new IllegalArgumentException("--nodes must be at least 2, got " + nodes);
        }
        if (edgesPerNode < 1) {
            throw new IllegalArgumentException("--edges-per-node must be at least 1, got " + edgesPerNode);
        }
        if (triangleProbability != null && !model.equals("holme-kim")) {
            throw new IllegalArgumentException("--triangle-probability is for holme-kim only, not " + model);
        }
        if (triangleProbability != null && !(triangleProbability >= 0 && triangleProbability <= 1)) {
            throw new IllegalArgumentException("--triangle-probability must be between 0 and 1, got "
                    + triangleProbability);
        }
        if (model.equals("erdos-renyi")) {
            // Each node can have at most n-1 neighbours, so at most (n-1)/2 edges of its own.
            if (2L * edgesPerNode > nodes - 1L) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "--edges-per-node %d is too many for %,d nodes: erdos-renyi gives each node 2M neighbours"
                                + " on average, and a node has at most %,d", edgesPerNode, nodes, nodes - 1));
            }
        } else if (nodes <= edgesPerNode) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--nodes %,d is too few for --edges-per-node %d: %s starts from a clique of M + 1 = %,d nodes",
                    nodes, edgesPerNode, model, edgesPerNode + 1L));
        }
        long edges = (long) nodes * edgesPerNode;
        if (edges > MAX_EDGES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%,d nodes x %d edges per node is %,d edges, more than the %,d this generator holds",
                    nodes, edgesPerNode, edges, MAX_EDGES));
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !force) {
            throw new IllegalArgumentException(out + " exists: use --force to replace it");
        }
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + " is a folder");
        }
    }

    /**
     * A one-line bar on a terminal ("generating ██████░░░ 412,000/1,000,000"), redrawn at most
     * ten times a second; nothing on a pipe or a log.
     */
    static final class Meter {
        private static final int WIDTH = 24;
        private static final long REDRAW_NS = 100_000_000L;
        private final PrintWriter err;
        private final String title;
        private long lastDraw = Long.MIN_VALUE;
        private int drawnWidth;

        private Meter(PrintWriter err, String title) {
            this.err = err;
            this.title = title;
        }

        static Meter forTerminal(PrintWriter err, String title) {
            boolean terminal = System.console() != null && System.console().isTerminal();
            return new Meter(terminal ? err : null, title);
        }

        void show(String phase, long done, long total) {
            long now = System.nanoTime();
            if (err == null || now - lastDraw < REDRAW_NS) {
                return;
            }
            lastDraw = now;
            String line = line(title, phase, done, total);
            err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
            err.flush();
            drawnWidth = line.length();
        }

        static String line(String title, String phase, long done, long total) {
            int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, WIDTH * done / total);
            return String.format(Locale.ROOT, "%s: %s %s%s %,d/%,d", title, phase, "█".repeat(filled),
                    "░".repeat(WIDTH - filled), done, total);
        }

        void clear() {
            if (err != null && drawnWidth > 0) {
                err.print("\r" + " ".repeat(drawnWidth) + "\r");
                err.flush();
            }
        }
    }
}
