package fwf.runner;

import fwf.run.JitEvent;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import fwf.worker.TimingLoop;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static fwf.runner.Workers.gone;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runner with real worker JVMs: the system's flags really reach the worker, JFR sees the
 * JIT (or its absence), the plan adapts, and a runaway worker is stopped without a trace.
 * Sizes are small; only the slow-plan test spends about ten seconds, on purpose.
 */
class RunnerJvmTest {
    private static final String KERNEL = "fwf.workload.Fib::primitive";
    private final Runner runner = new Runner();

    @Test
    void theInterpreterRunsWithTheFlagsAskedAndCompilesNoKernel() {
        Workers.Recorder heard = new Workers.Recorder();
        Measurement m = runner.run(Workers.fib(20, "jvm-int", new Plan(2, 3, 1), List.of("-Dfwf.marker=42"), null), heard);

        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.answer()).isEqualTo("6765");
        assertThat(m.expected()).isEqualTo("6765");
        assertThat(m.warmupNs()).hasSize(2);
        assertThat(m.samplesNs()).hasSize(3);
        assertThat(m.loadNs()).isPositive();
        WorkerEvent.Started started = (WorkerEvent.Started) heard.events.getFirst();
        assertThat(started.inputArguments()).containsExactly("-Xint", "--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Dfwf.marker=42");
        assertThat(m.environment().jvmFlags()).isEqualTo(started.inputArguments());
        assertThat(m.environment().systemVersion()).isEqualTo(Runtime.version().toString());
        assertThat(m.environment().jvmVersion()).isEqualTo(System.getProperty("java.vm.name") + " " + Runtime.version());
        assertThat(m.jit()).as("no compilation under -Xint").isEmpty();
        assertThat(heard.calls).startsWith("start 0/1", "started", "loaded").endsWith("finished", "end 0 ok");
    }

    @Test
    void aCrashingWorkerWritesItsCrashFileIntoTheTemporaryFolderNotTheCurrentOne() throws IOException {
        Path here = Path.of("").toAbsolutePath(); // the worker's current folder too
        List<Path> before = crashFiles(here);
        // A JVM that runs out of heap and is told to crash on it: a real hs_err file, no core. The
        // memo of fib(50,000) grows past 16 MB as it runs (a mean too big for the heap is refused
        // before it starts).
        RunRequest request = RunRequest.ofNames("fib", "memo", "jvm-c2", 50_000, null,
                new Plan(1, 1, 1), List.of("-Xmx16m", "-XX:+CrashOnOutOfMemoryError", "-XX:-CreateCoredumpOnCrash"),
                Duration.ofSeconds(120));
        Measurement m = runner.run(request, RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        java.util.regex.Matcher saved = java.util.regex.Pattern.compile("# (\\S*fwf-hs_err_pid\\d+\\.log)").matcher(m.message());
        assertThat(saved.find()).as(m.message()).isTrue();
        Path crash = Path.of(saved.group(1));
        try {
            assertThat(crash.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
            assertThat(crash).isNotEmptyFile();
            assertThat(crashFiles(here)).isEqualTo(before);
            // The harness's flag is not the request's: the result reports the JVM flags asked for only.
            assertThat(m.environment().jvmFlags()).noneMatch(f -> f.startsWith("-XX:ErrorFile"));
        } finally {
            Files.deleteIfExists(crash);
        }
    }

    private static List<Path> crashFiles(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("(fwf-)?hs_err_pid\\d+\\.log")).sorted().toList();
        }
    }

    @Test
    void c1OnlyCompilesTheKernelAtTierOne() {
        Measurement m = runner.run(Workers.fib(30, "jvm-c1", new Plan(2, 2, 1), List.of(), null), RunListener.NONE);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.environment().jvmFlags()).startsWith("-XX:TieredStopAtLevel=1");
        List<JitEvent> kernel = m.jit().stream().filter(e -> e.method().equals(KERNEL)).toList();
        assertThat(kernel).isNotEmpty();
        assertThat(m.jit()).filteredOn(e -> !e.kind().equals("deopt")).allSatisfy(e -> assertThat(e.tier()).isEqualTo(1));
        assertThat(m.jit()).allSatisfy(e -> assertThat(e.method()).startsWith("fwf.workload."));
    }

    @Test
    void c2OnlySkipsTheLowerTiers() {
        // Interpreted until C2 is done: fib(32) leaves it a good tenth of a second to finish.
        Measurement m = runner.run(Workers.fib(32, "jvm-c2-only", new Plan(2, 2, 1), List.of(), null), RunListener.NONE);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.environment().jvmFlags()).startsWith("-XX:-TieredCompilation");
        assertThat(m.jit()).filteredOn(e -> e.method().equals(KERNEL) && !e.kind().equals("deopt")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.tier()).isEqualTo(4));
    }

    /**
     * One run for two checks, since each worker start costs about a second: with a whole second
     * of warm-up, C2 has surely compiled the kernel (an explicit plan of a few milliseconds may
     * end while the compilation still waits in C2's queue).
     */
    @Test
    void c2CompilesAFastKernelAtTierFourAndItIsBatchedIntoAtLeastTenMeasuredIterations() {
        Workers.Recorder heard = new Workers.Recorder();
        Measurement m = runner.run(Workers.fib(15, "jvm-c2", Plan.ADAPTIVE, List.of(), null), heard);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.samplesNs().size()).isBetween(TimingLoop.MIN_ITERATIONS, TimingLoop.MAX_ITERATIONS);
        assertThat(m.warmupNs().size()).isGreaterThanOrEqualTo(TimingLoop.MIN_WARMUP);
        WorkerEvent.Measuring plan = heard.events.stream().filter(e -> e instanceof WorkerEvent.Measuring)
                .map(e -> (WorkerEvent.Measuring) e).findFirst().orElseThrow();
        assertThat(plan.iterations()).isEqualTo(m.samplesNs().size());
        assertThat(plan.warmup()).isEqualTo(m.warmupNs().size());
        assertThat(plan.batch()).as("fib(15) takes microseconds: batched").isGreaterThan(1);
        assertThat(heard.events).filteredOn(e -> e instanceof WorkerEvent.Iteration i && !i.warmup())
                .allSatisfy(e -> assertThat(((WorkerEvent.Iteration) e).batch()).isEqualTo(plan.batch()));
        assertThat(m.stats().n()).isEqualTo(m.samplesNs().size());

        assertThat(m.answer()).isEqualTo("610");
        assertThat(m.jit()).anySatisfy(e -> {
            assertThat(e.method()).isEqualTo(KERNEL);
            assertThat(e.tier()).isEqualTo(4);
            assertThat(e.kind()).isIn("compile", "osr");
            assertThat(e.durationNs()).isPositive();
        });
        assertThat(m.jit()).allSatisfy(e -> assertThat(e.method()).doesNotContain("$$Lambda.0x").doesNotContain("$$Lambda/0x"));
        assertThat(heard.events).filteredOn(e -> e instanceof WorkerEvent.Jit).hasSize(m.jit().size());
    }

    @Test
    void aSlowKernelGetsOneWarmupAndThreeMeasured() {
        // "Slow" is a time, so the size comes from this machine's speed rather than a fixed n
        // (fib(38) took over a second here, and might not on a machine twice as fast): a call
        // that should take three times the threshold, a margin no change of load between the
        // probe and the run undoes.
        int n = interpretedFibSizeTaking(3 * TimingLoop.SLOW_NS);
        Measurement m = runner.run(Workers.fib(n, "jvm-int", Plan.ADAPTIVE, List.of(), null), RunListener.NONE);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.answer()).isEqualTo(Long.toString(fib(n)));
        assertThat(m.warmupNs()).hasSize(1);
        assertThat(m.samplesNs()).hasSize(3);
        assertThat(m.warmupNs().getFirst()).isGreaterThan(TimingLoop.SLOW_NS);
    }

    /**
     * The smallest n whose fib(n) should take at least {@code ns} a call in the interpreter, on
     * this machine as loaded now: fib(27)'s median, measured by a worker of its own, times the
     * golden ratio for every step of n past 27 (fib(n) makes about phi times the calls of
     * fib(n - 1)).
     */
    private int interpretedFibSizeTaking(long ns) {
        int probe = 27;
        Measurement m = runner.run(Workers.fib(probe, "jvm-int", new Plan(1, 3, 1), List.of(), null), RunListener.NONE);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        double phi = (1 + Math.sqrt(5)) / 2;
        double steps = Math.log((double) ns / Math.max(1, m.stats().medianNs())) / Math.log(phi);
        return probe + (int) Math.max(0, Math.ceil(steps));
    }

    private static long fib(int n) {
        long a = 0;
        long b = 1;
        for (int i = 0; i < n; i++) {
            long next = a + b;
            a = b;
            b = next;
        }
        return a;
    }

    @Test
    void aTimeoutStopsARunawayInterpreterAndLeavesNoProcess() {
        List<Long> tree = new java.util.concurrent.CopyOnWriteArrayList<>();
        Workers.Recorder heard = new Workers.Recorder() {
            @Override
            public void event(WorkerEvent event) {
                super.event(event);
                if (event instanceof WorkerEvent.Started s) {
                    tree.add(s.pid());
                    ProcessHandle.of(s.pid()).ifPresent(h -> h.descendants().forEach(d -> tree.add(d.pid())));
                }
            }
        };
        long start = System.nanoTime();
        Measurement m = runner.run(Workers.fib(45, "jvm-int", Plan.ADAPTIVE, List.of(), Duration.ofSeconds(3)), heard);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(m.status()).isEqualTo(Status.TIMEOUT);
        assertThat(m.message()).isEqualTo("timed out after 3.00 s");
        assertThat(ms).as("stopped within 2 s of the limit").isLessThan(3_000 + 2_000);
        assertThat(tree).isNotEmpty().allSatisfy(pid -> assertThat(gone(pid)).as("process %d", pid).isTrue());
        assertThat(m.samplesNs()).isEmpty();
        assertThat(m.stats()).isNull();
    }

    @Test
    void cancelStopsARunawayInterpreterAndLeavesNoProcess() throws Exception {
        CountDownLatch loaded = new CountDownLatch(1);
        Workers.Recorder heard = new Workers.Recorder() {
            @Override
            public void event(WorkerEvent event) {
                super.event(event);
                if (event instanceof WorkerEvent.Loaded) {
                    loaded.countDown();
                }
            }
        };
        RunHandle handle = runner.start(Workers.fib(45, "jvm-int", Plan.ADAPTIVE, List.of(), null), heard);
        assertThat(loaded.await(30, TimeUnit.SECONDS)).isTrue();
        Workers.cancelAndCheckStopped(handle, heard);
    }

    @Test
    void runningOutOfMemoryFailsWithTheError() {
        // The memo of fib(50,000) holds about 108 MB, found only as it grows: a real OutOfMemoryError.
        RunRequest r = RunRequest.ofNames("fib", "memo", "jvm-c2", 50_000, null, new Plan(1, 1, 1), List.of("-Xmx16m"), null);
        Measurement m = runner.run(r, RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).startsWith("java.lang.OutOfMemoryError: Java heap space\nlast lines of the worker's stderr:\n")
                .contains("\tat fwf.workload.Fib.memo");
        assertThat(m.message().lines().count()).isLessThanOrEqualTo(2 + WorkerProcess.STDERR_LINES);
        assertThat(m.environment().jvmFlags()).endsWith("-Xmx16m");
    }

    @Test
    void dataTheHeapCannotHoldFailsWithTheNumbers() {
        // Deliberately changed (issue 13): the worker refuses data its heap cannot hold before
        // allocating it, with the numbers, where it used to fail with an OutOfMemoryError.
        RunRequest r = RunRequest.ofNames("mean", "loop", "jvm-c2", 10_000_000, null, new Plan(1, 1, 1), List.of("-Xmx16m"), null);
        Measurement m = runner.run(r, RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).matches("mean of 10,000,000 float32 values needs 40 MB, more than the \\d+ MB left in"
                + " this JVM's heap \\(at most 1\\d MB: a larger -Xmx raises it\\)");
        assertThat(m.environment().jvmFlags()).endsWith("-Xmx16m");
    }

    @Test
    void anUnknownVariantIsABadRequest() {
        RunRequest r = RunRequest.ofNames("fib", "nope", "jvm-c2", 10, null, new Plan(1, 1, 1), List.of(), null);
        Measurement m = runner.run(r, RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).isEqualTo("unknown variant 'nope' of fib: choose one of primitive, primitive-n1-first, boxed, dynamic, dynamic-deopt, looped, memo, iterative");
    }

    @Test
    void aJvmThatCannotStartFailsWithItsOwnWords() {
        Measurement m = runner.run(Workers.fib(10, "jvm-c2", new Plan(1, 1, 1), List.of("-Xss1k"), null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        // The JVM says why on stdout, not stderr: that text is not protocol, and is quoted.
        assertThat(m.message()).isEqualTo("""
                worker exited with code 1
                last lines of the worker's stdout:
                The Java thread stack size specified is too small. Specify at least 136k
                last lines of the worker's stderr:
                Error: Could not create the Java Virtual Machine.
                Error: A fatal exception has occurred. Program will exit.""");
        // No started line: the environment records the flags the worker was meant to get.
        assertThat(m.environment().jvmFlags()).containsExactly("--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Xss1k");
        assertThat(m.environment().systemVersion()).isEmpty();
    }

    @Test
    void aWarningOfTheJvmGoesToStderrAndTheRunStands() {
        // Unified logging writes warnings and errors to stdout unless told otherwise; this flag
        // makes the JVM say "[error][cds] Not a valid shared archive file" and start all the same.
        String missing = "-XX:SharedArchiveFile=" + Path.of("no-such-folder", "fwf.jsa").toAbsolutePath();
        Measurement m = runner.run(Workers.fib(10, "jvm-c2", new Plan(1, 1, 1), List.of(missing), null), RunListener.NONE);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.answer()).isEqualTo("55");
        // A request's own archive flag is the request's, and reported as such.
        assertThat(m.environment().jvmFlags()).containsExactly("--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", missing);
    }
}
