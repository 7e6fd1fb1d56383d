package fwf.chart;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The category axis on the left of a timing chart: each workload group's title ("fib(40)") on
 * a row of its own, then each bar's name beside its bar, read across a room without a legend
 * to decode. Positions come from {@link BarSlots}, like the bars'.
 */
final class GroupedBarAxis extends CategoryAxis {
    /** Names longer than this share of the plot's width are cut with an ellipsis. */
    private static final double MAX_WIDTH_SHARE = 0.4;

    private final transient TimingView view;
    private final transient ChartTheme theme;

    GroupedBarAxis(TimingView view, ChartTheme theme) {
        this.view = view;
        this.theme = theme;
        setAxisLineVisible(false);
        setTickMarksVisible(false);
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge,
                                  AxisSpace space) {
        AxisSpace result = space == null ? new AxisSpace() : space;
        if (isVisible()) {
            result.add(width(g2, plotArea), edge);
        }
        return result;
    }

    private double width(Graphics2D g2, Rectangle2D plotArea) {
        TimingTable table = view.table();
        FontMetrics names = metrics(g2, theme.barName());
        FontMetrics groups = metrics(g2, theme.group());
        double widest = 0;
        for (Cell cell : table.cells()) {
            widest = Math.max(widest, names.stringWidth(cell.name()));
        }
        for (String title : table.columns()) {
            widest = Math.max(widest, groups.stringWidth(title));
        }
        return Math.min(widest, plotArea.getWidth() * MAX_WIDTH_SHARE) + 2 * pad(names);
    }

    /**
     * The metrics of {@code font}. Not {@code g2.getFontMetrics(font)}: on screen, JFreeChart-FX
     * draws through FXGraphics2D (2.1.5), whose getFontMetrics(Font) ignores its argument and
     * measures the current font, so names were measured at the default 12 points and ran under
     * the bars. Setting the font first works on every Graphics2D.
     */
    private static FontMetrics metrics(Graphics2D g2, java.awt.Font font) {
        java.awt.Font old = g2.getFont();
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics();
        if (old != null) {
            g2.setFont(old);
        }
        return fm;
    }

    private static double pad(FontMetrics fm) {
        return fm.getHeight() * 0.5;
    }

    @Override
    protected AxisState drawCategoryLabels(Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                           RectangleEdge edge, AxisState state, PlotRenderingInfo info) {
        TimingTable table = view.table();
        BarSlots slots = BarSlots.layout(dataArea, table, theme.maxUnit(), theme.barShare());
        double width = width(g2, plotArea);
        FontMetrics names = metrics(g2, theme.barName());
        FontMetrics groups = metrics(g2, theme.group());
        double right = dataArea.getMinX() - pad(names);
        double left = dataArea.getMinX() - width + pad(names) * 0.5;
        double room = right - left;
        for (int c = 0; c < table.columns().size(); c++) {
            if (c > 0) {
                // A hairline between groups, across names and bars, so each group reads as one.
                double y = slots.groupTop(c) - slots.unit() * BarSlots.GROUP_GAP / 2;
                g2.setPaint(theme.grid());
                g2.setStroke(new BasicStroke(theme.lineWidth()));
                g2.draw(new Line2D.Double(left, y, dataArea.getMaxX(), y));
            }
            g2.setFont(theme.group());
            g2.setPaint(theme.text());
            g2.drawString(fit(table.columns().get(c), groups, dataArea.getMaxX() - left), (float) left,
                    baseline(slots.headerCentre(c), groups));
            g2.setFont(theme.barName());
            List<Integer> rows = table.slots().get(c);
            for (int row : rows) {
                String name = fit(table.cells().get(row).name(), names, room);
                g2.drawString(name, (float) (right - names.stringWidth(name)), baseline(slots.barCentre(row), names));
            }
        }
        state.cursorLeft(width);
        return state;
    }

    private static float baseline(double centre, FontMetrics fm) {
        return (float) (centre + (fm.getAscent() - fm.getDescent()) / 2.0);
    }

    /** The text, or as much of it as fits followed by an ellipsis. */
    static String fit(String text, FontMetrics fm, double room) {
        if (fm.stringWidth(text) <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && fm.stringWidth(cut + "…") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
