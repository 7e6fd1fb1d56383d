package fwf.chart;

import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * The JIT's vertical lines on the warm-up charts (the time line and the per-iteration chart):
 * C1 compilations (tiers 1-3) in one hue, C2's (tier 4) in another, traps in red, and their
 * words packed into rows where they overlap no other. One place for both charts: each had its
 * own colours and its own cycling rows, which printed labels over each other.
 */
public final class JitMarkers {
    /** C1 and C2 in two hues none of the families use; traps in red. */
    private static final Color C1_LIGHT = new Color(0x8250DF);
    private static final Color C2_LIGHT = new Color(0x0969DA);
    private static final Color DEOPT_LIGHT = new Color(0xCF222E);
    private static final Color C1_DARK = new Color(0xD2A8FF);
    private static final Color C2_DARK = new Color(0x79C0FF);
    private static final Color DEOPT_DARK = new Color(0xFF7B72);

    /**
     * Label rows: a label takes the top one where it overlaps no other, so close events do not
     * print over each other (cycling through five rows did: a deoptimization's label ran across a
     * compilation's). Eight fit above the dots of a 720-pixel window.
     */
    static final int LABEL_ROWS = 8;

    private JitMarkers() {
    }

    /** The line's colour for "C1", "C2" or "deopt" ({@link TimelineChart.Marker#compiler()}). */
    static Color colour(String compiler, ChartTheme theme) {
        return switch (compiler) {
            case "C2" -> theme.dark() ? C2_DARK : C2_LIGHT;
            case "C1" -> theme.dark() ? C1_DARK : C1_LIGHT;
            default -> theme.dark() ? DEOPT_DARK : DEOPT_LIGHT;
        };
    }

    /**
     * Adds the line of a JIT event at {@code x}, with {@code text} (null for none) in {@code font}
     * once {@link #place} finds it a row.
     */
    static void add(XYPlot plot, double x, String compiler, String text, Font font, ChartTheme theme) {
        Color colour = colour(compiler, theme);
        int priority = switch (compiler) {
            case "C2" -> 1;
            case "C1" -> 2;
            default -> 0;
        };
        JitMarker marker = new JitMarker(x, colour, new BasicStroke(theme.lineWidth() * 1.2f), text,
                theme.subtitle().getSize2D() * 1.4, priority);
        marker.setLabelFont(font);
        marker.setLabelPaint(colour);
        marker.setLabelBackgroundColor(theme.plotBackground());
        plot.addDomainMarker(marker, Layer.FOREGROUND);
    }

    /** A JIT event's line, with the words it shows when there is a free row for them. */
    private static final class JitMarker extends ValueMarker {
        private final String text;
        private final double rowHeight;
        /** 0 for a trap, 1 for a C2 compilation, 2 for the rest: who gets a label row first. */
        private final int priority;

        JitMarker(double at, Color colour, BasicStroke stroke, String text, double rowHeight, int priority) {
            super(at, colour, stroke);
            this.text = text;
            this.rowHeight = rowHeight;
            this.priority = priority;
        }
    }

    /** The plot's width assumed until it has been drawn: about a 1280-pixel window's. */
    private static final double ASSUMED_WIDTH_PX = 560;

    /**
     * Places every JIT line's words: a label goes right of its line when it fits there, else left when it fits there,
     * else to the side with more room (by halves alone, a line just right of the middle put a
     * label longer than half the plot left of it, and the plot's edge cut its first letters off).
     * Then each label takes the top row where it overlaps no other: traps first (each kind once),
     * then C2's compilations, latest first; one with no free row among {@link #LABEL_ROWS} keeps
     * its line without words until a zoom makes room.
     *
     * The charts call it once built (the width not known yet), the Warm-up tab again when a zoom
     * changes the range or a drawing tells the width.
     *
     * @param widthPx the data area's width, or 0 while it is not known
     */
    public static void place(XYPlot plot, boolean log, double widthPx) {
        Range span = plot.getDomainAxis().getRange();
        java.util.Collection<?> all = plot.getDomainMarkers(Layer.FOREGROUND);
        if (all == null) {
            return;
        }
        double width = widthPx > 0 ? widthPx : ASSUMED_WIDTH_PX;
        // Who gets a row first when there are not enough: the traps, earliest first, each kind of
        // trap once (the same words again tell nothing new; its red line still shows); then C2's
        // compilations, latest first (the recompilations after a trap are the lesson's end); then
        // the rest.
        List<JitMarker> markers = all.stream().filter(JitMarker.class::isInstance).map(JitMarker.class::cast)
                .sorted(java.util.Comparator.comparingInt((JitMarker m) -> m.priority)
                        .thenComparingDouble(m -> m.priority == 0 ? m.getValue() : -m.getValue()))
                .toList();
        java.util.Set<String> trapsSaid = new java.util.HashSet<>();
        List<List<double[]>> rows = new ArrayList<>();
        for (int r = 0; r < LABEL_ROWS; r++) {
            rows.add(new ArrayList<>());
        }
        for (JitMarker marker : markers) {
            double share = share(marker.getValue(), span, log);
            // Words too long for either side lose their class's name ("lessOrEqual compiled by
            // C2 ..."): the plot's edge would cut the start of the line off instead.
            String words = marker.text;
            double labelPx = labelWidth(marker, words);
            if (widthPx > 0 && words != null && labelPx > Math.max(share, 1 - share) * widthPx) {
                words = withoutClass(words);
                labelPx = labelWidth(marker, words);
            }
            boolean left = labelGoesLeft(share, widthPx, labelPx);
            // The anchor is the corner of the line's area the text hangs from.
            marker.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            if (share < 0 || share > 1) {
                // Outside the range shown the line is not drawn: its words take no row.
                marker.setLabel(marker.text);
                continue;
            }
            int row = -1;
            boolean said = marker.priority == 0 && marker.text != null
                    && !trapsSaid.add(marker.text.replaceFirst(" \\(×\\d+\\)$", ""));
            if (marker.text != null && !said) {
                double x = share * width;
                double[] extent = left ? new double[] {x - labelPx, x} : new double[] {x, x + labelPx};
                for (int r = 0; r < LABEL_ROWS && row < 0; r++) {
                    if (rows.get(r).stream().noneMatch(e -> e[0] < extent[1] && extent[0] < e[1])) {
                        rows.get(r).add(extent);
                        row = r;
                    }
                }
            }
            marker.setLabel(row < 0 ? null : words);
            marker.setLabelOffset(new RectangleInsets(4 + marker.rowHeight * Math.max(row, 0), 4, 4, 4));
        }
    }

    /**
     * Whether a label {@code labelPx} wide goes left of a line at {@code share} of a plot
     * {@code widthPx} wide (by halves when the width is not known).
     */
    static boolean labelGoesLeft(double share, double widthPx, double labelPx) {
        if (widthPx <= 0) {
            return share > 0.5;
        }
        double right = (1 - share) * widthPx;
        double left = share * widthPx;
        if (right >= labelPx) {
            return false;
        }
        return left >= labelPx || left > right;
    }

    /** The words' width in pixels at the label's font, with its offsets; 0 for a line without words. */
    private static double labelWidth(JitMarker marker, String words) {
        if (words == null) {
            return 0;
        }
        java.awt.font.FontRenderContext context = new java.awt.font.FontRenderContext(null, true, true);
        return marker.getLabelFont().getStringBounds(words, context).getWidth()
                + marker.getLabelOffset().getLeft() + marker.getLabelOffset().getRight();
    }

    /** "lessOrEqual compiled by C2 (tier 4), 3.98 ms" from "DynamicInt.lessOrEqual compiled by ...". */
    static String withoutClass(String words) {
        return words.replaceFirst("^(OSR into )?[\\w$]+\\.", "$1");
    }

    /** Where {@code x} falls across {@code span}, from 0 to 1, on a log or a linear axis. */
    static double share(double x, Range span, boolean log) {
        double lo = log ? Math.log(Math.max(span.getLowerBound(), 1e-12)) : Math.min(0, span.getLowerBound());
        double hi = log ? Math.log(Math.max(span.getUpperBound(), 1e-12)) : span.getUpperBound();
        double at = log ? Math.log(Math.max(x, 1e-12)) : x;
        return hi <= lo ? 0 : (at - lo) / (hi - lo);
    }
}
