package fwf.cli;

import fwf.graph.EdgeListReader;
import fwf.graph.LoadedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fwf.cli.CliTest.fwf;
import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameFileByteForByte() throws IOException {
        for (String model : GenerateCommand.MODELS) {
            Path a = dir.resolve(model + "-a.txt");
            Path b = dir.resolve(model + "-b.txt");
            Path c = dir.resolve(model + "-c.txt");
            assertThat(fwf("generate", model, "--nodes", "2000", "--edges-per-node", "4", "--seed", "7",
                    "--out", a.toString()).exit()).isZero();
            assertThat(fwf("generate", model, "--nodes", "2000", "--edges-per-node", "4", "--seed", "7",
                    "--out", b.toString()).exit()).isZero();
            assertThat(fwf("generate", model, "--nodes", "2000", "--edges-per-node", "4", "--seed", "8",
                    "--out", c.toString()).exit()).isZero();
            assertThat(Files.readAllBytes(b)).as(model).isEqualTo(Files.readAllBytes(a));
            assertThat(Files.readAllBytes(c)).as(model).isNotEqualTo(Files.readAllBytes(a));
        }
    }

    @Test
    void theAttachmentModelsHaveExactlyTheNodesAndEdgesAsked() throws IOException {
        Path file = dir.resolve("hk.txt");
        CliTest.Result r = fwf("generate", "holme-kim", "--nodes", "5000", "--edges-per-node", "6",
                "--triangle-probability", "0.5", "--out", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // M(M+1)/2 + (N-M-1)M = 21 + 4,993 x 6 = 29,979.
        assertThat(r.out()).startsWith(file + ": holme-kim(n=5000,m=6,pt=0.5,seed=1), 5,000 nodes, 29,979 edges"
                + " (generated in ");
        LoadedGraph back = EdgeListReader.read(file);
        assertThat(back.graph().nodeCount()).isEqualTo(5000);
        assertThat(back.graph().edgeCount()).isEqualTo(29_979);
        assertThat(back.summary().duplicateEdges()).isZero();
        assertThat(back.summary().selfLoops()).isZero();
        assertThat(Files.readAllLines(file).subList(0, 4)).containsExactly(
                "# holme-kim(n=5000,m=6,pt=0.5,seed=1)",
                "# Undirected graph, each edge once, in original order",
                "# Nodes: 5000 Edges: 29979",
                "# FromNodeId ToNodeId");

        Path ba = dir.resolve("ba.txt");
        assertThat(fwf("generate", "barabasi-albert", "--nodes", "3000", "--out", ba.toString()).exit()).isZero();
        LoadedGraph baBack = EdgeListReader.read(ba);
        // The default M is 10: 55 + 2,989 x 10.
        assertThat(baBack.graph().nodeCount()).isEqualTo(3000);
        assertThat(baBack.graph().edgeCount()).isEqualTo(29_945);
    }

    @Test
    void erdosRenyiHasTheNodesAskedAndAboutNTimesMEdges() throws IOException {
        Path file = dir.resolve("er.txt");
        CliTest.Result r = fwf("generate", "erdos-renyi", "--nodes", "20000", "--edges-per-node", "5",
                "--out", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // p = 2M/(N-1) = 10/19,999: the expected 100,000 edges, with a standard deviation of about 316.
        assertThat(GenerateCommand.erdosRenyiProbability(20_000, 5)).isEqualTo(10.0 / 19_999);
        String header = Files.readAllLines(file).get(2);
        assertThat(header).startsWith("# Nodes: 20000 Edges: ");
        int edges = EdgeListReader.read(file).graph().edgeCount();
        assertThat(edges).isBetween(98_500, 101_500);
        assertThat(r.out()).contains("20,000 nodes, " + String.format("%,d", edges) + " edges");
    }

    @Test
    void anExistingFileIsKeptWithoutForceAndReplacedWithIt() throws IOException {
        Path file = dir.resolve("keep.txt");
        Files.writeString(file, "0 1\n");
        CliTest.Result r = fwf("generate", "holme-kim", "--nodes", "100", "--out", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: " + file + " exists: use --force to replace it" + NL);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("0 1\n");

        CliTest.Result forced = fwf("generate", "holme-kim", "--nodes", "100", "--out", file.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(EdgeListReader.read(file).graph().edgeCount()).isEqualTo(55 + 89 * 10);
        // Written atomically: no temporary file is left beside it.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("keep.txt");
        }
    }

    @Test
    void badParametersSayWhatIsWrongAndWriteNothing() {
        Path out = dir.resolve("bad.txt");
        String o = out.toString();
        List<List<String>> cases = List.of(
                List.of("small-world", "--nodes", "100", "--out", o),
                List.of("holme-kim", "--nodes", "1", "--out", o),
                List.of("holme-kim", "--nodes", "100", "--edges-per-node", "0", "--out", o),
                List.of("holme-kim", "--nodes", "10", "--edges-per-node", "10", "--out", o),
                List.of("erdos-renyi", "--nodes", "100", "--edges-per-node", "50", "--out", o),
                List.of("erdos-renyi", "--nodes", "100", "--triangle-probability", "0.5", "--out", o),
                List.of("holme-kim", "--nodes", "100", "--triangle-probability", "1.5", "--out", o),
                List.of("holme-kim", "--nodes", "100000000", "--edges-per-node", "6", "--out", o));
        List<String> messages = List.of(
                "unknown model 'small-world': choose one of holme-kim, barabasi-albert, erdos-renyi",
                "--nodes must be at least 2, got 1",
                "--edges-per-node must be at least 1, got 0",
                "--nodes 10 is too few for --edges-per-node 10: holme-kim starts from a clique of M + 1 = 11 nodes",
                "--edges-per-node 50 is too many for 100 nodes: erdos-renyi gives each node 2M neighbours on average,"
                        + " and a node has at most 99",
                "--triangle-probability is for holme-kim only, not erdos-renyi",
                "--triangle-probability must be between 0 and 1, got 1.5",
                "100,000,000 nodes x 6 edges per node is 600,000,000 edges, more than the 500,000,000 this generator"
                        + " holds");
        for (int i = 0; i < cases.size(); i++) {
            List<String> args = new java.util.ArrayList<>(List.of("generate"));
            args.addAll(cases.get(i));
            CliTest.Result r = fwf(args.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).isEqualTo("fwf: " + messages.get(i) + NL);
            assertThat(out).doesNotExist();
        }
        CliTest.Result missing = fwf("generate", "holme-kim", "--nodes", "100");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("fwf: Missing required option: '--out=FILE'");
    }

    @Test
    void theMeterDrawsABarOfTheRightLength() {
        assertThat(GenerateCommand.Meter.line("holme-kim", "writing", 250, 1000))
                .isEqualTo("holme-kim: writing ██████░░░░░░░░░░░░░░░░░░ 250/1,000");
        assertThat(GenerateCommand.Meter.line("er", "generating", 5, 0)).endsWith("████████████████████████ 5/0");
    }
}
