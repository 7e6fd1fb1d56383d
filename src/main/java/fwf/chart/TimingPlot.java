package fwf.chart;

import org.jfree.chart.plot.CategoryCrosshairState;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.general.DatasetUtils;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A horizontal category plot that still draws when no bar is a time. JFreeChart skips a
 * dataset whose values are all null and prints "no data"; but a chart where every run failed
 * or timed out has something to say, and says it with status markers.
 */
final class TimingPlot extends CategoryPlot {
    private final transient TimingView view;

    TimingPlot(TimingView view, GroupedBarAxis categories, org.jfree.chart.axis.ValueAxis values,
               TimingBarRenderer renderer) {
        super(view, categories, values, renderer);
        this.view = view;
        setOrientation(PlotOrientation.HORIZONTAL);
    }

    @Override
    public boolean render(Graphics2D g2, Rectangle2D dataArea, int index, PlotRenderingInfo info,
                          CategoryCrosshairState crosshairState) {
        if (index != 0 || view.table().cells().isEmpty() || !DatasetUtils.isEmptyOrNull(view)) {
            return super.render(g2, dataArea, index, info, crosshairState);
        }
        CategoryItemRenderer renderer = getRenderer();
        CategoryItemRendererState state = renderer.initialise(g2, dataArea, this, index, info);
        state.setCrosshairState(crosshairState);
        for (int column = 0; column < view.getColumnCount(); column++) {
            for (int row = 0; row < view.getRowCount(); row++) {
                renderer.drawItem(g2, state, dataArea, this, getDomainAxis(), getRangeAxis(), view, row, column, 0);
            }
        }
        return true;
    }
}
