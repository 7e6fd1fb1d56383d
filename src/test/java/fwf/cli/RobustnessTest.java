package fwf.cli;

import fwf.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's classes, each as the hostile user met it: every run ends, and every message is one
 * line with an exit code from the README's table.
 */
class RobustnessTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    /** A measuring command with a private journal; the plan is left adaptive unless the arguments say otherwise. */
    private CliTest.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(List.of(args));
        all.addAll(List.of("--results", dir.resolve("results.jsonl").toString()));
        return CliTest.fwf(all.toArray(String[]::new));
    }

    // ------------------------------------------------ the adaptive plan and a kernel too fast for the clock

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anEdgeListWithNoEdgesEndsWithTheAdaptivePlan() throws IOException {
        Path comments = Files.writeString(dir.resolve("comments.txt"), "# no edges at all\n# only comments\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        for (Path graph : List.of(comments, empty)) {
            for (String variant : List.of("naive-boxed", "hashset", "forward")) {
                // Before: each of these spun in its warm-up until the timeout (or forever without one).
                CliTest.Result r = run("triangles", "--graph", graph.toString(), "--variant", variant, "--timeout", "30",
                        "--format", "json");
                assertThat(r.exit()).as(variant + " on " + graph.getFileName() + ": " + r.err()).isZero();
                Map<String, Object> json = Json.parseObject(r.out());
                assertThat(json).containsEntry("status", "ok").containsEntry("answer", "0");
            }
        }
    }

    // ------------------------------------------------ the whole run under --timeout; sizes with bounds

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHugeIterativeFibIsRefusedAtOnceWithTheReason() {
        long start = System.nanoTime();
        CliTest.Result r = run("fib", "--size", "2147483647", "--variant", "iterative", "--timeout", "2");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: fib(2147483647) is too large: n goes up to 100,000, since the exact answer"
                + " (the reference, and the iterative variant in every call) adds n numbers of up to 0.69 n bits, a time"
                + " growing as n squared (about 0.3 s at 100,000, 25 s at 1,000,000)" + NL);
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theReferenceAnswerIsUnderTheTimeout() throws IOException {
        // Two billion values take the caller's reference many seconds (and took an OutOfMemoryError
        // before it was computed value by value); the run's 2 s cover it.
        long start = System.nanoTime();
        CliTest.Result r = run("mean", "--size", "2000000000", "--timeout", "2", "--format", "json");
        long took = System.nanoTime() - start;
        assertThat(r.exit()).isEqualTo(1);
        assertThat(Json.parseObject(r.out())).containsEntry("status", "timeout");
        assertThat(r.err()).isEqualTo("fwf: mean (2,000,000,000) loop on jvm-c2: timeout: timed out after 2.00 s"
                + " while loading the input and computing the reference answer" + NL);
        assertThat(took).isLessThan(TimeUnit.SECONDS.toNanos(6));
        assertThat(Files.readAllLines(dir.resolve("results.jsonl"))).singleElement().asString()
                .contains("\"status\":\"timeout\"");
    }

    @Test
    void sizeZeroIsRefusedInsteadOfRunningTheDefault() {
        CliTest.Result r = run("fib", "--size", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: --size must be at least 1 (leave it out for the default: 40), got 0" + NL);
        r = run("triangles", "--size", "-5");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: --size must be at least 1 (leave it out for the default: all of the input),"
                + " got -5" + NL);
    }

    @Test
    void aMeanLargerThanAJavaArrayIsRefusedWithTheReason() {
        CliTest.Result r = run("mean", "--size", "2147483647");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: mean of 2,147,483,647 values is too large: the data is one Java float array,"
                + " which holds at most 2,147,483,639" + NL);
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void dataTheWorkersHeapCannotHoldIsRefusedWithTheNumbers() {
        // Boxing 100 million floats needs 2 GB on top of the 0.4 GB of floats: more than -Xmx1g.
        CliTest.Result r = run("mean", "--size", "100000000", "--variant", "boxed", "--jvm-flag", "-Xmx1g",
                "--timeout", "60");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).matches("fwf: mean \\(100,000,000\\) boxed on jvm-c2: failed: boxing 100,000,000 values"
                + " \\(a Float object and a reference each, 20 bytes\\) needs 2\\.0 GB, more than the \\d+ MB left in"
                + " this JVM's heap \\(at most 1\\.\\d GB: a larger -Xmx raises it\\)" + NL);
    }

    // ------------------------------------------------ --timeout values

    @Test
    void oddTimeoutsAreOneLineOfBadInput() {
        for (String t : List.of("1e10", "Infinity", "-1", "0", "NaN", "abc", "0.0001", "604801")) {
            CliTest.Result r = run("fib", "--size", "10", "--timeout", t);
            assertThat(r.exit()).as(t).isEqualTo(2);
            assertThat(r.err()).as(t).isEqualTo(
                    "fwf: --timeout must be a number of seconds from 0.001 to 604800 (a week), got '" + t + "'" + NL);
        }
    }

    // ------------------------------------------------ a flag that would make the system another

    @Test
    void aFlagThatChangesTheCompilersIsRefusedNamingTheRightSystem() {
        CliTest.Result r = run("fib", "--size", "10", "--jvm-flag", "-Xint");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: -Xint makes jvm-c2 run the interpreter alone: use --system jvm-int" + NL);
        r = run("fib", "--size", "10", "--system", "jvm-c1", "--jvm-flag=-XX:TieredStopAtLevel=4");
        assertThat(r.err()).isEqualTo("fwf: -XX:TieredStopAtLevel=4 makes jvm-c1 run tiered C1 and C2: use --system jvm-c2" + NL);
        r = run("fib", "--size", "10", "--jvm-flag=-XX:-TieredCompilation");
        assertThat(r.err()).isEqualTo("fwf: -XX:-TieredCompilation makes jvm-c2 run C2 alone: use --system jvm-c2-only" + NL);
        r = run("fib", "--size", "10", "--jvm-flag=-XX:+UnlockExperimentalVMOptions", "--jvm-flag=-XX:+UseJVMCICompiler");
        assertThat(r.exit()).isEqualTo(2);
        // jvm-graal is the system named for it.
        assertThat(r.err()).isEqualTo("fwf: -XX:+UseJVMCICompiler makes jvm-c2 run the Graal JIT (JVMCI):"
                + " use --system jvm-graal" + NL);
    }

    @Test
    void aFlagThatKeepsTheCompilersRuns() {
        CliTest.Result r = run("fib", "--size", "10", "--system", "jvm-int", "--jvm-flag", "-Xint",
                "--warmup", "1", "--iterations", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("fib(10) primitive on jvm-int: ");
    }

    // ------------------------------------------------ chart --help

    @Test
    void chartHelpHasNoPicocliWarnings() {
        PrintStream saved = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        CliTest.Result r;
        try {
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            r = CliTest.fwf("chart", "--help");
        } finally {
            System.setErr(saved);
        }
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
        // picocli wraps the description: compare it with the line breaks folded.
        assertThat(r.out().replaceAll("\\s+", " ")).contains("iqr (the middle half of the runs, first to third quartile)");
    }

    // ------------------------------------------------ Ctrl+C

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void ctrlCPrintsTheReasonAndRecordsTheCancelledRun() throws Exception {
        Path journal = dir.resolve("ctrl-c.jsonl");
        List<String> command = new ArrayList<>();
        // A process started in the background by a shell without job control (a CI step, "mvn verify &")
        // inherits SIGINT ignored, and a JVM leaves an ignored SIGINT ignored: GNU env puts it back.
        if (new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0) {
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "fib", "--size", "50", "--system", "jvm-int", "--results", journal.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process run = pb.start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (workers(run).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(50); // until the worker is running (not a probe of the friends)
            }
            List<ProcessHandle> workers = workers(run);
            assertThat(workers).as("the worker started").isNotEmpty();
            Thread.sleep(500);
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).start();
            assertThat(kill.waitFor()).isZero();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).as("the run ends").isTrue();
            assertThat(run.exitValue()).isEqualTo(130); // 128 + SIGINT, as for any program stopped by Ctrl+C
            assertThat(Files.readString(dir.resolve("err.txt")))
                    .isEqualTo("fwf: fib(50) primitive on jvm-int: cancelled: Ctrl+C" + NL);
            assertThat(Files.readString(dir.resolve("out.txt"))).startsWith("fib(50) primitive on jvm-int: CANCELLED");
            assertThat(Files.readAllLines(journal)).singleElement().asString().contains("\"status\":\"cancelled\"");
            for (ProcessHandle w : workers) {
                assertThat(w.isAlive()).as("worker " + w.pid()).isFalse();
            }
        } finally {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
    }

    /** The run's JVM workers: its children running the worker's main class. */
    private static List<ProcessHandle> workers(Process run) {
        return run.children().filter(c -> c.info().commandLine().orElse("").contains("fwf.worker.WorkerMain")).toList();
    }
}
