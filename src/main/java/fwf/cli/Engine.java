package fwf.cli;

import fwf.friends.Compilers;
import fwf.friends.Friends;
import fwf.friends.SystemSpec;
import fwf.results.Journal;
import fwf.run.Measurement;
import fwf.run.RunRequest;
import fwf.runner.JvmWorkerLauncher;
import fwf.runner.RunHandle;
import fwf.runner.RunListener;
import fwf.runner.Runner;
import fwf.runner.SystemLauncher;
import fwf.workload.Workload;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What the measuring commands share: the runner with every system's launcher, the journal
 * each result is appended to, Ctrl+C turned into a clean cancel, and the names checked up
 * front so a typo costs no worker.
 *
 * <p>A result that cannot be journaled is a failure ({@link ResultNotSavedException}, exit 1):
 * a journal that cannot be written is refused before anything runs, and an append that fails
 * all the same after a run throws with the result, after it was reported.
 * Closing deletes the runner's copies of inputs that were not regular files.
 */
final class Engine implements AutoCloseable {
    /** How long Ctrl+C waits for the cancelled run to be recorded and reported before the JVM ends. */
    static final Duration CTRL_C_WAIT = Duration.ofSeconds(5);

    private final Runner runner;
    private volatile boolean interrupted;
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




    /** The named variant, or the system's first for the workload; refused when the system lacks it. */
    static String variant(Workload<?> workload, SystemSpec system, String asked) {
        return RunRequest.checkedVariant(workload, system, asked);
    }

    /** As {@link #measure(RunRequest, RunListener, Consumer)}, with nothing to report. */
    Measurement measure(RunRequest request, RunListener listener) {
        return measure(request, listener, m -> { });
    }

    /**
     * Runs one request to its end under its timeout, appends the result to the journal and
     * hands it to {@code report} (which prints it). Ctrl+C cancels the run: the JVM's shutdown
     * waits, up to {@link #CTRL_C_WAIT}, until the cancelled result is recorded and reported, so
     * the reason reaches stderr and the journal keeps the record.
     *
     * @throws UncheckedIOException     when the input cannot be read (a missing or malformed graph)
     * @throws IllegalArgumentException when the input cannot be built (a size it does not have), or
     *                                  the extra JVM flags would make the system another one
     * @throws Cancelled                when Ctrl+C came during an earlier run of this command
     * @throws ResultNotSavedException  when the journal cannot be written, before anything runs
     *                                  (no measurement) or after (with it, already reported)
     */
    Measurement measure(RunRequest request, RunListener listener, Consumer<Measurement> report) {
        try {
            journal.checkWritable();
        } catch (IOException e) {
            throw new ResultNotSavedException("results cannot be saved: " + e.getMessage(), null, e);
        }
        Compilers.mislabel(request.system(), request.jvmFlags()).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        if (interrupted) {
            throw new Cancelled("cancelled (Ctrl+C): " + request.workload().name() + " " + request.variant() + " on "
                    + request.system().name() + " did not start");
        }
        RunHandle handle = runner.start(request, listener);
        CountDownLatch settled = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            interrupted = true;
            handle.cancel();
            try {
                settled.await(CTRL_C_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fwf-cancel-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            try {
                // A file that cannot be read or a size the input cannot take is the user's to
                // fix (exit code 2), not a run that failed; the run ends FAILED all the same.
                handle.prepared().get();
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case IOException io -> {
                        handle.result().get();
                        throw new UncheckedIOException(io);
                    }
                    case IllegalArgumentException bad -> {
                        handle.result().get();
                        throw bad;
                    }
                    default -> {
                        // a timeout, or what is not the input's fault: the result says so
                    }
                }
            } catch (CancellationException e) {
                // cancelled before the input was ready: the result says so
            }
            Measurement m = handle.result().get();
            java.util.Optional<String> lost = journal.record(m);
            if (lost.isPresent()) {
                report.accept(m); // measured all the same: shown, then the failure
                throw new ResultNotSavedException(lost.get(), m, null);
            }
            report.accept(m);
            return m;
        } catch (InterruptedException e) {
            handle.cancel();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the run failed inside the engine: " + e.getCause(), e.getCause());
        } finally {
            settled.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the worker is being cancelled
            }
        }
    }

    /** True once Ctrl+C (or any signal that shuts the JVM down) has cancelled a run. */
    boolean interrupted() {
        return interrupted;
    }

    /** A run refused because Ctrl+C already stopped this command: exit code 1, one line. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled(String message) {
            super(message);
        }
    }

    /** Deletes the runner's copies of inputs that were not regular files. */
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
