package fwf.app;

import fwf.chart.BarKey;
import fwf.chart.ChartOptions;
import fwf.chart.TimingDataset;
import fwf.friends.Systems;
import fwf.results.Journal;
import fwf.results.JournalLoad;
import fwf.run.Measurement;
import fwf.run.Status;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The board: every result shown since the last "New board", the chart's dataset built from
 * them, the chart's options and the selected bar. Lives on the FX thread (JFreeChart datasets
 * are not thread-safe); the journal is read and written on the background executor.
 *
 * <p>Cancelled runs are not results: they never reach the board, and a cancelled re-run gives
 * its bar back to the result it was replacing.
 */
public final class BoardModel {
    private final Journal journal;
    private final Executor background;
    private final Consumer<String> problems;
    private final TimingDataset dataset = new TimingDataset();
    private final ObservableList<Measurement> results = FXCollections.observableArrayList();
    /** One wrapper for all: a fresh one per call would drop its listeners when it is collected. */
    private final ObservableList<Measurement> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyObjectWrapper<ChartOptions> options = new ReadOnlyObjectWrapper<>(ChartOptions.DEFAULT);
    private final ReadOnlyObjectWrapper<BarKey> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Measurement> selectedResult = new ReadOnlyObjectWrapper<>();
    private String lastBaseline;
    /** Per board (workload name), the log scale the user chose with Ctrl+L; absent: automatic. */
    private final java.util.Map<String, Boolean> logChosen = new java.util.HashMap<>();
    /** Past this ratio of slowest to fastest median a board turns to a log scale by itself. */
    static final double AUTO_LOG_SPAN = 100;

    /** @param problems told (on the FX thread) when the journal cannot be read or written */
    public BoardModel(Journal journal, Executor background, Consumer<String> problems) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.background = Objects.requireNonNull(background, "background");
        this.problems = Objects.requireNonNull(problems, "problems");
        selected.addListener((o, old, now) -> selectedResult.set(latest(now)));
        results.addListener((javafx.collections.ListChangeListener<Measurement>) c -> selectedResult.set(latest(selected.get())));
    }

    /**
     * Reads the journal in the background and shows what came after its last board marker.
     *
     * @param loaded told on the FX thread how many results came back
     */
    public void loadFromJournal(java.util.function.IntConsumer loaded) {
        background.execute(() -> {
            try {
                JournalLoad load = journal.load();
                List<Measurement> board = load.sinceLastBoard().stream().filter(BoardModel::isResult).toList();
                Platform.runLater(() -> {
                    results.setAll(board);
                    dataset.putResults(board);
                    autoLogScale();
                    load.warnings().forEach(problems);
                    loaded.accept(board.size());
                });
            } catch (IOException e) {
                Platform.runLater(() -> problems.accept("cannot read the results journal " + journal.path() + ": " + e.getMessage()));
            }
        });
    }

    /** A finished run: settles its bar and selects it. Cancelled runs only give the bar back. */
    public void add(Measurement m) {
        BarKey key = BarKey.of(m.request());
        if (!isResult(m)) {
            settle(key);
            return;
        }
        results.add(m);
        dataset.putResult(m);
        selected.set(key);
        autoLogScale();
    }

    /**
     * Shows one workload's board (1, 2, 3 pick it): the chart holds that workload's bars only,
     * on the log scale chosen for it, else on a log scale once its bars span over
     * {@link #AUTO_LOG_SPAN} times.
     */
    public void showWorkload(String name) {
        options.set(options.get().withWorkload(name));
        autoLogScale();
    }

    private void autoLogScale() {
        ChartOptions o = options.get();
        Boolean chosen = logChosen.get(String.valueOf(o.workload()));
        boolean log = chosen != null ? chosen : span(o.workload()) > AUTO_LOG_SPAN;
        if (log != o.logScale()) {
            options.set(o.withLogScale(log));
        }
    }

    /** Slowest over fastest median among the OK results on a board; 1 with fewer than two. */
    double span(String workload) {
        long[] medians = results.stream()
                .filter(m -> m.status() == Status.OK && m.stats() != null && m.stats().medianNs() > 0)
                .filter(m -> workload == null || m.request().workload().name().equals(workload))
                .mapToLong(m -> m.stats().medianNs()).toArray();
        if (medians.length < 2) {
            return 1;
        }
        return (double) java.util.Arrays.stream(medians).max().orElseThrow()
                / java.util.Arrays.stream(medians).min().orElseThrow();
    }

    /** Grows (or starts) the bar of a run in progress. */
    public void showRunning(BarKey key, long elapsedNs) {
        dataset.putRunning(key, Math.max(0, elapsedNs));
    }

    /** Removes a bar and its results from the board (the journal keeps them: it is append-only). */
    public void remove(BarKey key) {
        if (key == null) {
            return;
        }
        results.removeIf(m -> BarKey.of(m.request()).equals(key));
        dataset.remove(key);
        if (key.equals(selected.get())) {
            selected.set(null);
        }
    }

    /** Starts a fresh board: marks the journal, then clears the chart. */
    public void newBoard() {
        Instant now = Instant.now();
        background.execute(() -> {
            try {
                journal.startBoard(now);
            } catch (IOException e) {
                Platform.runLater(() -> problems.accept("could not mark a new board in " + journal.path() + ": " + e.getMessage()));
            }
        });
        results.clear();
        dataset.clear();
        selected.set(null);
    }

    /**
     * Ends a running bar that got no result (cancelled, or the run broke): it goes back to the
     * result it was replacing, in place, or away when there was none.
     */
    public void settle(BarKey key) {
        Measurement previous = latest(key);
        if (previous != null) {
            dataset.putResult(previous);
        } else {
            dataset.remove(key);
        }
    }

    private Measurement latest(BarKey key) {
        if (key == null) {
            return null;
        }
        for (int i = results.size() - 1; i >= 0; i--) {
            if (BarKey.of(results.get(i).request()).equals(key)) {
                return results.get(i);
            }
        }
        return null;
    }

    private static boolean isResult(Measurement m) {
        return m.status() != Status.CANCELLED;
    }

    // Chart options: each change builds a new chart, so the view listens to one property.

    public void toggleLogScale() {
        boolean on = !options.get().logScale();
        logChosen.put(String.valueOf(options.get().workload()), on);
        options.set(options.get().withLogScale(on));
    }

    /**
     * Turns relative mode on (against the last baseline chosen, else the slowest system on the
     * board, which is what "N× faster" is usually measured from) or off.
     */
    public void toggleRelative() {
        if (options.get().relative()) {
            options.set(options.get().withRelativeTo(null));
        } else {
            String base = lastBaseline != null && boardSystems().contains(lastBaseline) ? lastBaseline : slowestSystem();
            if (base != null) {
                setBaseline(base);
            }
        }
    }

    /** @param system a system on the board, or null for absolute times */
    public void setBaseline(String system) {
        if (system != null) {
            lastBaseline = system;
        }
        options.set(options.get().withRelativeTo(system));
    }

    public void setSortByTime(boolean on) {
        options.set(options.get().withSortByTime(on));
    }

    public void setSplitLoad(boolean on) {
        options.set(options.get().withSplitLoad(on));
    }

    public void setErrorBars(ChartOptions.ErrorBars bars) {
        options.set(options.get().withErrorBars(bars));
    }

    public void setPresenter(boolean on) {
        options.set(options.get().withHighContrast(on));
    }

    /** The systems with a result on the board, in the order they first appear. */
    public List<String> boardSystems() {
        return results.stream().map(m -> m.request().system().name()).distinct().toList();
    }

    /**
     * The baseline relative mode starts from: CPython when it is on the board (the talk's
     * baseline), else the system slowest against each group's fastest bar, by the geometric
     * mean over the groups it ran in (fair to a system that ran only some workloads, and a
     * two-second triangle count does not outweigh a fib that is ten times slower than the rest).
     * Null when no result is OK.
     */
    String slowestSystem() {
        List<Measurement> ok = results.stream().filter(m -> m.status() == Status.OK && m.stats() != null).toList();
        if (ok.stream().anyMatch(m -> m.request().system() == Systems.BASELINE)) {
            return Systems.BASELINE.name();
        }
        java.util.Map<String, Long> fastest = new java.util.HashMap<>();
        ok.forEach(m -> fastest.merge(BarKey.of(m.request()).workloadTitle(), m.stats().medianNs(), Math::min));
        java.util.Map<String, double[]> logs = new java.util.LinkedHashMap<>(); // system -> {sum, count}
        for (Measurement m : ok) {
            double ratio = Math.max(1, m.stats().medianNs()) / (double) Math.max(1, fastest.get(BarKey.of(m.request()).workloadTitle()));
            double[] acc = logs.computeIfAbsent(m.request().system().name(), s -> new double[2]);
            acc[0] += Math.log(ratio);
            acc[1]++;
        }
        return logs.entrySet().stream().max(java.util.Comparator.comparingDouble(e -> e.getValue()[0] / e.getValue()[1]))
                .map(java.util.Map.Entry::getKey).orElse(null);
    }

    public TimingDataset dataset() {
        return dataset;
    }

    /** Every result on the board, oldest first (re-runs included: the recap keeps the latest). */
    public ObservableList<Measurement> results() {
        return resultsView;
    }

    public ReadOnlyObjectProperty<ChartOptions> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    /** Selects a bar (a click on the chart); null clears the selection. */
    public void select(BarKey key) {
        selected.set(key);
    }

    public ReadOnlyObjectProperty<BarKey> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The latest result of the selected bar, for the warm-up chart. */
    public ReadOnlyObjectProperty<Measurement> selectedResultProperty() {
        return selectedResult.getReadOnlyProperty();
    }
}
