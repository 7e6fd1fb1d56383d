package fwf.cli;

import fwf.friends.SystemSpec;
import fwf.results.Journal;
import fwf.results.Settings;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.workload.Workload;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The options every measuring command shares: the plan, limits, extra JVM flags, input and journal. */
final class MeasureOptions {
    @Option(names = "--graph", paramLabel = "FILE",
            description = {"edge list for triangles (SNAP format); default: the file the window was last given,",
                    "else a generated Facebook-like graph"})
    Path graph;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "0",
            description = "warm-up iterations per fork (default: adaptive, about 1 s)")
    int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "0",
            description = "measured iterations per fork (default: adaptive; 3 when one takes over a second, else about 1 s)")
    int iterations;

    @Option(names = "--forks", paramLabel = "N", defaultValue = "1",
            description = "fresh worker processes, one after the other (default: ${DEFAULT-VALUE})")
    int forks;

    /** A run's limit when none is given: long enough for the talk's slowest run (CPython's triangles), and it ends. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);
    /** The longest --timeout taken: a week, far beyond any run, and far from overflowing a clock. */
    static final Duration MAX_TIMEOUT = Duration.ofDays(7);

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = {"stop a run that takes longer: loading the input, the reference answer and every fork",
                    "together (default: 1800, half an hour; at most 604800, a week)"})
    String timeoutSeconds;

    @Option(names = "--jvm-flag", paramLabel = "F",
            description = "an extra flag for JVM workers, repeatable (e.g. --jvm-flag -XX:-Inline); recorded with the result")
    List<String> jvmFlags = new ArrayList<>();

    @Option(names = "--no-jit-events", description = "do not record JIT compilations (a JVM worker starts faster)")
    boolean noJitEvents;

    @Option(names = "--results", paramLabel = "FILE",
            description = "the results journal (default: $XDG_DATA_HOME/faster-with-friends/results.jsonl, else ~/.local/share/...)")
    Path results;

    /** @throws IllegalArgumentException for counts or limits out of range, with a message for the user */
    RunRequest request(Workload<?> workload, String variant, SystemSpec system, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("--size must be >= 0 (0 means the default), got " + size);
        }
        if (warmup < 0 || iterations < 0) {
            throw new IllegalArgumentException("--warmup and --iterations must be >= 0 (0 means adaptive)");
        }
        if (forks < 1) {
            throw new IllegalArgumentException("--forks must be at least 1, got " + forks);
        }
        Duration timeout = timeout();
        return new RunRequest(workload, variant, system, size, workload.readsGraph() ? graph() : graph,
                new Plan(warmup, iterations, forks), jvmFlags, timeout);
    }

    /** The --timeout given, else {@link #DEFAULT_TIMEOUT}; a message for anything but seconds in (0, a week]. */
    Duration timeout() {
        if (timeoutSeconds == null) {
            return DEFAULT_TIMEOUT;
        }
        double seconds;
        try {
            seconds = Double.parseDouble(timeoutSeconds.strip());
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        // Whole milliseconds: 0.0001 s would round to none at all.
        if (!(seconds * 1000 >= 1) || seconds > MAX_TIMEOUT.toSeconds()) {
            throw new IllegalArgumentException("--timeout must be a number of seconds from 0.001 to "
                    + MAX_TIMEOUT.toSeconds() + " (a week), got '" + timeoutSeconds + "'");
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** The graph asked for, else the one the window remembers, else none (the generated graph). */
    Path graph() {
        return graphOrRemembered(graph);
    }

    /** {@code asked} when given, else the graph the window remembers, else null (the generated graph). */
    static Path graphOrRemembered(Path asked) {
        if (asked != null) {
            return asked;
        }
        Path settings = Settings.defaultPath(System.getenv(), Path.of(System.getProperty("user.home")));
        return Settings.load(settings).configuredGraph().orElse(null);
    }

    Journal journal() {
        return Journal.open(results == null ? Journal.defaultPath() : results);
    }
}
