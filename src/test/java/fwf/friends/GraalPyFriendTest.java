package fwf.friends;

import fwf.run.WorkerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is GraalPy's own: discovery says which jars are missing and how to fetch them, the version
 * says whether the Graal JIT compiles (or "interpreter only"), fib(20) is 6765 either way, and the
 * steady plan warms a JIT-compiled friend until its times stop falling. Its answers on the small
 * cases (fib(25), K4, the first 500 nodes of ego-Facebook, the mean of a million values) and on
 * the whole of ego-Facebook (hashset) are checked with every friend's in {@link FriendProgramsTest}.
 */
class GraalPyFriendTest {
    private static final Friends FRIENDS = Friends.standard();

    @Test
    void withoutItsJarsDiscoverySaysWhichAreMissingAndHowToFetchThem(@TempDir Path home) {
        Path cache = home.resolve("cache");
        Discovery discovery = new Discovery(new Shell(Map.of("PATH", "/usr/bin:/bin", "HOME", home.toString())),
                new BuildCache(cache));

        Availability graalpy = discovery.discover(Systems.GRAALPY).availability();

        assertThat(graalpy.available()).isFalse();
        assertThat(graalpy.reason()).isEqualTo("GraalPy's jars (org.graalvm.polyglot:polyglot:25.0.1 with"
                + " org.graalvm.polyglot:python:25.0.1:pom) are not in " + cache.resolve("graalpy/25.0.1")
                + " (missing polyglot-25.0.1.jar, truffle-api-25.0.1.jar, truffle-runtime-25.0.1.jar,"
                + " python-language-25.0.1.jar, python-resources-25.0.1.jar): run ./fwf friends install, which"
                + " fetches them with Maven");
        assertThat(cache).doesNotExist(); // nothing was built
    }

    @Test
    void friendsInstallFetchesGraalPysJarsAndTheCompilersWithMaven() {
        assertThat(Systems.GRAALPY.probe().fetched()).extracting(Probe.Fetched::what)
                .containsExactly("the Graal compiler's jars", "GraalPy's jars");
        assertThat(GraalPyFriend.FETCHED.pom()).contains("<artifactId>polyglot</artifactId>", "<artifactId>python</artifactId>",
                "<type>pom</type>", "<version>25.0.1</version>");
    }

    @Test
    void compiledByTheGraalJitItComputesFib() throws Exception {
        Availability graalpy = require();
        assertThat(graalpy.version()).matches(
                "GraalPy 25\\.0\\.1 \\(Python 3\\.\\d+\\.\\d+\\), compiled by the Graal JIT \\(GraalVM CE\\)");
        FriendCommand command = FRIENDS.command("graalpy", "fib", "recursive", 20, null, 1, 2);
        assertThat(command.argv()).contains("-XX:+EnableJVMCI");
        FriendRun fib = FriendRun.of(command);
        assertThat(fib.exitCode()).as(fib.stderr()).isZero();
        assertThat(fib.started().javaVersion()).isEqualTo(graalpy.version());
        assertThat(fib.iterations()).extracting(WorkerEvent.Iteration::answer).containsExactly("6765", "6765", "6765");
    }

    @Test
    void withoutJvmciItSaysInterpreterOnly() throws Exception {
        require();
        FriendCommand compiled = FRIENDS.command("graalpy", "fib", "recursive", 20, null, 1, 1);
        // The same launcher and driver, on a JVM started without JVMCI and the compiler's jars.
        List<String> argv = compiled.argv();
        int driver = argv.size() - 6; // the driver, then WORKLOAD VARIANT SIZE WARMUP ITERATIONS
        List<String> interpreted = new ArrayList<>(GraalPyFriend.command(Path.of(argv.getFirst()),
                BuildCache.defaultRoot(System.getenv()), compiled.workingDirectory(),
                Path.of(argv.get(driver)).getParent(), false));
        interpreted.addAll(argv.subList(driver + 1, argv.size()));
        assertThat(interpreted).doesNotContain("-XX:+EnableJVMCI");

        FriendRun run = FriendRun.of(new FriendCommand("graalpy", compiled.version(), interpreted,
                compiled.workingDirectory(), compiled.environment()));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.started().javaVersion()).matches("GraalPy 25\\.0\\.1 \\(Python 3\\.\\d+\\.\\d+\\),"
                + " interpreter only \\(no Graal JIT: JVMCI is not enabled\\)");
        assertThat(run.iterations()).extracting(WorkerEvent.Iteration::answer).containsExactly("6765", "6765");
    }

    /** The adaptive plan of a real run: it says how many warm-up calls it made and how many it measures. */
    @Test
    void itsAdaptivePlanSaysWhereWarmUpEnded() throws Exception {
        require();
        FriendRun run = FriendRun.of(FRIENDS.command("graalpy", "fib", "recursive", 20, null, 0, 0));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<WorkerEvent.Iteration> iterations = run.iterations();
        long warmups = iterations.stream().filter(WorkerEvent.Iteration::warmup).count();
        WorkerEvent.Measuring measuring = run.events().stream().filter(WorkerEvent.Measuring.class::isInstance)
                .map(WorkerEvent.Measuring.class::cast).findFirst().orElseThrow();
        assertThat(measuring.warmup()).isEqualTo(warmups).isGreaterThan(10);
        assertThat(iterations.size() - warmups).isEqualTo(measuring.iterations());
        assertThat(iterations).allSatisfy(i -> assertThat(i.answer()).isEqualTo("6765"));
        // The measuring line comes between the last warm-up and the first measured call.
        assertThat(run.events().indexOf(measuring)).isEqualTo(run.events().indexOf(iterations.get((int) warmups)) - 1);
    }

    /**
     * The steady plan on the warm-up curve the issue measured for fib(27) (1.4 s, three calls of
     * 0.45 s, then milliseconds still falling by the 24th call), fed to the driver as times: it
     * stops once the median of ten calls is within 10% of the ten before, then measures about a
     * second's worth; on times that keep falling 3% a call it stops 120 s after the first call and
     * says so; a call that was lucky early (fib(30) here: 104 ms, then up to 994 ms while Truffle
     * recompiled, then about 30 ms) does not pass for the steady time.
     */
    @Test
    void theSteadyPlanWaitsUntilTheTimesStopChangingOrSaysItNeverSettled() throws Exception {
        PythonSnippet python = cpythonSnippet();
        String out = python.run("""
                import fwf_friend
                ms = 1_000_000
                curve = [1400, 450, 450, 450, 10, 9, 40, 8, 7, 6.5, 6, 5.5, 5, 4.6, 4.3, 4.0, 3.8, 3.6, 3.4,
                         3.2, 3.1, 2.9, 2.8, 2.7] + [2.7, 2.8, 2.7, 2.9, 2.7, 2.75, 2.7, 3.5, 2.7, 2.8] * 5
                times = iter(int(t * ms) for t in curve)
                print(fwf_friend.steady_warmup(lambda warm: next(times)))
                falling = iter(int(6e9 * 0.97 ** i) for i in range(1000))
                print(fwf_friend.steady_warmup(lambda warm: next(falling)))
                seen = [9985.3, 263.1, 103.7, 303.3, 184.2, 416.7, 845.0, 920.2, 994.1, 561.9, 410.4, 432.1,
                        631.0] + [30, 29, 35, 29, 28, 56, 48, 47, 24, 65] * 3
                recompiled = iter(int(t * ms) for t in seen)
                print(fwf_friend.steady_warmup(lambda warm: next(recompiled)))
                """);
        assertThat(out.lines().toList()).containsExactly(
                "{\"event\":\"measuring\",\"warmup\":36,\"iterations\":367,\"steady\":true,\"note\":\"steady after 36"
                        + " warm-up calls: the median of the last 10 within 10% of the 10 before\"}",
                "367", // a second's worth of the last ten calls' median, 2.725 ms
                "{\"event\":\"measuring\",\"warmup\":33,\"iterations\":3,\"steady\":false,\"note\":\"not steady"
                        + " after 33 warm-up calls (120.8 s after the first): the median of the last 10 more than 10%"
                        + " off the 10 before\"}",
                "3", // still over a second a call: three measured, as for any slow kernel
                "{\"event\":\"measuring\",\"warmup\":32,\"iterations\":31,\"steady\":true,\"note\":\"steady after 32"
                        + " warm-up calls: the median of the last 10 within 10% of the 10 before\"}",
                "31");
    }

    /** CPython keeps its plan: FWF_PLAN is the graalpy friend's alone. */
    @Test
    void onlyGraalPyRunsTheSteadyPlan() throws Exception {
        require();
        cpythonSnippet();
        assertThat(FRIENDS.command("graalpy", "fib", "recursive", 1, null, 0, 0).environment())
                .containsEntry("FWF_PLAN", "steady");
        assertThat(FRIENDS.command("cpython", "fib", "recursive", 1, null, 0, 0).environment())
                .doesNotContainKey("FWF_PLAN");
    }

    /**
     * The runner gone, GraalPy's JVM halts even mid-kernel: its launcher reads the stdin pipe the
     * runner keeps, and its end of file is the runner's death. The pipe's writer is played by
     * {@code sleep}, which never writes, and is killed.
     */
    @Test
    @Timeout(300)
    void itDiesWithinTwoSecondsOfItsParent() throws Exception {
        require();
        FriendCommand command = FRIENDS.command("graalpy", "fib", "recursive", 45, null, 1, 1);
        String friendArgv = command.argv().stream().map(a -> "'" + a + "'").collect(Collectors.joining(" "));
        // The pipe's writer is sleep, which never writes: killing it is the runner dying.
        String parent = "sleep 100000 | " + friendArgv + " > /dev/null &\necho $!\nwait\n";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", parent).directory(command.workingDirectory().toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(command.environment());
        Process shell = pb.start();
        ProcessHandle friend = null;
        try {
            String pid = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            friend = ProcessHandle.of(Long.parseLong(pid.strip())).orElseThrow();
            // The pipeline's first process may still be the shell's fork, not yet sleep, when the
            // friend's pid is printed: look again until it has become sleep (a busy machine took longer).
            ProcessHandle writer = null;
            for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); writer == null && System.nanoTime() < end; ) {
                writer = shell.descendants().filter(h -> h.info().command().orElse("").endsWith("/sleep"))
                        .findFirst().orElse(null);
                if (writer == null) {
                    Thread.sleep(20);
                }
            }
            assertThat(writer).as("the pipe's writer, sleep").isNotNull();
            Thread.sleep(20_000); // the JVM starts, GraalPy loads, fib(45) runs for minutes
            assertThat(friend.isAlive()).as("the friend runs fib(45) while the pipe's writer lives").isTrue();
            writer.destroyForcibly(); // the runner's end of the pipe closes, as when it dies
            long start = System.nanoTime();
            while (friend.isAlive() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2)) {
                Thread.sleep(10);
            }
            assertThat(friend.isAlive()).as("the friend still runs 2 s after its parent's pipe closed").isFalse();
        } finally {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }

    private static PythonSnippet cpythonSnippet() throws FriendUnavailableException {
        Availability cpython = FRIENDS.availability("cpython");
        if (!cpython.available()) {
            throw FriendRequirement.missing("cpython", cpython.reason());
        }
        return PythonSnippet.of(FRIENDS, "cpython");
    }

    private static Availability require() {
        Availability graalpy = FRIENDS.availability("graalpy");
        if (!graalpy.available()) {
            throw FriendRequirement.missing("graalpy", graalpy.reason());
        }
        return graalpy;
    }
}
