package fwf.cli;

import fwf.bench.JvmWorkerLauncher;
import fwf.bench.Measurement;
import fwf.bench.RunHandle;
import fwf.bench.RunListener;
import fwf.bench.RunRequest;
import fwf.bench.Runner;
import fwf.bench.SystemLauncher;
import fwf.friends.Friends;
import fwf.friends.Launch;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.io.InputFiles;
import fwf.results.Journal;
import fwf.workload.Catalogue;
import fwf.workload.Workload;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * What the measuring commands share: the runner with every system's launcher, the journal
 * each result is appended to, Ctrl+C turned into a clean cancel, and the names checked up
 * front so a typo costs no worker.
 *
 * <p>A result that cannot be journaled is a failure ({@link ResultNotSavedException}, exit 1):
 * a journal that cannot be written is refused before anything runs, and an append that fails
 * all the same after a run throws with the result, for the command to print and then fail.
 * Closing deletes the runner's copies of inputs that were not regular files.
 */
final class Engine implements AutoCloseable {
    private final Runner runner;
    private final Journal journal;
    private final PrintWriter err;

    Engine(MeasureOptions options, PrintWriter err) {
        this(options, err, false);
    }

    /** @param warmupTrace JVM workers time their first operations one by one before the plan */
    Engine(MeasureOptions options, PrintWriter err, boolean warmupTrace) {
        this.runner = new Runner(new SystemLauncher(new JvmWorkerLauncher().withJit(!options.noJitEvents)
                .withWarmupTrace(warmupTrace), Friends.standard()));
        this.journal = options.journal();
        this.err = err;
    }

    static Workload<?> workload(String name) {
        return Catalogue.workload(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown workload '" + name + "': choose one of "
                        + String.join(", ", Catalogue.workloads().stream().map(Workload::name).toList())));
    }

    static SystemSpec system(String name) {
        return Systems.find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown system '" + name + "': choose one of " + String.join(", ", Systems.names())));
    }

    /** The variants a system runs for a workload: the catalogue's for JVM tiers, the friend's own otherwise. */
    static List<String> variants(Workload<?> workload, SystemSpec system) {
        return system.launch() == Launch.JVM_WORKER ? workload.variantNames() : system.variantsOf(workload.name());
    }

    /** The named variant, or the system's first for the workload; refused when the system lacks it. */
    static String variant(Workload<?> workload, SystemSpec system, String asked) {
        List<String> known = variants(workload, system);
        if (known.isEmpty()) {
            throw new IllegalArgumentException(system.name() + " does not run " + workload.name());
        }
        if (asked == null) {
            return known.getFirst();
        }
        if (!known.contains(asked)) {
            throw new IllegalArgumentException("unknown variant '" + asked + "' of " + workload.name() + " on "
                    + system.name() + ": choose one of " + String.join(", ", known));
        }
        return asked;
    }

    /**
     * Runs one request to its end (Ctrl+C cancels it) and appends the result to the journal.
     *
     * @throws UncheckedIOException     when the input cannot be read (a missing or malformed graph)
     * @throws IllegalArgumentException when the input cannot be built (a size it does not have)
     * @throws ResultNotSavedException  when the journal cannot be written, before anything runs
     *                                  (no measurement) or after (with it)
     */
    Measurement measure(RunRequest request, RunListener listener) {
        try {
            journal.checkWritable();
        } catch (IOException e) {
            throw new ResultNotSavedException("results cannot be saved: " + e.getMessage(), null, e);
        }
        try {
            // The reference answer needs the input anyway (and is cached for the run): reading
            // it first turns a broken file into bad input, reported before any worker starts.
            runner.reference(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RunHandle handle = runner.start(request, listener);
        Thread hook = new Thread(handle::cancel, "fwf-cancel-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Measurement m = handle.result().get();
            record(m);
            return m;
        } catch (InterruptedException e) {
            handle.cancel();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the run failed inside the engine: " + e.getCause(), e.getCause());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the worker is being cancelled
            }
        }
    }

    private void record(Measurement m) {
        try {
            journal.append(m);
        } catch (IOException e) {
            throw new ResultNotSavedException("the result was not saved: "
                    + InputFiles.explained(journal.path(), e).getMessage(), m, e);
        }
    }

    @Override
    public void close() {
        try {
            runner.close();
        } catch (IOException e) {
            err.println("fwf: warning: could not delete a temporary copy of the input: " + e.getMessage());
        }
    }

    Journal journal() {
        return journal;
    }
}
