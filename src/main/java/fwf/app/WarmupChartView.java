package fwf.app;

import fwf.chart.WarmupChart;
import fwf.run.Measurement;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Time per iteration of the selected run, with its C1 and C2 compilations marked: where the
 * JVM's ladder is seen happening. Follows the board's selection, which every finished run
 * moves to itself.
 */
public final class WarmupChartView {
    private final ChartViewer viewer = new ChartViewer(null, false);
    private final Label empty = new Label("Select a bar (or run something) to see its warm-up.");
    private final ChartPane pane = new ChartPane(viewer);
    private final StackPane root = new StackPane(pane, empty);
    private final BoardModel board;
    private JFreeChart chart;

    public WarmupChartView(BoardModel board) {
        this.board = board;
        viewer.setId("warmup-chart");
        empty.getStyleClass().add("placeholder");
        board.selectedResultProperty().subscribe(m -> show(m, board.optionsProperty().get().highContrast()));
        board.optionsProperty().subscribe(o -> show(board.selectedResultProperty().get(), o.highContrast()));
        board.optionsProperty().subscribe(o -> pane.setFitDesign(o.highContrast()));
    }

    public Node node() {
        return root;
    }

    /** The chart now shown, or null when no run is selected. */
    public JFreeChart chart() {
        return chart;
    }

    private void show(Measurement m, boolean presenter) {
        chart = m == null ? null : WarmupChart.of(m, presenter);
        if (chart != null) {
            viewer.setChart(chart);
        }
        pane.setVisible(chart != null);
        empty.setVisible(chart == null);
    }
}
