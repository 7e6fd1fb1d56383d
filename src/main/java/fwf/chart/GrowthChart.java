package fwf.chart;

import fwf.workload.SizeRule;
import fwf.workload.Workload;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The Growth tab's chart: for one workload, the median time at each size of every (variant,
 * system) measured at two or more sizes, one line each, the legend giving its least-squares fit
 * ({@link GrowthLine}). On log-log axes for a power law (the triangle count against its edges, the
 * mean against its elements), where {@code time ~ edges^k} is a straight line of slope k; on log
 * time against n for fib, where {@code time ~ b^n} is a straight line.
 */
public final class GrowthChart {
    private GrowthChart() {
    }

    public static JFreeChart of(List<GrowthLine> lines, Workload<?> workload, boolean highContrast) {
        ChartTheme theme = highContrast ? ChartTheme.PRESENTER : ChartTheme.LIGHT;
        boolean power = workload.sizeRule().cost() == SizeRule.Cost.POWER;
        String unit = unit(lines, workload);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        double dot = theme.barName().getSize2D() * 0.5;
        for (int i = 0; i < lines.size(); i++) {
            GrowthLine line = lines.get(i);
            XYSeries series = new XYSeries(line.legend(), true, false);
            line.points().forEach(p -> series.add(p.size(), p.seconds()));
            data.addSeries(series);
            renderer.setSeriesPaint(i, ChartTheme.overlay(i));
            renderer.setSeriesStroke(i, new BasicStroke(theme.lineWidth() * 1.6f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
            renderer.setSeriesShapesFilled(i, true);
        }
        renderer.setUseOutlinePaint(false);
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}  ·  {1} " + unit + ": {2}",
                grouped(), AxisFormats.seconds()));

        ValueAxis x = power ? logSizes(unit) : sizes(unit);
        ValueAxis y = TimelineChart.axis("median time", true);
        theme.styleAxis(x);
        theme.styleAxis(y);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        theme.styleXyPlot(plot, "No variant on a system at two or more sizes yet");
        // The last size tick ("100,000") is centred on the plot's right edge: room for its half.
        plot.setInsets(new RectangleInsets(8, 8, 8, theme.tick().getSize2D() * 2.5));
        if (!lines.isEmpty()) {
            // Whole decades at both ends: every tick is labelled and a slope reads off the grid.
            y.setRange(decadeBelow(lines, false), decadeAbove(lines, false));
            if (power) {
                x.setRange(decadeBelow(lines, true), decadeAbove(lines, true));
            }
        }

        JFreeChart chart = theme.chartOf(plot, title(workload, unit));
        String graphs = graphs(lines, workload);
        chart.addSubtitle(theme.subtitleOf(describe(power, unit), graphs == null ? 6 : 0));
        if (graphs != null) {
            chart.addSubtitle(theme.subtitleOf(graphs, 6));
        }
        chart.addSubtitle(theme.legendOf(plot));
        return chart;
    }

    /** "triangles: median time against edges". */
    static String title(Workload<?> workload, String unit) {
        return workload.name() + ": median time against " + unit;
    }

    /** What the axes and the legends say, in one line. */
    static String describe(boolean power, String unit) {
        return power
                ? "log-log: a power law is a straight line; each legend fits time ~ " + unit
                        + "^k by least squares (k = 1 linear, 2 quadratic)"
                : "log time against " + unit + ": an exponential is a straight line; each legend fits time ~ b^"
                        + unit + " by least squares";
    }

    /**
     * "edges among the first N nodes of facebook_combined.txt" for a triangle count, naming each
     * graph the lines ran on; null for a workload that reads no graph, or no line.
     */
    static String graphs(List<GrowthLine> lines, Workload<?> workload) {
        List<String> names = lines.stream().map(l -> GrowthLine.graphName(l.graph())).distinct().toList();
        if (!workload.readsGraph() || names.isEmpty()) {
            return null;
        }
        return "edges among the first N nodes of " + String.join(" and of ", names);
    }

    /**
     * The lines' unit ("edges"), or their units joined when a graph could not be read here and its
     * runs stayed in nodes; the workload's own when there is no line.
     */
    static String unit(List<GrowthLine> lines, Workload<?> workload) {
        List<String> units = lines.stream().map(l -> l.fit().sizeName()).distinct().toList();
        if (units.isEmpty()) {
            return workload.readsGraph() ? "edges" : workload.sizeRule().label();
        }
        return String.join(" or ", units);
    }

    private static ValueAxis logSizes(String unit) {
        LogAxis a = new LogAxis(unit + " (log)");
        a.setBase(10);
        a.setSmallestValue(1);
        a.setTickUnit(new NumberTickUnit(1.0), false, false); // a tick per decade: 1,000, 10,000
        a.setAutoTickUnitSelection(false);
        a.setMinorTickCount(9);
        a.setMinorTickMarksVisible(true);
        a.setNumberFormatOverride(grouped());
        return a;
    }

    private static ValueAxis sizes(String unit) {
        NumberAxis a = new NumberAxis(unit);
        a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        a.setAutoRangeIncludesZero(false);
        a.setNumberFormatOverride(grouped());
        return a;
    }

    /** "87,747": sizes as the rest of the program prints them. */
    private static DecimalFormat grouped() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    static double decadeBelow(List<GrowthLine> lines, boolean sizes) {
        double min = lines.stream().flatMap(l -> l.points().stream()).mapToDouble(p -> sizes ? p.size() : p.seconds())
                .min().orElse(1);
        double below = Math.pow(10, Math.floor(Math.log10(min)));
        // A minimum on a decade still gets room below it; and a hair lower than the decade, or
        // LogAxis, rounding its log up, starts its ticks one decade higher and leaves it unlabelled.
        return (below < min ? below : below / 10) * (1 - 1e-9);
    }

    static double decadeAbove(List<GrowthLine> lines, boolean sizes) {
        double max = lines.stream().flatMap(l -> l.points().stream()).mapToDouble(p -> sizes ? p.size() : p.seconds())
                .max().orElse(10);
        double above = Math.pow(10, Math.ceil(Math.log10(max)));
        return above > max ? above : above * 10; // a maximum on a decade still gets room above it
    }
}
