package fwf.app;

import fwf.graph.GeneratedGraph;
import fwf.io.AppFolders;
import fwf.results.Journal;
import fwf.results.Settings;
import fwf.run.RunRequest;
import fwf.runner.JvmWorkerLauncher;
import fwf.runner.RunHandle;
import fwf.runner.RunListener;
import fwf.runner.Runner;
import fwf.runner.SystemLauncher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the window keeps things and what it runs with. Passed in rather than looked up, so a
 * test opens the window on a temporary journal and settings file and no global state exists.
 *
 * @param journal      the results journal
 * @param settings     the remembered choices
 * @param defaultGraph the graph file offered when none is remembered, or null
 * @param starter      starts runs ({@code Runner::start})
 * @param systems      which systems can run here
 * @param graphCache   where the window's generated graphs are written, the friends' folder of
 *                     them ({@link GeneratedGraph#folderIn} of their cache root)
 */
public record AppConfig(Path journal, Path settings, Path defaultGraph, RunService.Starter starter,
                        SystemAvailability systems, Path graphCache) {
    /** Overrides the journal's place, like the command line's {@code --results}. */
    public static final String RESULTS_PROPERTY = "fwf.results";
    /**
     * A window's run ends after this at the latest, input and reference answer included (Esc
     * ends it sooner): enough for the talk's slowest run here, CPython's naive triangle count on
     * all of ego-Facebook, four calls of about two minutes.
     */
    public static final Duration RUN_TIMEOUT = Duration.ofMinutes(15);
    /** Overrides the settings file's place. */
    public static final String SETTINGS_PROPERTY = "fwf.settings";

    public AppConfig {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(starter, "starter");
        Objects.requireNonNull(systems, "systems");
        Objects.requireNonNull(graphCache, "graphCache");
    }

    /** Generated graphs go where the friends find theirs, under this user's cache folder. */
    public AppConfig(Path journal, Path settings, Path defaultGraph, RunService.Starter starter,
                     SystemAvailability systems) {
        this(journal, settings, defaultGraph, starter, systems,
                GeneratedGraph.folderIn(AppFolders.fromEnvironment().cache()));
    }

    /** The real thing: system properties first, then the XDG places; a fresh engine. */
    public static AppConfig fromEnvironment() {
        Map<String, String> env = System.getenv();
        Path home = Path.of(System.getProperty("user.home"));
        String results = System.getProperty(RESULTS_PROPERTY);
        String settings = System.getProperty(SETTINGS_PROPERTY);
        SystemLauncher launcher = SystemLauncher.standard();
        Runner runner = new Runner(launcher);
        // The Warm-up tab's switch: the same systems, JVM workers timing their first operations one by one.
        Runner traced = new Runner(new SystemLauncher(new JvmWorkerLauncher().withWarmupTrace(true), launcher.friends()));
        // Every run ends: a request without a limit of its own gets the window's.
        RunService.Starter starter = new RunService.Starter() {
            @Override
            public RunHandle start(RunRequest request, RunListener listener) {
                return start(request, listener, false);
            }

            @Override
            public RunHandle start(RunRequest request, RunListener listener, boolean warmupTrace) {
                return (warmupTrace ? traced : runner).start(
                        request.timeout() == null ? request.withTimeout(RUN_TIMEOUT) : request, listener);
            }
        };
        return new AppConfig(
                results != null && !results.isBlank() ? Path.of(results) : Journal.defaultPath(),
                settings != null && !settings.isBlank() ? Path.of(settings) : Settings.defaultPath(env, home),
                defaultGraph(env, home), starter, SystemAvailability.of(launcher.friends()),
                GeneratedGraph.folderIn(launcher.friends().cacheRoot()));
    }

    /**
     * The ego-Facebook file where this project's checkouts keep it (beside the repository) or
     * where {@code data/download-snap.sh} puts it; null when neither has it.
     */
    static Path defaultGraph(Map<String, String> env, Path home) {
        Path data = AppFolders.of(env, home).data().resolve("data");
        for (Path p : List.of(Path.of("../shared/data/facebook_combined.txt"), data.resolve("facebook_combined.txt"))) {
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    public AppConfig withJournal(Path file) {
        return new AppConfig(file, settings, defaultGraph, starter, systems, graphCache);
    }

    public AppConfig withSettings(Path file) {
        return new AppConfig(journal, file, defaultGraph, starter, systems, graphCache);
    }
}
