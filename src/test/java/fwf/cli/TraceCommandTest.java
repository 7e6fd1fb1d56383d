package fwf.cli;

import fwf.cli.CliTest.Result;
import fwf.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fwf trace}: the answer and the counts, as text and as JSON, and its one-line refusals. */
class TraceCommandTest {
    @TempDir
    Path dir;

    /** K4 as a file: its naive count examines 59 list elements (worked out in OperationsTest). */
    private Path k4() throws IOException {
        Path file = dir.resolve("k4.txt");
        Files.writeString(file, "0 1\n0 2\n0 3\n1 2\n1 3\n2 3\n");
        return file;
    }

    @Test
    void jsonIsOneObjectWithTheCountsUnderTheirNames() throws IOException {
        Result r = CliTest.fwf("trace", "triangles", "--graph", k4().toString(), "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        Map<String, Object> o = Json.parseObject(r.out().strip());
        assertThat(o).containsExactlyEntriesOf(linked(
                "workload", "triangles", "variant", "naive-primitive", "size", 4L, "input", "k4.txt, 4 nodes, 6 edges",
                "answer", "4", "operation", "comparisons", "comparisons", 59L, "comparisons_far_loop", 45L,
                "comparisons_neighbor_test", 14L));
    }

    @Test
    void eachVariantHasItsCount() throws IOException {
        String graph = k4().toString();
        assertThat(json("trace", "triangles", "--graph", graph, "--variant", "hashset")).containsEntry("lookups", 54L);
        assertThat(json("trace", "triangles", "--graph", graph, "--variant", "forward")).containsEntry("merge_steps", 4L);
        assertThat(json("trace", "triangles", "--graph", graph, "--variant", "bitset")).containsEntry("words", 3L);
        assertThat(json("trace", "triangles", "--graph", graph, "--variant", "typed")).containsEntry("comparisons", 59L);
        assertThat(json("trace", "fib", "--size", "40")).containsEntry("answer", "102334155")
                .containsEntry("calls", 331_160_281L).containsEntry("variant", "primitive");
        assertThat(json("trace", "fib", "--variant", "looped")).containsEntry("calls", 165_580_141L)
                .containsEntry("size", 40L);
        assertThat(json("trace", "mean", "--size", "1000", "--variant", "numpy")).containsEntry("elements", 1000L);
    }

    @Test
    void textGivesTheAnswerAndEachCountOnALine() throws IOException {
        Result r = CliTest.fwf("trace", "triangles", "--graph", k4().toString());
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("triangles naive-primitive: k4.txt, 4 nodes, 6 edges");
        assertThat(lines.get(1)).isEqualTo("  answer                     4");
        assertThat(lines.get(2)).isEqualTo("  comparisons                59: list elements examined by the membership tests");
        assertThat(lines.get(3)).startsWith("  comparisons_far_loop       45: of them, by the three tests of the far-neighbour loop");
        assertThat(lines.get(4)).startsWith("  comparisons_neighbor_test  14: of them, by the neighbour-not-in-visited test");
        assertThat(lines.get(5)).matches("  traced in \\d+\\.\\d\\d s \\(an untimed replay: counts, not speed\\)");
        Result fib = CliTest.fwf("trace", "fib");
        assertThat(fib.out()).contains("  calls   331,160,281 (331.2 M): calls of the function, the first one included");
    }

    @Test
    void refusalsAreOneLineWithExitCode2() throws IOException {
        String graph = k4().toString();
        assertRefused(new String[] {"trace", "triangles", "--graph", graph, "--variant", "quick"},
                "fwf: unknown variant 'quick' of triangles: choose one of naive-primitive, naive-boxed, hashset,"
                        + " forward, bitset, bitset-vector, parallel, naive, typed, naive-hashmap");
        assertRefused(new String[] {"trace", "triangles", "--graph", graph, "--variant", "naive-hashmap"},
                "fwf: PyO3's naive-hashmap iterates a Rust HashMap in its own order, seeded at random in every process,"
                        + " and the naive count's work depends on the order of the nodes: it has no fixed count (its"
                        + " naive twin, the same count in the talk's order, has one)");
        assertRefused(new String[] {"trace", "triangles", "--graph", graph, "--size", "5"},
                "fwf: --size 5 is more nodes than k4.txt has (4)");
        assertRefused(new String[] {"trace", "fib", "--size", "-3"},
                "fwf: --size must be >= 0 (0 means the default), got -3");
        assertRefused(new String[] {"trace", "fib", "--size", "93"},
                "fwf: fib(93) does not fit in a long (the largest is fib(92)); use the dynamic, memo or iterative variant");
        assertRefused(new String[] {"trace", "fib", "--variant", "dynamic", "--size", "95"},
                "fwf: fib(95) makes more calls than a 64-bit count holds; the largest n counted is 89");
        Path missing = dir.resolve("missing.txt");
        assertRefused(new String[] {"trace", "triangles", "--graph", missing.toString()}, "fwf: " + missing + ": no such file");
        assertRefused(new String[] {"trace", "sort"}, "fwf: unknown workload 'sort': choose one of fib, triangles, mean");
        assertRefused(new String[] {"trace", "mean", "--variant", "draw-mean"},
                "fwf: draw-mean's rounds draw their numbers as well as sum them, and no replay counts the drawing;"
                        + " the mean variants count the values they sum");
    }

    /** A run of a variant with a count carries it, and its rate over the median time. */
    @Test
    void runAsJsonAddsOperationsAndTheirRate() throws IOException {
        Result r = CliTest.fwf("run", "triangles", "--graph", k4().toString(), "--format", "json", "--warmup", "1",
                "--iterations", "2", "--results", dir.resolve("results.jsonl").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, Object> o = Json.parseObject(r.out().strip());
        assertThat(o).containsEntry("variant", "naive-primitive").containsEntry("operation", "comparisons")
                .containsEntry("operations", 59L);
        double perSecond = (Double) o.get("operations_per_s");
        assertThat(perSecond).isCloseTo(59 / ((Long) o.get("median_ns") / 1e9), org.assertj.core.data.Percentage.withPercentage(1e-9));
        // the journal keeps the count
        assertThat(Files.readString(dir.resolve("results.jsonl"))).contains("\"operations\":59");
    }

    /** The mean counts its values; fib's text line gives its calls and their rate. */
    @Test
    void runShowsTheWorkOfOtherWorkloads() {
        Result r = CliTest.fwf("run", "mean", "--size", "1000", "--variant", "loop", "--format", "json", "--warmup", "1",
                "--iterations", "2", "--results", dir.resolve("results.jsonl").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Json.parseObject(r.out().strip())).containsEntry("operations", 1000L).containsKey("operations_per_s");
        Result text = CliTest.fwf("run", "fib", "--size", "20", "--warmup", "1", "--iterations", "2",
                "--results", dir.resolve("results.jsonl").toString());
        assertThat(text.out()).contains("\n  21.89 k calls, ").containsPattern("k calls, [0-9.]+ [kMG]/s");
    }

    /** A result without a count (a friend's hashset, PyO3's naive-hashmap) has neither field nor line. */
    @Test
    void aResultWithoutACountHasNoOperations() {
        fwf.run.Environment env = new fwf.run.Environment("pyo3", "1", "", List.of(), "cpu", 2, "Linux",
                java.time.Instant.parse("2026-12-05T10:00:00Z"), "dev");
        List<Long> samples = List.of(2_000_000L, 3_000_000L);
        fwf.run.Measurement m = new fwf.run.Measurement("m1", fwf.run.RunRequest.ofNames("triangles", "naive-hashmap",
                "pyo3", 4, null, new fwf.run.Plan(1, 2, 1), List.of(), null), fwf.run.Status.OK, "4", "4", 10,
                List.of(), samples, fwf.run.Stats.of(samples), env, null, List.of());
        assertThat(Report.json(m)).doesNotContainKeys("operation", "operations", "operations_per_s");
        assertThat(Report.text(m)).doesNotContain("comparisons").doesNotContain("/s");
        fwf.run.Measurement counted = m.withOperations(59L);
        assertThat(Report.json(counted)).containsEntry("operations", 59L).containsEntry("operations_per_s", 59 / 2.5e-3)
                .containsEntry("operation", null);
        assertThat(Report.text(counted)).contains("\n  59 operations, 23.60 k/s");
    }

    private static void assertRefused(String[] args, String message) {
        Result r = CliTest.fwf(args);
        assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(message + System.lineSeparator());
    }

    private static Map<String, Object> json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json"));
        Result r = CliTest.fwf(all.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return Json.parseObject(r.out().strip());
    }

    private static Map<String, Object> linked(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
