package fwf.app;

import fwf.chart.JitMarkers;

import fwf.chart.BarKey;
import fwf.chart.SystemStyles;
import fwf.chart.TimelineChart;
import fwf.chart.WarmupChart;
import fwf.run.InliningTree;
import fwf.run.Measurement;
import fwf.workload.Catalogue;
import fwf.workload.Operations;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Warm-up tab: time per operation against the time since the worker's first operation, with
 * the kernel's compilations, OSRs and deoptimizations where they happened ({@link TimelineChart}).
 * Several runs of the same work overlay on one time axis (the JVM's tiers, PyPy...);
 * a run from the journal, whose iterations have no times, is drawn on the iteration axis
 * ({@link WarmupChart}) instead.
 *
 * <p>Follows the board's selection, which every finished run moves to itself: a run of the same
 * work as those shown ({@link #sameInput}) joins them, any other replaces them; the run selector adds and
 * removes runs by hand. The tab also holds the switch that turns the warm-up trace on for the
 * next runs, and says how to zoom, since nothing on a chart shows that it can.
 */
public final class WarmupChartView {
    /** What the zoom hint says; the chart viewer does exactly this (drag, wheel), the button the rest. */
    static final String ZOOM_HINT = "Zoom: drag a box over the chart, or scroll the wheel;";

    private final ChartViewer viewer = new ChartViewer(null, false);
    private final Label empty = new Label("Select a bar (or run something) to see its warm-up.");
    private final ChartPane pane = new ChartPane(viewer);
    private final CheckComboBox<TimelineChart.Shown> runs = new CheckComboBox<>();
    private final CheckBox logAxes = new CheckBox("Log-log axes");
    private final CheckBox trace = new CheckBox("Warm-up trace for the next runs");
    private final Label note = new Label();
    private final BorderPane root = new BorderPane();
    private final InliningTreeView inlining = new InliningTreeView();
    /** The inlining trees of the runs this window made, by measurement id. */
    private final Map<String, List<InliningTree>> trees = new HashMap<>();
    private final BoardModel board;
    private final Timelines timelines;
    private final SystemStyles styles = SystemStyles.standard();
    /** The journal's run shown on the iteration axis, or null when the time axis is shown. */
    private Measurement untimed;
    private JFreeChart chart;
    private boolean syncing;
    /** The runs in the order they were selected, the latest last: the lead is chosen from here. */
    private final List<TimelineChart.Shown> selected = new ArrayList<>();

    public WarmupChartView(BoardModel board, RunService service) {
        this.board = board;
        this.timelines = service.timelines();
        viewer.setId("warmup-chart");
        empty.getStyleClass().add("placeholder");
        runs.setId("warmup-runs");
        runs.setTitle("Runs");
        runs.setShowCheckedCount(true);
        runs.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimelineChart.Shown s) {
                return s == null ? "" : describe(s);
            }

            @Override
            public TimelineChart.Shown fromString(String text) {
                throw new UnsupportedOperationException("runs are picked, not typed");
            }
        });
        runs.getCheckModel().getCheckedItems().addListener((ListChangeListener<TimelineChart.Shown>) c -> {
            if (!syncing) {
                untimed = null;
                redraw();
            }
        });
        logAxes.setId("warmup-log");
        logAxes.setSelected(true);
        logAxes.setTooltip(new Tooltip("Log-log shows the interpreter's microseconds beside C2's seconds"));
        logAxes.selectedProperty().addListener((o, was, now) -> redraw());
        trace.setId("warmup-trace");
        trace.setTooltip(new Tooltip("JVM workers first time each operation alone, unbatched, until 3,000"
                + " operations or 2 s have passed (the command line's run --warmup-trace)"));
        trace.selectedProperty().bindBidirectional(service.warmupTraceProperty());
        Button reset = new Button("Reset zoom");
        reset.setId("warmup-reset-zoom");
        reset.setOnAction(e -> resetZoom());
        Label hint = new Label(ZOOM_HINT);
        hint.setId("warmup-zoom-hint");
        hint.getStyleClass().add("lesson");
        note.setId("warmup-note");
        note.getStyleClass().add("lesson");
        note.setWrapText(true);
        FlowPane bar = new FlowPane(12, 6, runs, logAxes, trace, hint, reset);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 4, 12));
        BorderPane top = new BorderPane(note);
        top.setTop(bar);
        BorderPane.setMargin(note, new Insets(0, 12, 4, 12));
        root.setTop(top);
        SplitPane split = new SplitPane(new StackPane(pane, empty), inlining.node());
        // The tree keeps a quarter of the width as the window grows or shrinks: presenter mode's
        // larger type needs it (a width fixed at start left it 250 pixels of a 1920-pixel screen,
        // each name cut after a word), and the chart keeps the rest.
        split.setDividerPositions(0.74);
        split.widthProperty().addListener((o, was, now) -> split.setDividerPositions(0.74));
        root.setCenter(split);
        board.selectedResultProperty().subscribe(this::select);
        board.optionsProperty().subscribe(o -> {
            pane.setFitDesign(o.highContrast());
            redraw();
        });
    }

    public Node node() {
        return root;
    }

    /** The chart now shown, or null when no run is selected. */
    public JFreeChart chart() {
        return chart;
    }

    /** A fresh chart of what is shown, for an export on another thread; null when nothing is. */
    public JFreeChart chartCopy() {
        boolean presenter = board.optionsProperty().get().highContrast();
        if (untimed != null) {
            return WarmupChart.of(untimed, presenter);
        }
        List<TimelineChart.Shown> shown = shown();
        return shown.isEmpty() ? null : TimelineChart.of(shown, logAxes.isSelected(), presenter, styles);
    }

    /**
     * The checked runs, the lead first: its JIT events are marked and its inlining shown (and XYPlot
     * draws the first series on top). The lead is the latest selected run with JIT events (a
     * friend that joins after the JVM's tiers has none to show), else the latest selected.
     */
    private List<TimelineChart.Shown> shown() {
        List<TimelineChart.Shown> checked = new ArrayList<>(runs.getCheckModel().getCheckedItems());
        TimelineChart.Shown lead = null;
        for (TimelineChart.Shown s : selected.reversed()) {
            if (checked.contains(s) && (lead == null || lead.measurement().jit().isEmpty() && !s.measurement().jit().isEmpty())) {
                lead = s;
            }
        }
        if (lead != null) {
            checked.remove(lead);
            checked.addFirst(lead);
        }
        return checked;
    }

    /** "fib(20) · Java C2 (tiered) · primitive · traced": the run selector's line for a run. */
    private String describe(TimelineChart.Shown s) {
        BarKey key = BarKey.of(s.measurement().request());
        return key.workloadTitle() + " · " + styles.label(key.system()) + " · " + key.variant()
                + (s.timeline().traced() ? " · traced" : "");
    }

    private void select(Measurement m) {
        if (m == null) {
            return;
        }
        var recorded = timelines.get(m.id());
        if (recorded.isEmpty()) {
            untimed = m;
            redraw();
            return;
        }
        untimed = null;
        TimelineChart.Shown shown = find(m.id());
        if (shown == null) {
            shown = new TimelineChart.Shown(m, recorded.get().timeline());
            trees.put(m.id(), recorded.get().inlining());
            runs.getItems().add(shown);
        }
        BarKey key = BarKey.of(m.request());
        List<TimelineChart.Shown> checked = new ArrayList<>(runs.getCheckModel().getCheckedItems());
        boolean joins = !checked.isEmpty() && checked.stream().allMatch(s -> sameInput(BarKey.of(s.measurement().request()), key));
        syncing = true;
        if (!joins) {
            runs.getCheckModel().clearChecks();
        }
        runs.getCheckModel().check(shown);
        selected.remove(shown);
        selected.add(shown);
        syncing = false;
        redraw();
    }

    /**
     * Whether two runs did the same work: the same workload, size and graph, and the same variant,
     * or, on two systems, variants of one algorithm (Java's {@code primitive} and CPython's
     * {@code recursive}: the talk's recursion). One system's other variant (its {@code dynamic-deopt}
     * after its {@code primitive}) is other work, a picture of its own.
     */
    private static boolean sameInput(BarKey a, BarKey b) {
        if (!a.workload().equals(b.workload()) || a.size() != b.size() || !Objects.equals(a.graph(), b.graph())) {
            return false;
        }
        if (a.variant().equals(b.variant())) {
            return true;
        }
        var workload = Catalogue.workload(a.workload());
        var algorithm = workload.flatMap(w -> Operations.replay(w, a.variant()));
        return !a.system().equals(b.system()) && algorithm.isPresent()
                && algorithm.equals(workload.flatMap(w -> Operations.replay(w, b.variant())));
    }

    private TimelineChart.Shown find(String id) {
        return runs.getItems().stream().filter(s -> s.measurement().id().equals(id)).findFirst().orElse(null);
    }

    private void redraw() {
        boolean presenter = board.optionsProperty().get().highContrast();
        if (untimed != null) {
            chart = WarmupChart.of(untimed, presenter);
            inlining.show(List.of(), false);
            note.setText("This run came from the journal, which keeps its iteration times but not when they ran:"
                    + " it is drawn by iteration number. Runs made in this window are drawn on a time axis.");
        } else {
            List<TimelineChart.Shown> shown = shown();
            chart = shown.isEmpty() ? null : TimelineChart.of(shown, logAxes.isSelected(), presenter, styles);
            // The tree is the first run's, whose JIT events the chart marks.
            inlining.show(shown.isEmpty() ? List.of() : trees.getOrDefault(shown.getFirst().measurement().id(), List.of()),
                    !shown.isEmpty() && shown.getFirst().timeline().traced());
            boolean jvmUntraced = shown.stream().anyMatch(r -> TimelineChart.jvm(r) && !r.timeline().traced());
            note.setText(!jvmUntraced || shown.stream().anyMatch(r -> r.timeline().traced()) ? ""
                    : "Without the warm-up trace the first points are whole iterations; tick \"Warm-up trace for the"
                    + " next runs\" and run again to see every operation of the JIT's first second.");
        }
        note.setManaged(!note.getText().isEmpty());
        note.setVisible(!note.getText().isEmpty());
        if (chart != null) {
            if (chart.getPlot() instanceof XYPlot plot && untimed == null) {
                boolean log = logAxes.isSelected();
                // A zoom moves the lines: their labels go to the side with room in the new range.
                plot.getDomainAxis().addChangeListener(e -> JitMarkers.place(plot, log, dataWidth()));
                // The first drawing tells the plot's width: place the labels again knowing it
                // (once: the redraw that follows finds the same width).
                double[] placedFor = {0};
                chart.addProgressListener(e -> {
                    double width = dataWidth();
                    if (e.getType() == org.jfree.chart.event.ChartProgressEvent.DRAWING_FINISHED && width > 0
                            && width != placedFor[0]) {
                        placedFor[0] = width;
                        javafx.application.Platform.runLater(() -> JitMarkers.place(plot, log, width));
                    }
                });
            }
            viewer.setChart(chart);
        }
        pane.setVisible(chart != null);
        empty.setVisible(chart == null);
    }

    private void resetZoom() {
        if (chart != null && chart.getPlot() instanceof XYPlot plot) {
            plot.getDomainAxis().setAutoRange(true);
            plot.getRangeAxis().setAutoRange(true);
        }
    }

    /** The width in pixels of the plot's data area as last drawn, or 0 before the first drawing. */
    private double dataWidth() {
        var info = viewer.getCanvas().getRenderingInfo();
        return info == null || info.getPlotInfo() == null ? 0 : info.getPlotInfo().getDataArea().getWidth();
    }
}
