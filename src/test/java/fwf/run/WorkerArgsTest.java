package fwf.run;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkerArgsTest {
    @Test
    void aRequestBecomesArgumentsAndBack() {
        RunRequest r = RunRequest.ofNames("triangles", "forward", "jvm-c2", 500, Path.of("data/g.txt"), new Plan(3, 7, 2),
                List.of("-Xmx1g"), Duration.ofSeconds(5));
        List<String> args = WorkerArgs.of(r, 1, false);
        String graph = Path.of("data/g.txt").toAbsolutePath().toString();
        assertThat(args).containsExactly("--workload", "triangles", "--variant", "forward", "--size", "500",
                "--graph", graph, "--warmup", "3", "--iterations", "7", "--fork", "1", "--no-jit");
        assertThat(WorkerArgs.parse(args.toArray(String[]::new)))
                .isEqualTo(new WorkerArgs("triangles", "forward", 500, Path.of(graph), 3, 7, 1, false));
    }

    @Test
    void noWarmupTravelsAsTheWordNone() {
        RunRequest r = RunRequest.ofNames("mean", "draw-mean", "jvm-c2", 1000, null, Plan.rounds(5, 1), List.of(), null);
        List<String> args = WorkerArgs.of(r, 0, true);
        assertThat(args).containsSubsequence("--warmup", "none", "--iterations", "5");
        assertThat(WorkerArgs.parse(args.toArray(String[]::new)).warmup()).isEqualTo(Plan.NONE);
        assertThatThrownBy(() -> WorkerArgs.parse(new String[] {"--workload", "fib", "--warmup", "-1"}))
                .hasMessage("--warmup must be >= 0, got -1");
    }

    @Test
    void defaultsAndEqualsSigns() {
        assertThat(WorkerArgs.parse(new String[] {"--workload=fib"}))
                .isEqualTo(new WorkerArgs("fib", null, 0, null, 0, 0, 0, true));
        assertThat(WorkerArgs.parse(new String[] {"--workload", "fib", "--size=40", "--fork=2"}))
                .isEqualTo(new WorkerArgs("fib", null, 40, null, 0, 0, 2, true));
    }

    @Test
    void aNativeLibraryIsPassedAbsolute() {
        List<String> extra = WorkerArgs.nativeLibrary(Path.of("cache/libfwf_c.so"));
        String library = Path.of("cache/libfwf_c.so").toAbsolutePath().toString();
        assertThat(extra).containsExactly("--native-library", library);
        List<String> args = new java.util.ArrayList<>(List.of("--workload", "fib", "--variant", "recursive"));
        args.addAll(extra);
        assertThat(WorkerArgs.parse(args.toArray(String[]::new)))
                .isEqualTo(new WorkerArgs("fib", "recursive", 0, null, 0, 0, 0, true, Path.of(library)));
        assertThat(WorkerArgs.parse(new String[] {"--workload=fib", "--native-library=/l.so"}).nativeLibrary())
                .isEqualTo(Path.of("/l.so"));
        assertThat(WorkerArgs.parse(new String[] {"--workload=fib"}).nativeLibrary()).isNull();
    }

    @Test
    void aJitLogIsPassedAbsolute() {
        List<String> extra = WorkerArgs.jitLog(Path.of("tmp/fwf-jit-1/jit.log"));
        String log = Path.of("tmp/fwf-jit-1/jit.log").toAbsolutePath().toString();
        assertThat(extra).containsExactly("--jit-log", log);
        List<String> args = new java.util.ArrayList<>(List.of("--workload", "fib"));
        args.addAll(extra);
        assertThat(WorkerArgs.parse(args.toArray(String[]::new)))
                .isEqualTo(new WorkerArgs("fib", null, 0, null, 0, 0, 0, true, null, Path.of(log)));
        assertThat(WorkerArgs.parse(new String[] {"--workload=fib", "--jit-log=/j.log"}).jitLog()).isEqualTo(Path.of("/j.log"));
        assertThat(WorkerArgs.parse(new String[] {"--workload=fib"}).jitLog()).isNull();
        assertThat(WorkerArgs.parse(new String[] {"--workload=fib"}).warmupTrace()).isFalse();
        assertThat(WorkerArgs.parse(new String[] {"--workload=fib", "--warmup-trace"}))
                .isEqualTo(new WorkerArgs("fib", null, 0, null, 0, 0, 0, true, null, null, true));
        assertThat(WorkerArgs.parse(new String[] {"--workload=fib", "--native-library=/l.so", "--jit-log=/j.log"}))
                .isEqualTo(new WorkerArgs("fib", null, 0, null, 0, 0, 0, true, Path.of("/l.so"), Path.of("/j.log")));
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertBad("unknown argument '--sise'", "--workload", "fib", "--sise", "4");
        assertBad("--size must be a whole number, got 'forty'", "--workload", "fib", "--size", "forty");
        assertBad("--warmup must be >= 0, got -1", "--workload", "fib", "--warmup", "-1");
        assertBad("--iterations needs a value", "--workload", "fib", "--iterations");
        assertBad("--workload is required", "--size", "4");
        assertBad("--no-jit takes no value", "--workload", "fib", "--no-jit=yes");
        assertBad("--native-library needs a value", "--workload", "fib", "--native-library");
        assertBad("--jit-log needs a value", "--workload", "fib", "--jit-log");
        assertBad("--no-jit and --jit-log exclude each other", "--workload", "fib", "--no-jit", "--jit-log", "/j.log");
    }

    private static void assertBad(String message, String... args) {
        assertThatThrownBy(() -> WorkerArgs.parse(args)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
