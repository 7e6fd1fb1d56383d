package fwf.cli;

import fwf.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;

    /** What one command printed and returned. */
    record Result(int exit, String out, String err) {
    }

    static Result fwf(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** A measuring command with a private journal and a short fixed plan, so tests neither touch the user's results nor wait. */
    Result measure(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--results", dir.resolve("results.jsonl").toString()));
        if (!all.contains("--warmup")) {
            all.addAll(List.of("--warmup", "1", "--iterations", "2"));
        }
        return fwf(all.toArray(String[]::new));
    }

    @Test
    void noArgumentsPrintsTheHelp() {
        Result r = fwf();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: fwf").contains("list").contains("run").contains("sweep").contains("recap");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("list", "run", "trace", "sweep", "recap", "results", "chart", "friends")) {
            Result r = fwf(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: fwf " + command);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void listAsJsonNamesEveryWorkloadVariantAndSystem() {
        Result r = fwf("list", "--format", "json");
        assertThat(r.exit()).isZero();
        Map<String, Object> all = Json.parseObject(r.out().strip());
        List<Map<String, Object>> workloads = (List<Map<String, Object>>) all.get("workloads");
        assertThat(workloads).extracting(w -> w.get("name")).containsExactly("fib", "triangles", "mean");
        List<Map<String, Object>> fib = (List<Map<String, Object>>) workloads.getFirst().get("variants");
        assertThat(fib).extracting(v -> v.get("name")).containsExactly("primitive", "primitive-n1-first", "boxed", "dynamic", "dynamic-deopt", "looped", "memo", "iterative");
        assertThat(fib).allSatisfy(v -> assertThat((String) v.get("lesson")).isNotBlank());
        List<Map<String, Object>> systems = (List<Map<String, Object>>) all.get("systems");
        assertThat(systems).extracting(s -> s.get("name")).startsWith("jvm-int", "jvm-c1", "jvm-c2", "jvm-c2-only")
                .contains("cpython", "pypy", "cython", "mypyc", "pyo3", "numba", "graalpy", "c", "rust", "ffm-c", "ffm-rust",
                        "mojo");
        Map<String, Object> mojo = systems.stream().filter(s -> s.get("name").equals("mojo")).findFirst().orElseThrow();
        assertThat(mojo).containsEntry("available", false);
        assertThat((String) mojo.get("reason")).startsWith("no Mojo toolchain can be installed on this machine");
        assertThat(systems.getFirst()).containsEntry("available", true).containsKeys("version", "reason");
    }

    @Test
    void listAsTextMarksTheDefault() {
        Result r = fwf("list");
        assertThat(r.out()).contains("fib (size: n)").containsPattern("\\* primitive +\\S")
                .contains("triangles").contains("naive-boxed").contains("mean").contains("vector")
                .containsPattern("jvm-int +available +Java 25");
    }

    @Test
    @SuppressWarnings("unchecked")
    void runAsJsonHasEveryField() {
        Result r = measure("run", "fib", "--size", "20", "--variant", "boxed", "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        Map<String, Object> o = Json.parseObject(r.out().strip());
        assertThat(o).containsEntry("workload", "fib").containsEntry("variant", "boxed").containsEntry("size", 20L)
                .containsEntry("system", "jvm-c2").containsEntry("answer", "6765").containsEntry("verified", true)
                .containsEntry("status", "ok").containsEntry("iterations", 2L)
                .containsKeys("median_ns", "min_ns", "max_ns", "mean_ns", "stddev_ns", "ci99_ns", "environment");
        assertThat((Long) o.get("load_ns")).isPositive();
        assertThat((Long) o.get("compute_ns")).isPositive().isEqualTo(o.get("median_ns"));
        assertThat((Long) o.get("min_ns")).isLessThanOrEqualTo((Long) o.get("max_ns"));
        Map<String, Object> env = (Map<String, Object>) o.get("environment");
        assertThat(env).containsEntry("system", "jvm-c2").containsKeys("jvm", "jvm_flags", "cpu", "cores", "os", "time");
        assertThat((List<String>) env.get("jvm_flags")).contains("--add-modules=jdk.incubator.vector");
    }

    @Test
    void runAsTextReadsLikeHyperfine() {
        Result r = measure("run", "fib", "--size", "25", "--warmup", "1", "--iterations", "3");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern(
                "^fib\\(25\\) primitive on jvm-c2: [0-9.]+ (ns|us|ms|s) ± [0-9.]+ \\1 \\[min [0-9.]+, max [0-9.]+\\], 3 runs, answer 75025 verified\\R  load ");
    }

    @Test
    void aSingleRunShowsNoSpread() {
        Result r = measure("run", "fib", "--size", "20", "--warmup", "1", "--iterations", "1");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("^fib\\(20\\) primitive on jvm-c2: [0-9.]+ (ns|us|ms|s), 1 run, answer 6765 verified\\R");
    }

    @Test
    void runAppendsToTheJournalAndResultsListsIt() {
        measure("run", "fib", "--size", "15");
        measure("run", "fib", "--size", "16", "--system", "jvm-c1");
        Result r = fwf("results", "list", "--results", dir.resolve("results.jsonl").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("fib\\(15\\) +primitive +jvm-c2 +\\S+ \\S+ +ok")
                .containsPattern("fib\\(16\\) +primitive +jvm-c1 +\\S+ \\S+ +ok").endsWith("2 results" + System.lineSeparator());
    }

    @Test
    void resultsExportWritesEachFormat() throws IOException {
        measure("run", "fib", "--size", "15");
        Path journal = dir.resolve("results.jsonl");
        for (String format : List.of("csv", "json", "md", "jmh")) {
            Path file = dir.resolve("out." + format);
            Result r = fwf("results", "export", "--format", format, "--out", file.toString(), "--results", journal.toString());
            assertThat(r.exit()).as(format + r.err()).isZero();
            assertThat(r.out()).startsWith("wrote " + file + " (1 results");
            assertThat(Files.readString(file)).as(format).contains(format.equals("md") ? "fib(15)" : "fib");
        }
        Result bad = fwf("results", "export", "--format", "xml", "--results", journal.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("fwf: unknown export format 'xml': choose one of csv, json, md, jmh");
    }

    @Test
    void theMarkdownExportIsTheTalksTableWithTheBaselineAndTimingAsked() throws IOException {
        measure("run", "fib", "--size", "15");
        measure("run", "fib", "--size", "15", "--system", "jvm-c1");
        String journal = dir.resolve("results.jsonl").toString();
        Result r = fwf("results", "export", "--format", "md", "--baseline", "jvm-c1", "--timing", "warm", "--results", journal);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("The talk's table, measured here (fib(15)); warm: the median of the measured"
                        + " iterations; relative: time over Java C1's (smaller is faster), relative mean: the mean of the two.")
                .contains("| system           | time fib(15) | time triangles | relative fib | relative triangles | relative mean |")
                .containsPattern("\\n\\| Java C1 +\\| +\\S+ \\S+ \\| +\\| +1\\.00 \\|")
                .contains("The talk's own figures");
        Result cold = fwf("results", "export", "--format", "md", "--results", journal);
        assertThat(cold.out()).contains("); cold: one call in a fresh process, its warm-up included, as the talk timed it;"
                + " relative: time over Java C1's");
        Result noRow = fwf("results", "export", "--format", "md", "--baseline", "cpython", "--results", journal);
        assertThat(noRow.exit()).isEqualTo(2);
        assertThat(noRow.err()).startsWith("fwf: no results for baseline 'cpython' (rows: jvm-c1, jvm-c2)");
        Result badTiming = fwf("results", "export", "--format", "md", "--timing", "hot", "--results", journal);
        assertThat(badTiming.exit()).isEqualTo(2);
        assertThat(badTiming.err()).startsWith("fwf: unknown timing 'hot': choose cold or warm");
    }

    @Test
    void recapRunsEachSystemsTalkVariantAndRefusesABaselineItWillNotRun() throws IOException {
        Result refused = measure("recap", "--quick", "--system", "jvm-c2", "--baseline", "cpython");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).startsWith("fwf: the baseline 'cpython' is not among the systems to run (jvm-c2)");
        assertThat(dir.resolve("results.jsonl")).doesNotExist();

        Path graph = fwf.graph.FacebookFile.path();
        Result r = fwf("recap", "--quick", "--system", "jvm-c2,jvm-c1", "--baseline", "jvm-c1", "--graph", graph.toString(),
                "--results", dir.resolve("results.jsonl").toString(), "--out", dir.resolve("recap.md").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("fib(30) primitive on jvm-c2").contains("triangles (1,000 nodes) naive-primitive on jvm-c2")
                .contains("draw-mean on jvm-c2");
        assertThat(r.out()).startsWith("The talk's table, measured here (fib(30) and the naive triangle count on"
                + " facebook_combined.txt (1,000 nodes)); cold:")
                .contains("Mean of 1,000,000 float32 (draw-mean, five rounds, all timed)")
                .containsPattern("\\| Java C2 \\(tiered\\) +\\| +draw-mean \\| +\\S+ \\S+ \\| +\\S+ \\| +5 \\|")
                .doesNotContain("†");
        assertThat(Files.readString(dir.resolve("recap.md"))).isEqualTo(r.out());
    }

    @Test
    void runTrianglesOnAFile() throws IOException {
        Path file = dir.resolve("k4.txt");
        Files.writeString(file, "# K4\n1 2\n1 3\n1 4\n2 3\n2 4\n3 4\n");
        for (String variant : List.of("naive-primitive", "naive-boxed", "hashset", "forward", "bitset", "bitset-vector",
                "parallel")) {
            Result r = measure("run", "triangles", "--graph", file.toString(), "--variant", variant, "--format", "json");
            assertThat(r.exit()).as(variant + r.err()).isZero();
            assertThat(Json.parseObject(r.out().strip())).as(variant).containsEntry("answer", "4")
                    .containsEntry("verified", true).containsEntry("size", 4L);
        }
    }

    @Test
    void sweepPrintsTheGrowthPerStep() {
        Result r = measure("sweep", "fib", "--sizes", "10..20:5", "--system", "jvm-c2");
        assertThat(r.exit()).as(r.err()).isZero();
        // The table's header and three rows, then the growth fitted over the three sizes.
        assertThat(r.out().lines().toList()).hasSize(5);
        assertThat(r.out()).containsPattern("growth jvm-c2 +primitive +time ~ [0-9.]+\\^n \\(least squares over 3 sizes\\)")
                .containsPattern("jvm-c2 +primitive +10 +\\S+ \\S+ +ok")
                .containsPattern("jvm-c2 +primitive +15 +\\S+ \\S+ +×[0-9.]+ +ok")
                .containsPattern("jvm-c2 +primitive +20 +\\S+ \\S+ +×[0-9.]+ +ok");
        Result bad = fwf("sweep", "fib", "--sizes", "40..20");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("fwf: --sizes '40..20' is not FROM..TO:STEP (e.g. 20..40:5) nor a list of sizes (e.g. 10,20,35)");
    }

    @Test
    void unknownNamesAreBadInput() {
        Result r = fwf("run", "fibonacci");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: unknown workload 'fibonacci': choose one of fib, triangles, mean" + System.lineSeparator());
        r = fwf("run", "fib", "--variant", "fast");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("fwf: unknown variant 'fast' of fib on jvm-c2: choose one of primitive, primitive-n1-first, boxed, dynamic, dynamic-deopt, looped, memo, iterative");
        r = fwf("run", "fib", "--system", "jvm-c3");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("fwf: unknown system 'jvm-c3': choose one of jvm-int, jvm-c1, jvm-c2, jvm-c2-only, jvm-graal, cpython");
    }

    @Test
    void badSizesAreRefusedWithAMessage() {
        Result r = measure("run", "fib", "--size", "-3");
        assertThat(r.exit()).isEqualTo(2);
        // Deliberately changed (issue 13): 0 no longer means the default on the command line.
        assertThat(r.err()).startsWith("fwf: --size must be at least 1 (leave it out for the default: 40), got -3");
        r = measure("run", "fib", "--size", "93");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("fib(93) primitive on jvm-c2: FAILED");
        assertThat(r.err()).startsWith("fwf: fib(93) primitive on jvm-c2: failed: fib(93) does not fit in a long (the largest is fib(92))");
        r = fwf("run", "fib", "--size", "ten");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'ten' is not an int");
    }

    @Test
    void aMissingOrBrokenGraphFileIsBadInput() throws IOException {
        Result r = measure("run", "triangles", "--graph", dir.resolve("nope.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: " + dir.resolve("nope.txt") + ": no such file" + System.lineSeparator());
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "1 2\n3 x\n");
        r = measure("run", "triangles", "--graph", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: bad.txt:2: not an integer node id \"x\": \"3 x\"" + System.lineSeparator());
    }
}
