package fwf.chart;

import fwf.friends.Family;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.List;

/**
 * Colours, fonts and sizes of our charts, in Java2D units at the design size of
 * {@link ChartExport#DESIGN_WIDTH} x {@link ChartExport#DESIGN_HEIGHT} (exports scale up from
 * there, so a 1920x1080 PNG reads like the 1280x720 window).
 *
 * <p>Families keep one hue each, whatever the theme: Java orange, Python blue, native green;
 * systems within a family are shades of it, so the JVM's ladder reads as one thing.
 *
 * @param name          "light" or "presenter"
 * @param maxUnit       the most room one bar (with its gap) may take, so two bars do not swell
 *                      into slabs
 * @param barShare      share of a bar's room that is bar, the rest is gap
 * @param lineWidth     whiskers, markers and plot lines
 */
public record ChartTheme(String name, Color background, Color plotBackground, Color text, Color muted,
                         Color grid, Color invalid, Font title, Font subtitle, Font group, Font barName,
                         Font value, Font tick, Font axisLabel, Font legend, double maxUnit, double barShare,
                         float lineWidth, boolean dark) {

    private static final String FACE = Font.SANS_SERIF;

    /** Dark ink on white, sized for a report, a README or a laptop screen. */
    public static final ChartTheme LIGHT = new ChartTheme("light",
            Color.WHITE, Color.WHITE, new Color(0x1F2328), new Color(0x59636E), new Color(0xD8DEE4),
            new Color(0x6E7781),
            new Font(FACE, Font.BOLD, 24), new Font(FACE, Font.PLAIN, 14), new Font(FACE, Font.BOLD, 17),
            new Font(FACE, Font.PLAIN, 16), new Font(FACE, Font.BOLD, 15), new Font(FACE, Font.PLAIN, 14),
            new Font(FACE, Font.PLAIN, 15), new Font(FACE, Font.PLAIN, 14),
            40, 0.72, 1.5f, false);

    /**
     * Bright on near-black, with type large enough to read from the back of a room on a
     * 1280x720 projector; bars as thick as the text beside them.
     */
    public static final ChartTheme PRESENTER = new ChartTheme("presenter",
            new Color(0x0D1117), new Color(0x0D1117), new Color(0xF0F6FC), new Color(0xB1BAC4), new Color(0x30363D),
            new Color(0x8B949E),
            new Font(FACE, Font.BOLD, 36), new Font(FACE, Font.PLAIN, 20), new Font(FACE, Font.BOLD, 26),
            new Font(FACE, Font.PLAIN, 24), new Font(FACE, Font.BOLD, 24), new Font(FACE, Font.PLAIN, 20),
            new Font(FACE, Font.PLAIN, 20), new Font(FACE, Font.PLAIN, 20),
            64, 0.78, 3f, true);

    /**
     * Lines that stand for no family's order (overlaid runs, the Growth chart's lines) take these in
     * turn: Okabe and Ito's palette, told apart with any colour vision and readable on both themes.
     */
    private static final List<Color> OVERLAY = List.of(new Color(0xD55E00), new Color(0x0072B2),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9));

    /** The {@code index}th line's colour among lines told apart by colour alone (it cycles after six). */
    public static Color overlay(int index) {
        return OVERLAY.get(Math.floorMod(index, OVERLAY.size()));
    }

    public static ChartTheme of(ChartOptions options) {
        return options.highContrast() ? PRESENTER : LIGHT;
    }

    public Stroke stroke() {
        return new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    /**
     * The colour of a bar. Shade 0 is the palest on a light background; on a dark one the
     * ramp runs from bright to deep the same way, so order is kept and every shade stays
     * visible against the background.
     *
     * @param family null for a system the catalogue does not know (grey)
     */
    public Color barColour(Family family, SystemStyles.Shade shade) {
        double t = shade.count() <= 1 ? 0.6 : shade.index() / (double) (shade.count() - 1);
        float hue;
        if (family == null) {
            float grey = (float) (dark ? 0.85 - 0.35 * t : 0.72 - 0.35 * t);
            return new Color(grey, grey, grey);
        }
        hue = switch (family) {
            case JVM -> 24f / 360;
            case PYTHON -> 211f / 360;
            case NATIVE -> 150f / 360;
        };
        float saturation = (float) (dark ? 0.40 + 0.50 * t : 0.62 + 0.33 * t);
        float brightness = (float) (dark ? 1.00 - 0.22 * t : 0.90 - 0.38 * t);
        return Color.getHSBColor(hue, saturation, brightness);
    }

    /** The colour that stands for a whole family in the legend: its middle shade. */
    public Color familyColour(Family family) {
        return barColour(family, new SystemStyles.Shade(1, 3));
    }

    /** {@code colour} mixed with the plot background: the load part of a split bar, hatch fills. */
    public Color faded(Color colour, double keep) {
        Color bg = plotBackground;
        return new Color(
                (int) Math.round(colour.getRed() * keep + bg.getRed() * (1 - keep)),
                (int) Math.round(colour.getGreen() * keep + bg.getGreen() * (1 - keep)),
                (int) Math.round(colour.getBlue() * keep + bg.getBlue() * (1 - keep)));
    }

    /** Black or white, whichever reads better on {@code colour} (a label drawn inside a bar). */
    public static Color inkOn(Color colour) {
        double luminance = 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
        return luminance > 140 ? new Color(0x111111) : Color.WHITE;
    }

    /**
     * A chart of {@code plot} in this theme, its title on the left in the title font: the
     * Warm-up, time line and Growth charts open alike (their subtitles are their own).
     */
    public org.jfree.chart.JFreeChart chartOf(org.jfree.chart.plot.Plot plot, String titleText) {
        org.jfree.chart.JFreeChart chart = new org.jfree.chart.JFreeChart(null, title(), plot, false);
        chart.setBackgroundPaint(background());
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(12, 16, 12, 16));
        org.jfree.chart.title.TextTitle heading = new org.jfree.chart.title.TextTitle(titleText, title());
        heading.setPaint(text());
        heading.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        chart.setTitle(heading);
        return chart;
    }

    /** A legend at the bottom in this theme's font and colours, frameless: both charts' legends read alike. */
    public org.jfree.chart.title.LegendTitle legendOf(org.jfree.chart.LegendItemSource source) {
        org.jfree.chart.title.LegendTitle legend = new org.jfree.chart.title.LegendTitle(source);
        legend.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        legend.setItemFont(legend());
        legend.setItemPaint(text());
        legend.setBackgroundPaint(background());
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 6, 2, 18));
        return legend;
    }

    /**
     * The plot-wide look both charts share: this theme's background, no outline, room on the
     * right for the last tick label, and {@code noData} in the muted group font when empty. (Their
     * grid lines are set by each: a CategoryPlot and an XYPlot share no setter for those.)
     */
    public void stylePlot(org.jfree.chart.plot.Plot plot, String noData) {
        plot.setBackgroundPaint(plotBackground());
        plot.setOutlineVisible(false);
        plot.setInsets(new org.jfree.chart.ui.RectangleInsets(8, 8, 8, 24));
        plot.setNoDataMessage(noData);
        plot.setNoDataMessageFont(group());
        plot.setNoDataMessagePaint(muted());
    }

    /** An axis in the theme's type and colours: muted label, text-coloured ticks, grid-coloured line and marks. */
    public void styleAxis(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(axisLabel());
        axis.setLabelPaint(muted());
        axis.setTickLabelFont(tick());
        axis.setTickLabelPaint(text());
        axis.setAxisLinePaint(grid());
        axis.setTickMarkPaint(grid());
    }

    /**
     * A line plot of times (the Warm-up charts): as {@link #stylePlot}, with gridlines across the
     * times only and the axes against the data.
     */
    public void styleXyPlot(org.jfree.chart.plot.XYPlot plot, String noData) {
        stylePlot(plot, noData);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(grid());
        plot.setRangeGridlineStroke(new java.awt.BasicStroke(lineWidth()));
        plot.setAxisOffset(org.jfree.chart.ui.RectangleInsets.ZERO_INSETS);
    }

    /** A left-aligned subtitle line in the muted colour, with {@code below} points under it. */
    public org.jfree.chart.title.TextTitle subtitleOf(String text, double below) {
        org.jfree.chart.title.TextTitle t = new org.jfree.chart.title.TextTitle(text, subtitle());
        t.setPaint(muted());
        t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        t.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        t.setPadding(new org.jfree.chart.ui.RectangleInsets(2, 0, below, 0));
        return t;
    }
}
