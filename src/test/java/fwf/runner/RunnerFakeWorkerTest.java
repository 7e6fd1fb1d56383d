package fwf.runner;

import fwf.run.Environment;
import fwf.run.JitEvent;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static fwf.runner.Workers.finished;
import static fwf.runner.Workers.gone;
import static fwf.runner.Workers.iteration;
import static fwf.runner.Workers.line;
import static fwf.runner.Workers.loaded;
import static fwf.runner.Workers.sh;
import static fwf.runner.Workers.started;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runner against fake workers: small sh scripts that speak (or break) the protocol. They
 * stand for the friends to come, and show the runner assumes no JVM. fib(10) = 55.
 */
class RunnerFakeWorkerTest {
    private static final Plan ONE = new Plan(1, 2, 1);

    private static RunRequest fib10(Plan plan, Duration timeout) {
        return Workers.fib(10, "fake", plan, List.of(), timeout);
    }

    private static String goodWorker(String answer) {
        return started("\"-Dfake\"") + loaded(100, "55") + iteration(0, true, 1_000, answer)
                + iteration(0, false, 200, answer) + iteration(1, false, 210, answer) + finished();
    }

    @Test
    void whatAPlanSaysOfItsWarmUpStaysWithTheResult() {
        // GraalPy's steady plan, bounded: the result must not pass its times as settled ones.
        String note = "not steady after 3 warm-up calls (0.0 s after the first)";
        String script = started("\"-Dfake\"") + loaded(100, "55") + iteration(0, true, 1_000, "55")
                + line("{\"event\":\"measuring\",\"fork\":0,\"warmup\":1,\"iterations\":2,\"batch\":1,\"steady\":false,"
                + "\"note\":\"" + note + "\"}")
                + iteration(0, false, 200, "55") + iteration(1, false, 210, "55") + finished();
        Measurement m = new Runner(sh(script)).run(fib10(ONE, null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.OK);
        assertThat(m.stats().warnings()).contains(note);
    }

    @Test
    void aWorkerThatSpeaksTheProtocolGivesAMeasurement() {
        // Fork f reports load 100 + 200 f and times 200 + 100 f, 210 + 100 f; JIT events from both.
        WorkerLauncher launcher = (request, fork) -> new ProcessBuilder("sh", "-c", started("\"-Dfake\"")
                + loaded(100 + 200L * fork, "55") + iteration(0, true, 1_000 + fork, "55")
                + line("{\"event\":\"measuring\",\"fork\":0,\"warmup\":1,\"iterations\":2,\"batch\":1}")
                + line("{\"event\":\"jit\",\"fork\":0,\"kind\":\"compile\",\"method\":\"f" + fork
                + "\",\"tier\":4,\"since_start_ns\":5,\"duration_ns\":6}")
                + iteration(0, false, 200 + 100L * fork, "55") + iteration(1, false, 210 + 100L * fork, "55") + finished());
        Workers.Recorder heard = new Workers.Recorder();
        Instant before = Instant.now();
        Measurement m = new Runner(launcher).run(fib10(new Plan(1, 2, 2), null), heard);

        assertThat(m.status()).isEqualTo(Status.OK);
        assertThat(m.message()).isNull();
        assertThat(m.answer()).isEqualTo("55");
        assertThat(m.expected()).isEqualTo("55");
        assertThat(m.warmupNs()).containsExactly(1_000L, 1_001L);
        assertThat(m.samplesNs()).containsExactly(200L, 210L, 300L, 310L);
        assertThat(m.loadNs()).isEqualTo(200); // median of 100 and 300
        assertThat(m.stats().n()).isEqualTo(4);
        assertThat(m.stats().minNs()).isEqualTo(200);
        assertThat(m.stats().maxNs()).isEqualTo(310);
        assertThat(m.jit()).containsExactly(new JitEvent("compile", "f0", 4, 5, 6)); // the first fork's only
        assertThat(m.id()).matches("\\d{8}T\\d{6}\\.\\d{3}-[0-9a-f]{6}");

        Environment e = m.environment();
        assertThat(e.system()).isEqualTo("fake");
        assertThat(e.systemVersion()).isEqualTo("fake 1.0");
        assertThat(e.jvmVersion()).isEqualTo(System.getProperty("java.vm.name") + " " + Runtime.version()); // no vm: the caller's
        assertThat(e.jvmFlags()).containsExactly("-Dfake");
        assertThat(e.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(e.cpu()).isNotBlank();
        assertThat(e.os()).startsWith(System.getProperty("os.name"));
        assertThat(e.time()).isBetween(before, Instant.now());
        assertThat(e.projectVersion()).isEqualTo("dev");

        assertThat(heard.calls).containsExactly(
                "start 0/2", "started", "loaded", "iteration", "measuring", "jit", "iteration", "iteration", "finished", "end 0 ok",
                "start 1/2", "started", "loaded", "iteration", "measuring", "jit", "iteration", "iteration", "finished", "end 1 ok");
        assertThat(heard.events.stream().filter(ev -> ev.fork() == 1)).hasSize(8);
    }

    @Test
    void aWrongAnswerIsWrongAndKeepsItsTimes() {
        Measurement m = new Runner(sh(goodWorker("56"))).run(fib10(ONE, null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.WRONG);
        assertThat(m.message()).isEqualTo("answer 56 differs from the reference 55");
        assertThat(m.answer()).isEqualTo("56");
        assertThat(m.expected()).isEqualTo("55");
        assertThat(m.samplesNs()).containsExactly(200L, 210L);
        assertThat(m.stats()).isNotNull();
    }

    @Test
    void oneWrongIterationAmongRightOnesIsEnough() {
        String script = started("") + loaded(1, "55") + iteration(0, true, 9, "55") + iteration(0, false, 9, "55")
                + iteration(1, false, 9, "54") + iteration(2, false, 9, "55") + finished();
        Measurement m = new Runner(sh(script)).run(fib10(ONE, null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.WRONG);
        assertThat(m.message()).isEqualTo("answer 54 differs from the reference 55");
    }

    @Test
    void garbageOnStdoutFailsTheRunAndKillsTheWorker() {
        String script = started("") + "echo 'some diagnostics' >&2\necho 'hello world'\nsleep 30\n";
        Workers.Recorder heard = new Workers.Recorder();
        Measurement m = new Runner(sh(script)).run(fib10(ONE, null), heard);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).isEqualTo("garbage from the worker: not a protocol line (unexpected character 'h' at offset 0):"
                + " hello world\nlast lines of the worker's stderr:\nsome diagnostics");
        assertThat(gone(heard.pid())).isTrue();
        assertThat(heard.calls).containsExactly("start 0/1", "started", "end 0 failed");
    }

    @Test
    void garbageFollowedByAnExitQuotesTheRestOfStdout() {
        String script = started("") + "echo\necho 'Error: bad option'\necho 'try --help'\nexit 2\n";
        Measurement m = new Runner(sh(script)).run(fib10(ONE, null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).isEqualTo("worker exited with code 2\nlast lines of the worker's stdout:\nError: bad option\ntry --help");
    }

    @Test
    void garbageFromAWorkerThatThenEndsWellStillFails() {
        String script = started("") + loaded(1, "55") + "echo 'debug: x = 3'\necho 'debug: y = 4'\n"
                + iteration(0, false, 5, "55") + finished();
        Measurement m = new Runner(sh(script)).run(fib10(ONE, null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).isEqualTo("garbage from the worker: not a protocol line (unexpected character 'd' at offset 0):"
                + " debug: x = 3\nlast lines of the worker's stdout:\ndebug: y = 4\n"
                + "{\"event\":\"iteration\",\"fork\":0,\"index\":0,\"warmup\":false,\"ns\":5,\"answer\":\"55\"}\n"
                + "{\"event\":\"finished\",\"fork\":0}");
    }

    @Test
    void aNonZeroExitFailsWithTheCodeAndTheStderrTail() {
        String script = started("") + "echo 'WARNING: Using incubator modules: jdk.incubator.vector' >&2\n"
                + "for i in $(seq 1 30); do echo \"err $i\" >&2; done\nexit 3\n";
        Measurement m = new Runner(sh(script)).run(fib10(ONE, null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        StringBuilder tail = new StringBuilder();
        for (int i = 11; i <= 30; i++) {
            tail.append("\nerr ").append(i);
        }
        assertThat(m.message()).isEqualTo("worker exited with code 3\nlast lines of the worker's stderr:" + tail);
        assertThat(m.environment().systemVersion()).isEqualTo("fake 1.0");
        assertThat(m.stats()).isNull();
    }

    @Test
    void aWorkerKilledByASignalSaysWhichSignal() {
        Measurement m = new Runner(sh(started("") + "kill -9 $$\n")).run(fib10(ONE, null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).isEqualTo("worker was killed by signal 9 (SIGKILL)");
    }

    @Test
    void aWorkerThatEndsWithoutFinishedFailed() {
        String script = started("") + loaded(1, "55") + iteration(0, true, 5, "55") + iteration(0, false, 5, "55");
        Measurement m = new Runner(sh(script)).run(fib10(ONE, null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).isEqualTo("worker ended without reporting 'finished'");
        assertThat(m.samplesNs()).containsExactly(5L); // what it said is kept
    }

    @Test
    void theWorkersOwnFailureLineIsTheReason() {
        String script = started("") + line("{\"event\":\"failure\",\"fork\":0,\"message\":\"java.lang.StackOverflowError\"}")
                + "echo '\tat fwf.workload.Fib.primitive(Fib.java:37)' >&2\nexit 1\n";
        Measurement m = new Runner(sh(script)).run(fib10(ONE, null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).isEqualTo("java.lang.StackOverflowError\nlast lines of the worker's stderr:\n"
                + "\tat fwf.workload.Fib.primitive(Fib.java:37)");
    }

    @Test
    void aChattyStderrDoesNotBlockTheWorker() {
        // 100,000 lines (about 600 KB) would fill a pipe nobody reads and hang the worker.
        String script = "i=0; while [ $i -lt 100000 ]; do echo \"noise $i\"; i=$((i+1)); done >&2\n" + goodWorker("55");
        Measurement m = new Runner(sh(script)).run(fib10(ONE, null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.OK);
    }

    @Test
    void aTimeoutKillsTheWorkerAndItsChildrenAndKeepsTheSamples(@TempDir Path dir) throws Exception {
        Path pids = dir.resolve("pids");
        String script = started("") + loaded(1, "55") + iteration(0, true, 5, "55") + iteration(0, false, 7, "55")
                + iteration(1, false, 8, "55")
                + "sleep 60 & echo $! >> " + pids + "\nsleep 60 & echo $! >> " + pids + "\nwait\n";
        Workers.Recorder heard = new Workers.Recorder();
        long start = System.nanoTime();
        Measurement m = new Runner(sh(script)).run(fib10(ONE, Duration.ofSeconds(1)), heard);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(m.status()).isEqualTo(Status.TIMEOUT);
        assertThat(m.message()).isEqualTo("timed out after 1.00 s");
        assertThat(m.warmupNs()).containsExactly(5L);
        assertThat(m.samplesNs()).containsExactly(7L, 8L);
        assertThat(m.stats().n()).isEqualTo(2);
        assertThat(elapsedMs).as("stopped within 2 s of the limit").isLessThan(1_000 + 2_000);
        assertThat(Workers.pids(pids)).hasSize(2);
        assertThat(gone(heard.pid())).isTrue();
        assertThat(Workers.pids(pids)).allSatisfy(pid -> assertThat(gone(pid)).as("child %d", pid).isTrue());
        assertThat(heard.calls.getLast()).isEqualTo("end 0 timeout");
    }

    @Test
    void theTimeoutCoversEveryForkOfTheRun() {
        // Each fork takes 1.2 s: the second is stopped at 2 s and the third never starts.
        String script = started("") + loaded(1, "55") + iteration(0, false, 7, "55") + "sleep 1.2\n" + finished();
        Workers.Recorder heard = new Workers.Recorder();
        Measurement m = new Runner(sh(script)).run(fib10(new Plan(1, 1, 3), Duration.ofSeconds(2)), heard);
        assertThat(m.status()).isEqualTo(Status.TIMEOUT);
        assertThat(m.message()).isEqualTo("timed out after 2.00 s");
        assertThat(m.samplesNs()).containsExactly(7L, 7L);
        assertThat(heard.calls).filteredOn(c -> c.startsWith("start ") || c.startsWith("end "))
                .containsExactly("start 0/3", "end 0 ok", "start 1/3", "end 1 timeout");
    }

    @Test
    void aTimeoutStillTellsOfAWrongAnswerBeforeIt() {
        String script = started("") + loaded(1, "55") + iteration(0, true, 5, "56") + "sleep 60\n";
        Measurement m = new Runner(sh(script)).run(fib10(ONE, Duration.ofSeconds(1)), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.TIMEOUT);
        assertThat(m.message()).isEqualTo("timed out after 1.00 s; before that, answer 56 differs from the reference 55");
        assertThat(m.answer()).isEqualTo("56");
    }

    @Test
    void cancelStopsTheRunAtOnceAndKeepsTheSamples() throws Exception {
        String script = started("") + loaded(1, "55") + iteration(0, true, 5, "55") + iteration(0, false, 7, "55")
                + "sleep 60\n";
        CountDownLatch measuring = new CountDownLatch(1);
        Workers.Recorder heard = new Workers.Recorder() {
            @Override
            public void event(WorkerEvent event) {
                super.event(event);
                if (event instanceof WorkerEvent.Iteration i && !i.warmup()) {
                    measuring.countDown();
                }
            }
        };
        RunHandle handle = new Runner(sh(script)).start(fib10(ONE, null), heard);
        assertThat(measuring.await(10, TimeUnit.SECONDS)).isTrue();
        Measurement m = Workers.cancelAndCheckStopped(handle, heard);
        assertThat(m.samplesNs()).containsExactly(7L);
        handle.cancel(); // a second cancel is harmless
    }

    @Test
    void cancellingTheFutureAlsoKillsTheWorker() throws Exception {
        CountDownLatch up = new CountDownLatch(1);
        Workers.Recorder heard = new Workers.Recorder() {
            @Override
            public void event(WorkerEvent event) {
                super.event(event);
                up.countDown();
            }
        };
        RunHandle handle = new Runner(sh(started("") + "sleep 60\n")).start(fib10(ONE, null), heard);
        assertThat(up.await(10, TimeUnit.SECONDS)).isTrue();
        handle.result().cancel(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!gone(heard.pid()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(gone(heard.pid())).isTrue();
    }

    @Test
    void aCancelBeforeTheWorkerStartsStartsNothing() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Workers.Recorder heard = new Workers.Recorder();
        WorkerLauncher slowToLaunch = (request, fork) -> {
            try {
                release.await(); // hold the run between its reference and its first fork
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ProcessBuilder("sh", "-c", goodWorker("55"));
        };
        RunHandle handle = new Runner(slowToLaunch).start(fib10(ONE, null), heard);
        handle.cancel();
        release.countDown();
        Measurement m = handle.result().get(5, TimeUnit.SECONDS);
        assertThat(m.status()).isEqualTo(Status.CANCELLED);
        assertThat(m.samplesNs()).isEmpty();
    }

    @Test
    void aWorkerThatCannotStartFails() {
        Measurement m = new Runner((r, f) -> new ProcessBuilder("/nonexistent/worker")).run(fib10(ONE, null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).startsWith("cannot start the worker: Cannot run program \"/nonexistent/worker\"");
        assertThat(m.environment().jvmFlags()).isEmpty(); // the launcher's intended flags: none
    }

    @Test
    void aLauncherThatRefusesTheRequestFails() {
        Measurement m = new Runner().run(Workers.fib(10, "cpython", ONE, List.of(), null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).isEqualTo("cannot start the worker: system 'cpython' is not a JVM: it needs its own launcher");
    }

    @Test
    void aRequestThatCannotBePreparedStartsNoWorker() {
        Workers.Recorder heard = new Workers.Recorder();
        // An unknown workload never gets this far: RunRequest resolves names at the edge (RunRequestTest).
        RunRequest r = RunRequest.ofNames("triangles", "naive-primitive", "jvm-c2", 100_000, null, ONE, List.of(), null);
        Measurement m = new Runner(sh(goodWorker("55"))).run(r, heard);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).isEqualTo("cannot prepare the run: --size 100000 is more nodes than"
                + " holme-kim(n=4000,m=22,pt=0.9,seed=1) has (4000)");
        assertThat(m.expected()).isNull();
        assertThat(heard.calls).isEmpty();
    }
}
