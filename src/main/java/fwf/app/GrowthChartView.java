package fwf.app;

import fwf.chart.GrowthChart;
import fwf.chart.GrowthLine;
import fwf.run.GrowthScale;
import fwf.run.Measurement;
import fwf.run.RunRequest;
import fwf.workload.Catalogue;
import fwf.workload.Workload;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The Growth tab: how the time of the workload on show grows with its size, one line per variant
 * and system measured at two or more sizes on the board ({@link GrowthChart}), each legend its
 * least-squares fit as the command line's {@code sweep} prints it. Sweep (Ctrl+G) fills it; so do
 * runs of one variant at several sizes.
 *
 * <p>A triangle count's size is drawn as the edges among its first N nodes, which takes the whole
 * graph: each graph is read, and each size's edges counted, once, on the background executor, and
 * only while the tab is shown (a run in progress is being measured on these cores). Until its
 * edges are known a result is left out.
 */
public final class GrowthChartView {
    /** What the tab says while it has no line to draw. */
    static final String EMPTY = "Nothing to fit yet: a line needs one variant on one system at two or more sizes."
            + " Press Sweep (Ctrl+G), or run one variant at two or more sizes.";
    /** What it says while the edges of the sizes on the board are being counted. */
    static final String COUNTING = "Counting the edges of each size's first nodes...";

    private final ChartViewer viewer = new ChartViewer(null, false);
    private final ChartPane pane = new ChartPane(viewer);
    private final Label empty = new Label(EMPTY);
    private final StackPane root = new StackPane(pane, empty);
    private final BoardModel board;
    private final Executor background;
    /** FX thread: each (graph, size) of a triangle count on the fit's axis, once counted. */
    private final Map<SizeKey, GrowthLine.Scaled> counted = new HashMap<>();
    /** FX thread: the (graph, size)s handed to the background and not back yet. */
    private final Set<SizeKey> counting = new HashSet<>();
    /** Background: the last graph read, kept for the next sizes of a sweep on it. */
    private GrowthScale lastScale;
    private Path lastGraph;
    private boolean active;
    private List<GrowthLine> lines = List.of();
    private JFreeChart chart;

    /** A triangle count's request size on one graph (null: the generated graph). */
    private record SizeKey(Path graph, int size) {
    }

    /** @param background where the graphs are read and their edges counted */
    public GrowthChartView(BoardModel board, Executor background) {
        this.board = Objects.requireNonNull(board, "board");
        this.background = Objects.requireNonNull(background, "background");
        viewer.setId("growth-chart");
        empty.setId("growth-empty");
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        root.setId("growth");
        board.results().addListener((ListChangeListener<Measurement>) c -> redraw());
        board.optionsProperty().subscribe(o -> {
            pane.setFitDesign(o.highContrast());
            redraw();
        });
    }

    public Node node() {
        return root;
    }

    /** Shown or not: edges are counted only while the tab is on show. */
    public void setActive(boolean on) {
        active = on;
        redraw();
    }

    /** The lines now drawn (none: the tab says what to do). */
    public List<GrowthLine> lines() {
        return lines;
    }

    /** The chart now shown, or null when there is no line. */
    public JFreeChart chart() {
        return chart;
    }

    /** What the tab says instead of a chart, or null while a chart is shown. */
    public String emptyText() {
        return empty.isVisible() ? empty.getText() : null;
    }

    /** A fresh chart of what is shown, for an export on another thread; null when nothing is. */
    public JFreeChart chartCopy() {
        Workload<?> w = workload();
        return lines.isEmpty() || w == null ? null : GrowthChart.of(lines, w, board.optionsProperty().get().highContrast());
    }

    private Workload<?> workload() {
        String name = board.optionsProperty().get().workload();
        return name == null ? null : Catalogue.workload(name).orElse(null);
    }

    private void redraw() {
        Workload<?> w = workload();
        Set<SizeKey> missing = new LinkedHashSet<>();
        if (w == null) {
            lines = List.of();
        } else {
            GrowthScale sized = w.readsGraph() ? null : GrowthScale.of(w, null); // reads nothing
            lines = GrowthLine.of(board.results(), w, r -> {
                if (sized != null) {
                    return new GrowthLine.Scaled(sized.unit(), sized.size(r.size()));
                }
                SizeKey key = new SizeKey(r.graph(), r.size());
                GrowthLine.Scaled at = counted.get(key);
                if (at == null) {
                    missing.add(key);
                }
                return at;
            });
            if (active && !missing.isEmpty()) {
                count(w, missing);
            }
        }
        chart = lines.isEmpty() ? null : GrowthChart.of(lines, w, board.optionsProperty().get().highContrast());
        if (chart != null) {
            viewer.setChart(chart);
        }
        pane.setVisible(chart != null);
        empty.setText(chart == null && !counting.isEmpty() ? COUNTING : EMPTY);
        empty.setVisible(chart == null);
    }

    /** Counts the edges of these sizes on the background executor, then draws again. */
    private void count(Workload<?> w, Set<SizeKey> keys) {
        List<SizeKey> fresh = new ArrayList<>(keys);
        fresh.removeAll(counting);
        if (fresh.isEmpty()) {
            return;
        }
        counting.addAll(fresh);
        background.execute(() -> {
            Map<SizeKey, GrowthLine.Scaled> done = new HashMap<>();
            for (SizeKey key : fresh) {
                GrowthScale scale = scaleOf(w, key.graph());
                done.put(key, new GrowthLine.Scaled(scale.unit(), scale.size(key.size())));
            }
            Platform.runLater(() -> {
                counted.putAll(done);
                counting.removeAll(fresh);
                redraw();
            });
        });
    }

    /** Background: the graph's scale, read again only for another graph than the last. */
    private synchronized GrowthScale scaleOf(Workload<?> w, Path graph) {
        if (lastScale == null || !Objects.equals(graph, lastGraph)) {
            lastScale = GrowthScale.of(w, graph);
            lastGraph = graph;
        }
        return lastScale;
    }
}
