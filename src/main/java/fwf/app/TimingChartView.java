package fwf.app;

import fwf.chart.BarKey;
import fwf.chart.ChartOptions;
import fwf.chart.SystemStyles;
import fwf.chart.TimingChart;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

import java.util.ArrayList;
import java.util.List;

/**
 * The timing chart and its options bar. Options that change the value axis (log scale,
 * relative mode) need a new chart, so every option change builds one on the same dataset;
 * the old chart's view is detached so it stops following the dataset.
 */
public final class TimingChartView {
    /** The baseline choice that means "absolute times". */
    private static final String ABSOLUTE = "";
    private static final SystemStyles STYLES = SystemStyles.standard();

    private final BoardModel board;
    private final ChartViewer viewer = new ChartViewer(null, false);
    private final BorderPane root = new BorderPane();
    private final ComboBox<String> baseline = new ComboBox<>();
    private JFreeChart chart;
    private boolean syncing;

    /**
     * @param export opens the export dialog
     */
    public TimingChartView(BoardModel board, Runnable export) {
        this.board = board;
        viewer.setId("timing-chart");
        viewer.addChartMouseListener(new BarPicker());
        root.setTop(toolbar(export));
        ChartPane pane = new ChartPane(viewer);
        root.setCenter(pane);
        BorderPane.setMargin(pane, new Insets(4));
        board.optionsProperty().subscribe(this::rebuild);
        board.optionsProperty().subscribe(o -> pane.setFitDesign(o.highContrast()));
        board.results().addListener((ListChangeListener<fwf.run.Measurement>) c -> refreshBaselines());
        refreshBaselines();
    }

    public Node node() {
        return root;
    }

    /** The chart now shown, for export. */
    public JFreeChart chart() {
        return chart;
    }

    private void rebuild(ChartOptions options) {
        if (chart != null) {
            TimingChart.view(chart).detach();
        }
        chart = TimingChart.create(board.dataset(), options);
        viewer.setChart(chart);
        syncBaseline(options);
    }

    private javafx.scene.layout.FlowPane toolbar(Runnable export) {
        ToggleButton log = toggle("Log scale", "log", "A logarithmic time axis, for 10 ms beside 12 s (Ctrl+L)");
        log.setOnAction(e -> board.toggleLogScale());
        board.optionsProperty().subscribe(o -> log.setSelected(o.logScale()));

        baseline.setId("baseline");
        baseline.setTooltip(new Tooltip("Show each bar as N× faster than this system (Ctrl+R)"));
        baseline.setConverter(new BaselineNames());
        baseline.valueProperty().addListener((o, old, now) -> {
            if (!syncing && now != null) {
                board.setBaseline(now.equals(ABSOLUTE) ? null : now);
            }
        });

        ToggleButton sort = toggle("Sort", "sort", "Within each workload, slowest first");
        sort.setOnAction(e -> board.setSortByTime(sort.isSelected()));
        ToggleButton split = toggle("Load + compute", "split", "Show the input's load time as the pale start of each bar");
        split.setOnAction(e -> board.setSplitLoad(split.isSelected()));

        ChoiceBox<ChartOptions.ErrorBars> whiskers = new ChoiceBox<>();
        whiskers.setId("whiskers");
        whiskers.getItems().setAll(ChartOptions.ErrorBars.values());
        whiskers.setConverter(new WhiskerNames());
        whiskers.setValue(board.optionsProperty().get().errorBars());
        whiskers.setTooltip(new Tooltip("What the whiskers on each bar show"));
        whiskers.valueProperty().addListener((o, old, now) -> board.setErrorBars(now));

        Button remove = new Button("Remove bar");
        remove.setId("remove-bar");
        remove.disableProperty().bind(board.selectedProperty().isNull());
        remove.setOnAction(e -> board.remove(board.selectedProperty().get()));
        Button fresh = new Button("New board");
        fresh.setId("new-board");
        fresh.setTooltip(new Tooltip("Start a fresh board: the journal keeps every result"));
        fresh.setOnAction(e -> board.newBoard());
        Button save = new Button("Export...");
        save.setId("export");
        save.setTooltip(new Tooltip("Save the chart as PNG or SVG (Ctrl+E)"));
        save.setOnAction(e -> export.run());

        board.selectedProperty().subscribe(key -> remove.setTooltip(new Tooltip(key == null
                ? "Click a bar to select it, then take it off the board"
                : "Take " + describe(key) + " off the board (the journal keeps it)")));
        // A flow, not a ToolBar: a ToolBar hides what does not fit behind ">>" (Export vanished at
        // 1280x720 in presenter mode); a flow wraps onto a second line and hides nothing.
        Separator gap = new Separator(javafx.geometry.Orientation.VERTICAL);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 4,
                log, baseline, sort, split, whiskers, gap, remove, fresh, save);
        bar.setId("chart-toolbar");
        bar.getStyleClass().add("chart-toolbar");
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    private static ToggleButton toggle(String text, String id, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    /** The baseline choices are "absolute" and every system on the board. */
    private void refreshBaselines() {
        List<String> items = new ArrayList<>();
        items.add(ABSOLUTE);
        items.addAll(board.boardSystems());
        syncing = true;
        baseline.getItems().setAll(items);
        syncing = false;
        syncBaseline(board.optionsProperty().get());
    }

    private void syncBaseline(ChartOptions options) {
        syncing = true;
        String wanted = options.relative() ? options.relativeTo() : ABSOLUTE;
        if (!baseline.getItems().contains(wanted)) {
            baseline.getItems().add(wanted);
        }
        baseline.setValue(wanted);
        syncing = false;
    }

    static String describe(BarKey key) {
        return STYLES.label(key.system()) + " · " + key.variant() + " · " + key.workloadTitle();
    }

    /** A click on a bar selects it; a click elsewhere keeps the selection. */
    private final class BarPicker implements ChartMouseListenerFX {
        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            if (event.getEntity() instanceof CategoryItemEntity item && item.getRowKey() instanceof BarKey key) {
                board.select(key);
            }
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
        }
    }

    private static final class BaselineNames extends StringConverter<String> {
        @Override
        public String toString(String system) {
            return system == null || system.equals(ABSOLUTE) ? "Absolute times" : "× vs " + STYLES.label(system);
        }

        @Override
        public String fromString(String text) {
            return text;
        }
    }

    private static final class WhiskerNames extends StringConverter<ChartOptions.ErrorBars> {
        @Override
        public String toString(ChartOptions.ErrorBars bars) {
            return bars == null ? "" : switch (bars) {
                case IQR -> "whiskers: quartiles";
                case MIN_MAX -> "whiskers: min to max";
                case NONE -> "no whiskers";
            };
        }

        @Override
        public ChartOptions.ErrorBars fromString(String text) {
            return null;
        }
    }
}
