package fwf.friends;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Python friend never outlives its runner: SIGKILL the parent in the middle of a kernel that
 * would run for a minute or more, and the friend is gone within 2 s. The parent holds the only
 * write end of the friend's stdin pipe, as the runner's JVM does.
 */
class FriendOrphanTest {
    private static final Friends FRIENDS = Friends.standard();
    private static final long LIMIT_MS = 2_000;

    /**
     * The runner, played by a few lines of Python: start the friend with a pipe on its stdin that
     * it keeps and never writes, wait until the kernel runs (after started and loaded), say the
     * friend's pid, and wait.
     */
    private static final String PARENT = """
            import subprocess, sys
            friend = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
            friend.stdout.readline()
            friend.stdout.readline()
            print(friend.pid, flush=True)
            friend.wait()
            """;

    // Each kernel would run for a minute or more here: a compiled one (Cython's cfunc, mypyc,
    // PyO3) or PyPy's JIT holds the GIL all that time, so no Python thread could end the friend.
    @ParameterizedTest(name = "{0} fib {1} {2}")
    @CsvSource({"cpython, recursive, 45", "pypy, recursive, 45", "cython, cfunc, 50", "cython, typed, 45",
            "mypyc, recursive, 48", "pyo3, recursive, 50"})
    @Timeout(120)
    void aFriendDiesWithinTwoSecondsOfItsParent(String system, String variant, int n) throws Exception {
        Availability availability = FRIENDS.availability(system);
        if (!availability.available()) {
            throw FriendRequirement.missing(system, availability.reason());
        }
        FriendCommand command = FRIENDS.command(system, "fib", variant, n, null, 1, 1);
        List<String> argv = new ArrayList<>(List.of(command.argv().getFirst(), "-c", PARENT));
        argv.addAll(command.argv());
        ProcessBuilder pb = new ProcessBuilder(argv).directory(command.workingDirectory().toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(command.environment());
        Process parent = pb.start();
        ProcessHandle friend = null;
        try {
            String pid = firstLine(parent);
            assertThat(pid).as("the parent says the friend's pid once its kernel runs").isNotNull();
            friend = ProcessHandle.of(Long.parseLong(pid.strip())).orElseThrow();
            Thread.sleep(300);
            assertThat(running(friend)).as("the friend runs fib(" + n + ") while its parent lives").isTrue();
            assertDiesWithParent(parent, friend);
        } finally {
            parent.destroyForcibly();
            if (friend != null) {
                friend.destroyForcibly();
            }
        }
    }

    /** The real runner: ./fwf's JVM, running CPython's fib(45), killed with SIGKILL. */
    @Test
    @Timeout(180)
    void aCpythonFriendDiesWithTheFwfProcessThatStartedIt(@TempDir Path dir) throws Exception {
        Availability availability = FRIENDS.availability("cpython");
        if (!availability.available()) {
            throw FriendRequirement.missing("cpython", availability.reason());
        }
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process fwf = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "fwf.cli.Main", "run",
                "fib", "--system", "cpython", "--variant", "recursive", "--size", "45",
                "--results", dir.resolve("results.jsonl").toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        ProcessHandle friend = null;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (friend == null && fwf.isAlive() && System.nanoTime() < deadline) {
                friend = fwf.descendants().filter(h -> h.info().arguments()
                        .map(a -> List.of(a).contains("45") && String.join(" ", a).contains("fwf_friend.py"))
                        .orElse(false)).findFirst().orElse(null);
                Thread.sleep(50);
            }
            assertThat(friend).as("./fwf started the friend; its stderr: "
                    + Files.readString(dir.resolve("err.txt"))).isNotNull();
            Thread.sleep(500);
            assertThat(running(friend)).as("the friend runs fib(45) while ./fwf lives").isTrue();
            assertDiesWithParent(fwf, friend);
        } finally {
            fwf.destroyForcibly();
            if (friend != null) {
                friend.destroyForcibly();
            }
        }
    }

    private static void assertDiesWithParent(Process parent, ProcessHandle friend) throws InterruptedException {
        parent.destroyForcibly(); // SIGKILL: no hook, no clean-up, as kill -9
        assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        while (running(friend) && System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(LIMIT_MS)) {
            Thread.sleep(10);
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(running(friend)).as("the friend still runs " + ms + " ms after its parent was killed").isFalse();
    }

    private static String firstLine(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        return r.readLine();
    }

    /** Alive and not a zombie: an orphan that died stays a zombie until whoever adopted it reaps it. */
    private static boolean running(ProcessHandle h) {
        if (!h.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false; // gone between the two looks
        }
    }
}
