package fwf.chart;

import fwf.friends.Family;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumSet;
import java.util.Set;

/**
 * Draws the bars of a {@link TimingView}, horizontally, at the places {@link BarSlots} gives:
 * valid results as solid bars in their family colour with whiskers and a label at the end, runs
 * in progress as hatched bars, and everything that is not a time (wrong, failed, timed out,
 * cancelled, no baseline) as a small grey hatched stub with its status word. A stub has no
 * length on purpose: a failure must never look like a fast time.
 */
final class TimingBarRenderer extends AbstractCategoryItemRenderer {
    private final transient TimingView view;
    private final transient ChartTheme theme;

    TimingBarRenderer(TimingView view, ChartTheme theme) {
        this.view = view;
        this.theme = theme;
        setDefaultItemLabelsVisible(false);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        TimingTable table = view.table();
        if (row >= table.rows().size()) {
            return;
        }
        Cell cell = table.cell(row, column);
        if (cell == null) {
            return;
        }
        BarSlots slots = BarSlots.layout(dataArea, table, theme.maxUnit(), theme.barShare());
        RectangleEdge edge = plot.getRangeAxisEdge();
        double centre = slots.barCentre(row);
        double thickness = slots.thickness();
        double base = x(baseValue(rangeAxis), rangeAxis, dataArea, edge);
        Color colour = colour(cell.key());
        Shape hotspot = switch (cell) {
            case Cell.Timed t -> drawTimed(g2, t, colour, base, centre, thickness, dataArea, rangeAxis, edge);
            case Cell.Running r -> drawRunning(g2, r, colour, base, centre, thickness, dataArea, rangeAxis, edge);
            case Cell.Marked m -> drawMarker(g2, m.label(), base, centre, thickness, dataArea, true);
        };
        EntityCollection entities = state.getEntityCollection();
        if (entities != null) {
            addItemEntity(entities, dataset, row, column, hotspot);
        }
    }

    private Shape drawTimed(Graphics2D g2, Cell.Timed t, Color colour, double base, double centre, double thickness,
                            Rectangle2D area, ValueAxis axis, RectangleEdge edge) {
        double end = x(t.length(), axis, area, edge);
        Rectangle2D bar = span(base, end, centre, thickness);
        g2.setPaint(colour);
        g2.fill(bar);
        if (t.split()) {
            // The load part: the same hue, faded, so the bar still reads as one system.
            double loadEnd = x(t.load(), axis, area, edge);
            Hatch.fill(g2, span(base, loadEnd, centre, thickness), theme.faded(colour, 0.45), colour,
                    thickness / 4, theme.lineWidth());
        }
        if (t.baseline()) {
            g2.setPaint(theme.text());
            g2.setStroke(new BasicStroke(theme.lineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {theme.lineWidth() * 3, theme.lineWidth() * 2}, 0));
            g2.draw(bar);
        }
        double labelFrom = end;
        double insideEnd = end;
        if (t.hasWhisker()) {
            double low = x(t.low(), axis, area, edge);
            double high = x(t.high(), axis, area, edge);
            drawWhisker(g2, low, high, centre, thickness);
            labelFrom = Math.max(end, high);
            insideEnd = Math.min(end, low);
        }
        drawLabel(g2, t.label(), theme.value(), theme.text(), labelFrom, insideEnd, base, centre, colour, area, false);
        return bar;
    }

    private Shape drawRunning(Graphics2D g2, Cell.Running r, Color colour, double base, double centre,
                              double thickness, Rectangle2D area, ValueAxis axis, RectangleEdge edge) {
        if (r.value() == null) {
            return drawMarker(g2, r.label(), base, centre, thickness, area, false);
        }
        double end = x(r.value(), axis, area, edge);
        Rectangle2D bar = span(base, end, centre, thickness);
        Hatch.fill(g2, bar, theme.faded(colour, 0.25), colour, thickness / 3, theme.lineWidth() * 1.5f);
        g2.setPaint(colour);
        g2.setStroke(theme.stroke());
        g2.draw(bar);
        Font italic = theme.value().deriveFont(Font.ITALIC);
        // Always in a box: dark or muted text over the hatching could not be read from the back row.
        drawLabel(g2, r.label(), italic, theme.text(), end, end, base, centre, colour, area, true);
        return bar;
    }

    /** A stub at the base of the axis, hatched grey, and a word: never a length. */
    private Shape drawMarker(Graphics2D g2, String word, double base, double centre, double thickness,
                             Rectangle2D area, boolean invalid) {
        double width = Math.max(6, thickness * 0.3);
        Rectangle2D stub = new Rectangle2D.Double(base, centre - thickness / 2, width, thickness);
        Color ink = invalid ? theme.invalid() : theme.muted();
        Hatch.fill(g2, stub, theme.plotBackground(), ink, thickness / 5, theme.lineWidth());
        g2.setPaint(ink);
        g2.setStroke(theme.stroke());
        g2.draw(stub);
        Font font = invalid ? theme.value() : theme.value().deriveFont(Font.ITALIC);
        drawLabel(g2, word, font, invalid ? theme.text() : theme.muted(), base + width, base + width, base, centre,
                ink, area, false);
        return stub;
    }

    private void drawWhisker(Graphics2D g2, double low, double high, double centre, double thickness) {
        double cap = thickness * 0.22;
        g2.setPaint(theme.text());
        g2.setStroke(new BasicStroke(theme.lineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g2.draw(new Line2D.Double(low, centre, high, centre));
        g2.draw(new Line2D.Double(low, centre - cap, low, centre + cap));
        g2.draw(new Line2D.Double(high, centre - cap, high, centre + cap));
    }

    /** Where a value label goes: its left edge in Java2D x and how it is drawn. */
    record LabelSpot(double x, Where where) {
        enum Where {
            /** just after the bar or its whisker, on the plot's background */
            AFTER,
            /** inside the bar, ending before the bar's end and the whisker's low end */
            INSIDE,
            /** in a box of its own over the bar, when neither fits */
            BOXED
        }
    }

    /**
     * The label goes just after the bar (or its whisker's high end); when that would leave the
     * plot, inside the bar, ending before the bar's end or the whisker's low end, whichever
     * comes first, so the whisker never crosses the text; when the bar is too short for that,
     * in an opaque box against the plot's right edge but never left of the axis.
     *
     * @param after     where the bar or its whisker ends
     * @param insideEnd where the bar ends, or the whisker's low end when that is before it
     */
    static LabelSpot place(double width, double pad, double after, double insideEnd, double base, double maxX) {
        if (after + pad + width <= maxX) {
            return new LabelSpot(after + pad, LabelSpot.Where.AFTER);
        }
        if (insideEnd - base >= width + 2 * pad) {
            return new LabelSpot(insideEnd - pad - width, LabelSpot.Where.INSIDE);
        }
        return new LabelSpot(Math.max(base + pad, maxX - pad - width), LabelSpot.Where.BOXED);
    }

    /**
     * Draws a label where {@link #place} says. Inside a solid bar the ink is the one that reads
     * on the bar's colour; a running label ({@code boxed}) always sits in a box of the plot's
     * background with a border, since hatching behind text makes it unreadable.
     */
    private void drawLabel(Graphics2D g2, String text, Font font, Color ink, double after, double barEnd,
                           double base, double centre, Color barColour, Rectangle2D area, boolean boxed) {
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics();
        double pad = fm.getHeight() * 0.3;
        double width = fm.stringWidth(text);
        float baseline = (float) (centre + (fm.getAscent() - fm.getDescent()) / 2.0);
        LabelSpot spot = place(width, pad, after, barEnd, base, area.getMaxX());
        if (boxed || spot.where() == LabelSpot.Where.BOXED) {
            double inset = pad * 0.6;
            Rectangle2D box = new Rectangle2D.Double(spot.x() - inset, centre - fm.getHeight() / 2.0,
                    width + 2 * inset, fm.getHeight());
            g2.setPaint(theme.plotBackground());
            g2.fill(box);
            g2.setPaint(theme.muted());
            g2.setStroke(new BasicStroke(theme.lineWidth()));
            g2.draw(box);
            g2.setPaint(theme.text());
        } else if (spot.where() == LabelSpot.Where.INSIDE) {
            g2.setPaint(ChartTheme.inkOn(barColour));
        } else {
            g2.setPaint(ink);
        }
        g2.drawString(text, (float) spot.x(), baseline);
    }

    private static Rectangle2D span(double from, double to, double centre, double thickness) {
        return new Rectangle2D.Double(Math.min(from, to), centre - thickness / 2, Math.abs(to - from), thickness);
    }

    /** Bars grow from zero, or from the bottom of a log axis, which has no zero. */
    private static double baseValue(ValueAxis axis) {
        return axis instanceof LogAxis ? axis.getLowerBound() : Math.max(0, axis.getLowerBound());
    }

    private static double x(double value, ValueAxis axis, Rectangle2D area, RectangleEdge edge) {
        double clamped = Math.max(axis.getLowerBound(), Math.min(axis.getUpperBound(), value));
        return axis.valueToJava2D(clamped, area, edge);
    }

    Color colour(BarKey key) {
        SystemStyles styles = view.styles();
        return theme.barColour(styles.family(key.system()).orElse(null), styles.shade(key.system()));
    }

    /**
     * Lengths, whiskers and load parts; zero too on a linear axis (bars start there). A log axis
     * starts at the power of ten below the shortest thing drawn, so the shortest bar still shows
     * and the axis has a labelled tick at its foot.
     */
    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Cell cell : view.table().cells()) {
            for (double v : extent(cell)) {
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi < lo) {
            return null;
        }
        if (view.options().logScale()) {
            // A hair below the power of ten: the axis goes through logs and back, and must not
            // land just above it, or the tick at its foot would be dropped.
            return new Range(Math.pow(10, Math.floor(Math.log10(lo))) * 0.9999, hi);
        }
        return new Range(0, hi);
    }

    private static double[] extent(Cell cell) {
        return switch (cell) {
            case Cell.Timed t -> new double[] {t.length(), t.low(), t.high(), t.load()};
            case Cell.Running r -> r.value() == null ? new double[0] : new double[] {r.value()};
            case Cell.Marked m -> new double[0];
        };
    }

    /** One entry per family on the chart, then "running" and "not a valid time" when present. */
    @Override
    public LegendItemCollection getLegendItems() {
        LegendItemCollection items = new LegendItemCollection();
        TimingTable table = view.table();
        Set<Family> families = EnumSet.noneOf(Family.class);
        boolean unknown = false;
        boolean running = false;
        boolean invalid = false;
        boolean split = false;
        for (Cell cell : table.cells()) {
            var family = view.styles().family(cell.key().system());
            family.ifPresent(families::add);
            unknown |= family.isEmpty();
            running |= cell instanceof Cell.Running;
            invalid |= cell instanceof Cell.Marked;
            split |= cell instanceof Cell.Timed t && t.split();
        }
        double size = theme.legend().getSize2D() * 0.8;
        Shape square = new Rectangle2D.Double(-size / 2, -size / 2, size, size);
        for (Family family : families) {
            items.add(item(familyName(family), square, theme.familyColour(family)));
        }
        if (unknown) {
            items.add(item("other", square, theme.barColour(null, new SystemStyles.Shade(1, 3))));
        }
        if (split) {
            items.add(item("faded part: load", square, theme.faded(theme.muted(), 0.45)));
        }
        if (running) {
            items.add(item("running", square, theme.muted()));
        }
        if (invalid) {
            items.add(item("not a valid time", square, theme.invalid()));
        }
        return items;
    }

    private LegendItem item(String label, Shape shape, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, shape, colour);
        item.setLabelFont(theme.legend());
        item.setLabelPaint(theme.text());
        return item;
    }

    static String familyName(Family family) {
        return switch (family) {
            case JVM -> "Java (JVM tiers)";
            case PYTHON -> "Python and friends";
            case NATIVE -> "native code";
        };
    }
}
