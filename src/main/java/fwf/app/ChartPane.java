package fwf.app;

import fwf.chart.ChartExport;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import org.jfree.chart.fx.ChartViewer;

/**
 * Holds a chart viewer. In presenter mode the chart is laid out at least at the charts' design
 * height ({@link ChartExport#DESIGN_HEIGHT}) and scaled down to fit: the presenter theme's type
 * is sized for a whole 1280x720 frame, and in the space left by the tabs and the status bar the
 * bar names would be cut. Scaled, the window shows exactly the layout the export writes.
 * Outside presenter mode the chart is drawn at the window's own size, type at its true size.
 */
final class ChartPane extends Region {
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
        double s = fitDesign ? Math.min(1, Math.min(w / ChartExport.DESIGN_WIDTH, h / ChartExport.DESIGN_HEIGHT)) : 1;
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
