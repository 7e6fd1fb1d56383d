package fwf.worker;

import fwf.run.WorkerEvent;
import fwf.run.WorkerProtocol;
import fwf.runner.JvmWorkerLauncher;
import fwf.runner.Workers;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker process on its own, started by hand: its lines, its exit codes, its lifeline. */
class WorkerMainTest {
    private static ProcessBuilder worker(String... args) {
        List<String> command = new ArrayList<>(List.of(JvmWorkerLauncher.currentJava().toString()));
        command.addAll(JvmWorkerLauncher.COMMON_FLAGS);
        command.addAll(List.of("-cp", JvmWorkerLauncher.currentClassPath(), WorkerMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    private static List<String> lines(Process p) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    @Test
    void aRunWithoutJitPrintsItsEventsInOrderAndExitsWithZero() throws Exception {
        Process p = worker("--workload", "fib", "--variant", "iterative", "--size", "90", "--warmup", "2",
                "--iterations", "3", "--fork", "4", "--no-jit").start();
        List<String> out = lines(p);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<WorkerEvent> events = new ArrayList<>();
        for (String line : out) {
            events.add(WorkerProtocol.parse(line, 4));
        }
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("Started", "Loaded",
                "Iteration", "Iteration", "Measuring", "Iteration", "Iteration", "Iteration", "Memory", "Finished");
        // Issue 16: after the measured iterations, what they allocated (3 operations of one each).
        assertThat(((WorkerEvent.Memory) events.get(8)).use().computations()).isEqualTo(3);
        assertThat(out).allSatisfy(line -> assertThat(line).contains("\"fork\":4"));
        assertThat(((WorkerEvent.Started) events.getFirst()).pid()).isEqualTo(p.pid());
        WorkerEvent.Loaded loaded = (WorkerEvent.Loaded) events.get(1);
        assertThat(loaded).extracting("input", "size", "expected").containsExactly("n = 90", 90, "2880067194370816120");
        assertThat(events.get(4)).isEqualTo(new WorkerEvent.Measuring(4, 2, 3, 1));
        assertThat(events).filteredOn(e -> e instanceof WorkerEvent.Iteration)
                .allSatisfy(e -> assertThat(((WorkerEvent.Iteration) e).answer()).isEqualTo("2880067194370816120"));
    }

    @Test
    void aJitLogTheJvmDidNotWriteMeansNoJitEventsAndOneLineOnStderr(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path missing = dir.resolve("jit.log");
        Process p = worker("--workload", "fib", "--size", "20", "--warmup", "1", "--iterations", "1", "--jit-log",
                missing.toString()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        List<String> out = lines(p);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).noneMatch(line -> line.contains("\"event\":\"jit\"")).last().asString().contains("\"finished\"");
        // The JVM's own warning about the incubating Vector API aside.
        assertThat(err.lines().filter(line -> !line.startsWith("WARNING: Using incubator modules"))).containsExactly(
                "fwf worker: no JIT events, cannot read the JIT log: java.nio.file.NoSuchFileException: " + missing);
    }

    @Test
    void badArgumentsGiveOneFailureLineAndExitTwo() throws Exception {
        Process p = worker("--workload", "fib", "--sise", "3").start();
        List<String> out = lines(p);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(WorkerMain.EXIT_BAD_REQUEST);
        assertThat(out).containsExactly("{\"event\":\"failure\",\"fork\":0,\"message\":\"unknown argument '--sise'\"}");
    }

    @Test
    void anInputTheKernelRefusesIsABadRequest() throws Exception {
        Process p = worker("--workload", "fib", "--variant", "primitive", "--size", "93", "--no-jit").start();
        List<String> out = lines(p);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(WorkerMain.EXIT_BAD_REQUEST);
        // The kernel's own words, asked of it here in-process.
        String refusal = org.assertj.core.api.Assertions.catchThrowableOfType(IllegalArgumentException.class,
                () -> fwf.workload.Catalogue.FIB.variant("primitive").orElseThrow().kernel().prepare(new fwf.workload.FibInput(93)))
                .getMessage();
        assertThat(out).hasSize(2);
        assertThat(WorkerProtocol.parse(out.getFirst(), 0)).isInstanceOf(WorkerEvent.Started.class);
        assertThat(WorkerProtocol.parse(out.getLast(), 0)).isEqualTo(new WorkerEvent.Failure(0, refusal));
    }

    @Test
    void aWorkerWhoseRunnerIsGoneExits(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // The runner is played by a shell that starts the worker in the background and dies;
        // fib(45) in the interpreter would run for minutes.
        java.nio.file.Path pidFile = dir.resolve("pid");
        StringBuilder command = new StringBuilder();
        for (String part : worker("--workload", "fib", "--size", "45", "--no-jit").command()) {
            command.append('\'').append(part).append("' ");
        }
        Process shell = new ProcessBuilder("sh", "-c", command + ">/dev/null 2>&1 & echo $! > " + pidFile + "; sleep 1")
                .start();
        assertThat(shell.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long pid = Long.parseLong(java.nio.file.Files.readString(pidFile).strip());
        ProcessHandle orphan = ProcessHandle.of(pid).orElse(null);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!Workers.gone(pid) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(Workers.gone(pid)).as("the orphaned worker exited").isTrue();
        } finally {
            if (orphan != null) {
                orphan.destroyForcibly();
            }
        }
    }
}
