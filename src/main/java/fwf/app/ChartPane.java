package fwf.app;

import fwf.chart.ChartExport;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import org.jfree.chart.fx.ChartViewer;

/**
 * Holds a chart viewer. In presenter mode the chart is laid out at the charts' design size
 * ({@link ChartExport#DESIGN_WIDTH} x {@link ChartExport#DESIGN_HEIGHT}) and scaled to fit: the
 * presenter theme's type is sized for a whole 1280x720 frame, so in the space left by the tabs
 * and the status bar it scales down, and on a bigger screen up. Scaled, the window shows
 * exactly the layout the export writes.
 * Outside presenter mode the chart is drawn at the window's own size, type at its true size.
 */
final class ChartPane extends Region {
    /** The lowest layout height, in design pixels, that still holds a title, bars and an axis. */
    private static final double MIN_HEIGHT = 400;
    private final ChartViewer viewer;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private boolean fitDesign;

    ChartPane(ChartViewer viewer) {
        this.viewer = viewer;
        viewer.getTransforms().add(scale);
        getChildren().add(viewer);
        getStyleClass().add("chart-pane");
    }

    void setFitDesign(boolean on) {
        fitDesign = on;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        // Scaled both ways: down when the room is smaller than the design, up on a bigger screen
        // (at 1920x1080 the presenter theme's 20 px ticks read as 28 px, as on a 1280x720 slide).
        // By width, so the presenter theme's type keeps its design size across the chart; by
        // height only when the room is so low that the layout would have under MIN_HEIGHT px.
        double s = fitDesign ? Math.min(w / ChartExport.DESIGN_WIDTH, h / MIN_HEIGHT) : 1;
        if (s <= 0) {
            return;
        }
        scale.setX(s);
        scale.setY(s);
        viewer.resizeRelocate(0, 0, w / s, h / s);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }
}
