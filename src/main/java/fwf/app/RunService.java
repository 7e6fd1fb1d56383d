package fwf.app;

import fwf.results.Journal;
import fwf.run.Measurement;
import fwf.run.RunRequest;
import fwf.runner.FirstForkRecorder;
import fwf.runner.RunHandle;
import fwf.runner.RunListener;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs the queued requests one at a time through the engine, off the FX thread, and reports to
 * the FX thread without ever making it wait.
 *
 * <p>Why one at a time: two workers side by side would compete for the same cores and both
 * numbers would be wrong. Why the FX thread only polls: a fast kernel reports thousands of
 * iterations a second; the runner thread folds them into one {@link ProgressTracker} and an
 * {@link AnimationTimer} (at most one pulse a frame, 60 a second) takes a snapshot of it, and
 * runs only while something runs, so an idle window costs nothing.
 *
 * <p>Every finished measurement is appended to the journal on the runner thread (a forced
 * write must not stall drawing), then handed to the FX thread.
 */
public final class RunService {
    /** Starts one run: {@code Runner::start} outside tests. */
    @FunctionalInterface
    public interface Starter {
        RunHandle start(RunRequest request, RunListener listener);

        /**
         * Starts one run whose JVM workers first time their operations one by one
         * ({@code --warmup-trace}) when {@code warmupTrace}; a starter that cannot ignores it.
         */
        default RunHandle start(RunRequest request, RunListener listener, boolean warmupTrace) {
            return start(request, listener);
        }
    }

    private final Starter starter;
    private final Journal journal;
    private final Consumer<Measurement> finished;
    private final Consumer<String> problems;
    private final ExecutorService runs = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("fwf-runs").factory());
    private final ExecutorService control = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("fwf-cancel").factory());
    private final AtomicInteger waiting = new AtomicInteger();
    /** Bumped by cancel: queued jobs of an older generation are skipped, not run. */
    private final AtomicInteger generation = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<RunProgress> progress = new ReadOnlyObjectWrapper<>();
    /** Whether runs submitted from now on take a warm-up trace; read at submit, on the FX thread. */
    private final BooleanProperty warmupTrace = new SimpleBooleanProperty(this, "warmupTrace", false);
    private final Timelines timelines = new Timelines();
    private final AnimationTimer drain = new AnimationTimer() {
        @Override
        public void handle(long now) {
            ProgressTracker t = tracker;
            if (t != null) {
                progress.set(t.snapshot());
            }
        }
    };
    private volatile ProgressTracker tracker;
    private volatile RunHandle current;
    private int outstanding; // FX thread only: submitted and not yet delivered

    /**
     * @param finished told on the FX thread of every measurement, cancelled ones included
     * @param problems told on the FX thread when a result cannot be journaled, after the
     *                 result itself, so the error is what the status bar shows last
     */
    public RunService(Starter starter, Journal journal, Consumer<Measurement> finished, Consumer<String> problems) {
        this.starter = Objects.requireNonNull(starter, "starter");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.finished = Objects.requireNonNull(finished, "finished");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** Queues the requests behind whatever runs. Call on the FX thread; returns at once. */
    public void submit(List<RunRequest> requests) {
        if (requests.isEmpty()) {
            return;
        }
        int gen = generation.get();
        outstanding += requests.size();
        waiting.addAndGet(requests.size());
        busy.set(true);
        drain.start();
        boolean trace = warmupTrace.get();
        for (RunRequest r : requests) {
            runs.execute(() -> runOne(r, gen, trace));
        }
    }

    /** Stops the run in progress and drops the queue. Returns at once; the worker dies within a second or so. */
    public void cancelAll() {
        generation.incrementAndGet();
        RunHandle h = current;
        if (h != null) {
            control.execute(h::cancel); // cancelling waits for the worker to die: not on the FX thread
        }
    }

    /** Runner thread: one request from start to journal. */
    private void runOne(RunRequest request, int gen, boolean trace) {
        waiting.decrementAndGet();
        if (gen != generation.get()) {
            Platform.runLater(() -> delivered(null));
            return;
        }
        ProgressTracker t = new ProgressTracker(request, System::nanoTime, waiting::get);
        tracker = t;
        FirstForkRecorder recorder = new FirstForkRecorder(t);
        Measurement m;
        try {
            RunHandle h = starter.start(request, recorder, trace);
            current = h;
            if (gen != generation.get()) {
                h.cancel(); // cancelled between the check above and the start
            }
            m = h.result().join();
        } catch (RuntimeException e) {
            m = null;
            String why = "the run of " + request.workload().name() + " " + request.variant() + " on " + request.system().name()
                    + " broke: " + e;
            Platform.runLater(() -> problems.accept(why));
        } finally {
            current = null;
            tracker = null;
        }
        String notSaved = null;
        Timelines.Recorded recorded = Timelines.Recorded.of(recorder);
        if (m != null && recorded != null) {
            // Before the result reaches the FX thread, so the Warm-up tab finds it there.
            timelines.put(m.id(), recorded);
        }
        if (m != null) {
            notSaved = journal.record(m).map(why -> "error: " + why).orElse(null);
        }
        Measurement result = m;
        String problem = notSaved;
        Platform.runLater(() -> {
            delivered(result);
            if (problem != null) {
                // After the result: the run's own outcome must not cover the error in the status bar.
                problems.accept(problem);
            }
        });
    }

    /** FX thread: one submitted request is over. */
    private void delivered(Measurement m) {
        outstanding--;
        if (m != null) {
            finished.accept(m);
        }
        if (outstanding == 0) {
            drain.stop();
            progress.set(null);
            busy.set(false);
        }
    }

    /**
     * Stops everything at window close: cancels the run so no worker outlives the window, and
     * waits up to {@code seconds} for it to be gone.
     */
    public void shutdown(long seconds) {
        cancelAll();
        drain.stop();
        runs.shutdown();
        control.shutdown();
        try {
            runs.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the runs submitted from now on take a warm-up trace first (JVM workers only). */
    public BooleanProperty warmupTraceProperty() {
        return warmupTrace;
    }

    /** The time lines of this window's runs, for the Warm-up tab. */
    Timelines timelines() {
        return timelines;
    }

    /** True from a submit until the last queued run is over. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The run in progress, refreshed at most once a frame; null when idle. */
    public ReadOnlyObjectProperty<RunProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
