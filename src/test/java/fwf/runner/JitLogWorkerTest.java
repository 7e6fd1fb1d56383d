package fwf.runner;

import fwf.run.HarnessFlags;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.worker.WorkerMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Real workers and their JIT log, through the runner: what is left on disk, and a request's own -Xlog options. */
class JitLogWorkerTest {
    private static final String KERNEL = "fwf.workload.Fib::primitive";

    /** Remembers each worker's JIT log from its command. */
    private static final class Commands extends Workers.Recorder {
        final List<Path> logs = new CopyOnWriteArrayList<>();

        @Override
        public void forkStarted(int fork, int forks, List<String> command) {
            super.forkStarted(fork, forks, command);
            logs.add(Path.of(command.get(command.indexOf("--jit-log") + 1)));
        }
    }

    @Test
    void aRunLeavesNoJitLogBehindLoadsNoJfrAndKeepsTheRequestsOwnXlog(@TempDir Path dir) throws IOException {
        Path classes = dir.resolve("classes.log");
        Commands heard = new Commands();
        RunRequest r = RunRequest.ofNames("fib", "primitive", "jvm-c2", 25, null, new Plan(3, 3, 2),
                List.of("-Xlog:class+load=info:file=" + classes), null);
        Measurement m = new Runner().run(r, heard);

        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(heard.logs).hasSize(2).allSatisfy(log -> {
            assertThat(log.getParent().getFileName().toString()).startsWith(HarnessFlags.JIT_LOG_FOLDER_PREFIX);
            assertThat(log.getParent()).as("the worker's JIT log folder").doesNotExist();
        });
        assertThat(m.jit()).filteredOn(e -> e.method().equals(KERNEL) && !e.kind().equals("deopt")).isNotEmpty();
        assertThat(m.jit()).allSatisfy(e -> assertThat(e.method()).startsWith("fwf.workload."));
        // The worker's own -Xlog is not among the flags it reports; the request's is.
        assertThat(m.environment().jvmFlags()).containsExactly("--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Xlog:class+load=info:file=" + classes);
        // The request's -Xlog wrote its own file (the second worker's, over the first's).
        List<String> loaded = Files.readAllLines(classes);
        assertThat(loaded).anyMatch(line -> line.contains(" fwf.worker.WorkerMain "));
        assertThat(loaded).noneMatch(line -> line.contains("jdk.jfr."));
    }

    @Test
    void aJvmThatWritesNoLogStillMeasures() {
        Commands heard = new Commands();
        RunRequest r = RunRequest.ofNames("fib", "primitive", "jvm-c2", 20, null, new Plan(1, 2, 1), List.of("-Xlog:disable"), null);
        Measurement m = new Runner().run(r, heard);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.answer()).isEqualTo("6765");
        assertThat(m.jit()).isEmpty();
        assertThat(heard.logs).hasSize(1).allSatisfy(log -> assertThat(log.getParent()).doesNotExist());
    }
}
