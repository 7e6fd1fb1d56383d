package fwf.runner;

import fwf.run.HarnessFlags;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.worker.WorkerMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker's command, without starting it. */
class JvmWorkerLauncherTest {
    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    private static final RunRequest REQUEST = Workers.fib(20, "jvm-c1", new Plan(1, 2, 1), List.of("-Xmx1g", "-Xlog:gc:file=gc.log"), null);

    @Test
    void withJitEventsTheJvmWritesItsJitLogIntoAFolderOfItsOwnAndTheWorkerIsTold() throws IOException {
        List<String> command = new JvmWorkerLauncher(JAVA, "cp", true).command(REQUEST, 3).command();
        int at = command.indexOf("--jit-log");
        assertThat(at).isPositive();
        Path log = Path.of(command.get(at + 1));
        try {
            assertThat(log.getParent().getFileName().toString()).startsWith(HarnessFlags.JIT_LOG_FOLDER_PREFIX);
            assertThat(log.getFileName()).isEqualTo(Path.of("jit.log"));
            assertThat(log.getParent()).as("made for the JVM, which needs it").isEmptyDirectory();
            assertThat(log).isAbsolute();
            // The request's own flags, an -Xlog among them, come after the JIT log's.
            assertThat(command).containsExactly("/jdk/bin/java", "-Xlog:disable", "-Xlog:all=warning:stderr",
                    "-XX:ErrorFile=" + TMP.resolve("fwf-hs_err_pid%p.log"), HarnessFlags.jitLogOption(log), "-XX:TieredStopAtLevel=1",
                    "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                    "-Xmx1g", "-Xlog:gc:file=gc.log", "-cp", "cp", "fwf.worker.WorkerMain",
                    "--workload", "fib", "--variant", "primitive", "--size", "20", "--warmup", "1", "--iterations", "2",
                    "--fork", "3", "--jit-log", log.toString());
        } finally {
            Files.deleteIfExists(log.getParent());
        }
    }

    @Test
    void eachWorkerGetsAFolderOfItsOwn() throws IOException {
        JvmWorkerLauncher launcher = new JvmWorkerLauncher(JAVA, "cp", true);
        List<String> a = launcher.command(REQUEST, 0).command();
        List<String> b = launcher.command(REQUEST, 0).command();
        Path logA = Path.of(a.getLast());
        Path logB = Path.of(b.getLast());
        try {
            assertThat(logA.getParent()).isNotEqualTo(logB.getParent());
        } finally {
            Files.deleteIfExists(logA.getParent());
            Files.deleteIfExists(logB.getParent());
        }
    }

    @Test
    void withoutJitEventsThereIsNoLogAtAll() {
        List<String> command = new JvmWorkerLauncher(JAVA, "cp", false).command(REQUEST, 0).command();
        assertThat(command).noneMatch(s -> s.startsWith("-Xlog:jit")).doesNotContain("--jit-log").contains("--no-jit");
        assertThat(command).containsSequence("--enable-native-access=ALL-UNNAMED", "-Xmx1g");
    }

    @Test
    void theArchiveTheImageNamesIsUsedOnceItExists(@TempDir Path dir) throws IOException {
        Path archive = dir.resolve("image-1.jsa");
        JvmWorkerLauncher launcher = new JvmWorkerLauncher(JAVA, "cp", false, archive);
        // bin/fwf is still dumping it in the background: the worker starts without.
        assertThat(launcher.command(REQUEST, 0).command()).noneMatch(s -> s.startsWith("-XX:SharedArchiveFile"));
        Files.write(archive, new byte[] {1});
        assertThat(launcher.command(REQUEST, 0).command()).containsSequence("/jdk/bin/java", "-Xlog:disable",
                "-Xlog:all=warning:stderr", "-XX:ErrorFile=" + TMP.resolve("fwf-hs_err_pid%p.log"),
                "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1");
        assertThat(launcher.withJit(true).intendedFlags(REQUEST)).noneMatch(s -> s.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void harnessFlagsAreTheLeadingOnesOnly() {
        assertThat(HarnessFlags.isHarnessFlag("-Xlog:disable", null)).isTrue();
        assertThat(HarnessFlags.isHarnessFlag("-Xlog:all=warning:stderr", null)).isTrue();
        assertThat(HarnessFlags.isHarnessFlag("-XX:SharedArchiveFile=/a.jsa", null)).isTrue();
        assertThat(HarnessFlags.isHarnessFlag("-XX:ErrorFile=/tmp/fwf-hs_err_pid%p.log", null)).isTrue();
        assertThat(HarnessFlags.isHarnessFlag("-Xlog:jit", "-Xlog:jit")).isTrue();
        assertThat(HarnessFlags.isHarnessFlag("-Xlog:gc", "-Xlog:jit")).isFalse();
        assertThat(HarnessFlags.isHarnessFlag("-Xint", null)).isFalse();
    }

    @Test
    void theIntendedFlagsLeaveTheJitLogOut() {
        assertThat(new JvmWorkerLauncher(JAVA, "cp", true).intendedFlags(REQUEST)).containsExactly("-XX:TieredStopAtLevel=1",
                "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-Xlog:gc:file=gc.log");
    }
}
