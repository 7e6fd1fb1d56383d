package fwf.cli;

import fwf.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static fwf.cli.CliTest.fwf;
import static org.assertj.core.api.Assertions.assertThat;

/** A run of parallel on a graph too big for its bit matrix: it counts, verified, and names the kernel it ran. */
class ParallelFallbackRunTest {
    private static final String NOTE = "parallel ran the forward kernel on 64 node ranges: a bit matrix for 100,000"
            + " nodes would need 1,193 MiB, over the 1 GiB limit";

    @TempDir
    Path dir;

    @Test
    void theResultNamesTheKernelParallelRan() {
        Path graph = dir.resolve("big.txt");
        CliTest.Result made = fwf("generate", "holme-kim", "--nodes", "100000", "--edges-per-node", "2",
                "--out", graph.toString());
        assertThat(made.exit()).as(made.err()).isZero();
        String journal = dir.resolve("results.jsonl").toString();

        CliTest.Result json = fwf("run", "triangles", "--variant", "parallel", "--graph", graph.toString(),
                "--warmup", "1", "--iterations", "2", "--results", journal, "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        Map<String, Object> result = Json.parseObject(json.out().strip());
        assertThat(result).containsEntry("verified", true).containsEntry("size", 100_000L);
        // After the statistics' own warnings (a busy machine may add "spread is wide"), the kernel's note.
        assertThat(((List<?>) result.get("warnings")).getLast()).isEqualTo(NOTE);

        CliTest.Result text = fwf("run", "triangles", "--variant", "parallel", "--graph", graph.toString(),
                "--warmup", "1", "--iterations", "2", "--results", journal);
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("verified").contains("  warning: " + NOTE);
    }
}
