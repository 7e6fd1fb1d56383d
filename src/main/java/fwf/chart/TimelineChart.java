package fwf.chart;

import fwf.run.JitEvent;
import fwf.run.Measurement;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The warm-up tab's chart: time per operation against the time since the worker's first
 * operation, for one run or several overlaid (the JVM's tiers, PyPy, any friend that reports
 * iterations: who is fast first, who is fast last), with the first run's JIT events of the
 * kernel's own methods as vertical lines where the new code arrived, labelled in plain words
 * ({@link JitLabel}), a compilation's own time shaded before its line.
 *
 * <p>Log-log by default: fib(20) on jvm-c2 spends microseconds in the interpreter and seconds on
 * C2, and its times per operation span a hundredfold, so only log axes show the interpreter's,
 * C1's and C2's plateaus side by side. Each point sits at the middle of the time its operation
 * (or batched iteration) took, which is never 0 and so always has a place on a log axis.
 */
public final class TimelineChart {
    private static final double NS = 1e-9;

    /** One run on the chart: its measurement (what it was, its JIT events) and its timeline. */
    public record Shown(Measurement measurement, RunTimeline timeline) {
        public Shown {
            Objects.requireNonNull(measurement, "measurement");
            Objects.requireNonNull(timeline, "timeline");
        }
    }

    /**
     * A JIT event where it goes on the time axis, in seconds since the first operation: the
     * compilation from its start to its install (the new code runs from {@code atS}), a deopt at
     * its moment (both equal).
     */
    public record Marker(JitEvent event, double startS, double atS, int repeats) {
        public Marker(JitEvent event, double startS, double atS) {
            this(event, startS, atS, 1);
        }

        /** "C1" (tiers 1 to 3), "C2" (tier 4) or "deopt". */
        public String compiler() {
            return "deopt".equals(event.kind()) ? "deopt" : event.tier() >= 4 ? "C2" : "C1";
        }
    }

    private TimelineChart() {
    }

    /**
     * The JIT events of {@code m} to mark: the kernel's own methods ({@link JitEvent#kernelsOwn}),
     * at the moment the new code arrived, leaving out those done before the first operation
     * (while the input was prepared), which have no place on the axis.
     */
    public static List<Marker> markers(Measurement m) {
        List<Marker> out = new ArrayList<>();
        for (JitEvent e : m.jit()) {
            long at = e.sinceStartNs() + e.durationNs();
            if (!JitEvent.kernelsOwn(e.method()) || at <= 0) {
                continue;
            }
            Marker last = out.isEmpty() ? null : out.getLast();
            if (last != null && e.kind().equals("deopt") && last.event().kind().equals("deopt")
                    && last.event().method().equals(e.method()) && last.event().reason().equals(e.reason())) {
                // The same trap again, in the frames still running the thrown-away code: one line, counted.
                out.set(out.size() - 1, new Marker(last.event(), last.startS(), last.atS(), last.repeats() + 1));
                continue;
            }
            out.add(new Marker(e, Math.max(0, e.sinceStartNs()) * NS, at * NS));
        }
        return out;
    }

    /** Where a point goes: x the middle of its time, y its time per operation, in seconds. */
    static double[] xy(RunTimeline.Point p) {
        double span = (double) p.ns() * p.batch();
        return new double[] {(p.startNs() + span / 2) * NS, p.ns() * NS};
    }

    public static JFreeChart of(List<Shown> runs, boolean logAxes, boolean highContrast) {
        return of(runs, logAxes, highContrast, SystemStyles.standard());
    }

    public static JFreeChart of(List<Shown> runs, boolean logAxes, boolean highContrast, SystemStyles styles) {
        ChartTheme theme = highContrast ? ChartTheme.PRESENTER : ChartTheme.LIGHT;
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        double dot = theme.barName().getSize2D() * 0.35;
        int index = 0;
        for (int r = 0; r < runs.size(); r++) {
            Shown run = runs.get(r);
            BarKey key = BarKey.of(run.measurement().request());
            // Overlaid runs, one colour each (ChartTheme.overlay): the family shades of the bar chart,
            // three oranges for the JVM's tiers, could not be told apart among thousands of dots.
            Color colour = runs.size() > 1 ? ChartTheme.overlay(r)
                    : theme.barColour(styles.family(key.system()).orElse(null), styles.shade(key.system()));
            String name = styles.label(key.system()) + " · " + key.variant();
            // Two runs of one system and variant are two series: a dataset refuses a key twice.
            long same = runs.subList(0, r).stream()
                    .filter(before -> BarKey.of(before.measurement().request()).equals(key)).count();
            if (same > 0) {
                name += " (" + (same + 1) + ")";
            }
            boolean named = false;
            for (RunTimeline.Phase phase : RunTimeline.Phase.values()) {
                XYSeries series = new XYSeries(name + " " + phase, false, true);
                for (RunTimeline.Point p : run.timeline().points()) {
                    double[] xy = xy(p);
                    if (p.phase() == phase && (!logAxes || xy[0] > 0 && xy[1] > 0)) {
                        series.add(xy[0], xy[1]);
                    }
                }
                if (series.isEmpty()) {
                    continue;
                }
                series.setKey(named ? name + " (" + phase.name().toLowerCase(java.util.Locale.ROOT) + ")" : name);
                data.addSeries(series);
                style(renderer, index, phase, colour, theme, dot);
                renderer.setSeriesVisibleInLegend(index, !named);
                named = true;
                index++;
            }
        }
        renderer.setUseOutlinePaint(false);

        ValueAxis x = axis("time since the first operation", logAxes);
        ValueAxis y = axis("time per operation", logAxes);
        if (!logAxes) {
            ((NumberAxis) y).setAutoRangeIncludesZero(true);
            ((NumberAxis) x).setAutoRangeIncludesZero(true);
        }
        theme.styleAxis(x);
        theme.styleAxis(y);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        theme.styleXyPlot(plot, "No operations recorded: run with the warm-up trace on");
        List<Marker> markers = runs.isEmpty() ? List.of() : markers(runs.getFirst().measurement());
        addMarkers(plot, markers, theme, logAxes);

        JFreeChart chart = theme.chartOf(plot, title(runs, styles));
        chart.addSubtitle(theme.subtitleOf(describe(runs, markers, styles), 6));
        chart.addSubtitle(theme.legendOf(plot));
        return chart;
    }

    /** A time axis in seconds, on a log scale with a tick per decade or linear; the Growth chart's too. */
    static ValueAxis axis(String label, boolean log) {
        if (log) {
            LogAxis a = new LogAxis(label + " (log)");
            a.setBase(10);
            a.setSmallestValue(1e-9);
            // A tick per decade ("1 ms", "10 ms"): the automatic ticks fell on 10^(k/5), "6.31 ms".
            a.setTickUnit(new NumberTickUnit(1.0), false, false);
            a.setAutoTickUnitSelection(false);
            a.setMinorTickCount(9);
            a.setMinorTickMarksVisible(true);
            a.setNumberFormatOverride(AxisFormats.seconds());
            return a;
        }
        NumberAxis a = new NumberAxis(label);
        a.setNumberFormatOverride(AxisFormats.seconds());
        return a;
    }

    private static void style(XYLineAndShapeRenderer r, int index, RunTimeline.Phase phase, Color colour,
                              ChartTheme theme, double dot) {
        switch (phase) {
            case TRACE -> {
                // Thousands of points: small dots without a line, so the plateaus read as bands
                // and a lone slow operation (a GC, another process) as a dot, not a spike.
                r.setSeriesPaint(index, colour);
                r.setSeriesLinesVisible(index, false);
                double d = dot * 0.6;
                r.setSeriesShape(index, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
                r.setSeriesShapesFilled(index, true);
            }
            case WARMUP -> {
                r.setSeriesPaint(index, theme.faded(colour, theme.dark() ? 0.8 : 0.6));
                r.setSeriesStroke(index, new BasicStroke(theme.lineWidth() * 1.2f, BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND, 10, new float[] {theme.lineWidth() * 4, theme.lineWidth() * 3}, 0));
                r.setSeriesShape(index, new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
                r.setSeriesShapesFilled(index, false);
            }
            case MEASURED -> {
                r.setSeriesPaint(index, colour);
                r.setSeriesStroke(index, new BasicStroke(theme.lineWidth() * 1.6f, BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                r.setSeriesShape(index, new Rectangle2D.Double(-dot / 2, -dot / 2, dot, dot));
                r.setSeriesShapesFilled(index, true);
            }
        }
    }

    private static void addMarkers(XYPlot plot, List<Marker> markers, ChartTheme theme, boolean log) {
        // More markers than label rows (the dynamic recursion's helpers compiled by C1 and C2): C1's
        // lines stay unlabelled, its tiers are in the inlining tree and the labels would cover C2's.
        boolean crowded = markers.size() > JitMarkers.LABEL_ROWS;
        for (Marker m : markers) {
            if (m.atS() > m.startS() && m.startS() > 0) {
                // The compilation's own time: the old code ran meanwhile.
                plot.addDomainMarker(new IntervalMarker(m.startS(), m.atS(),
                        theme.faded(JitMarkers.colour(m.compiler(), theme), 0.18)), Layer.BACKGROUND);
            }
            String text = crowded && m.compiler().equals("C1") ? null
                    : JitLabel.brief(m.event()) + (m.repeats() > 1 ? " (×" + m.repeats() + ")" : "");
            // A size smaller than the subtitle's: the labels run across a plot that shares its width
            // with the inlining tree.
            JitMarkers.add(plot, m.atS(), m.compiler(), text,
                    theme.subtitle().deriveFont(theme.subtitle().getSize2D() * 0.86f), theme);
        }
        JitMarkers.place(plot, log, 0);
    }


    /** "fib(20) · Java C2 (tiered) · primitive", or the workload and a count for several. */
    static String title(List<Shown> runs, SystemStyles styles) {
        if (runs.isEmpty()) {
            return "Warm-up: no run chosen";
        }
        BarKey key = BarKey.of(runs.getFirst().measurement().request());
        if (runs.size() == 1) {
            return key.workloadTitle() + " · " + styles.label(key.system()) + " · " + key.variant();
        }
        return key.workloadTitle() + " · " + runs.size() + " runs on one time axis";
    }

    /** Whether the run was one of our JVM workers, which time their iterations and log their JIT. */
    public static boolean jvm(Shown run) {
        return run.measurement().request().system().launch() != fwf.friends.Launch.PROGRAM;
    }

    /** What is drawn and what the markers belong to, in one line. */
    static String describe(List<Shown> runs, List<Marker> markers, SystemStyles styles) {
        if (runs.isEmpty()) {
            return "";
        }
        Shown first = runs.getFirst();
        StringBuilder s = new StringBuilder();
        if (runs.stream().anyMatch(r -> r.timeline().traced())) {
            s.append("small dots: operations timed one by one (warm-up trace); ");
        } else if (runs.stream().anyMatch(TimelineChart::jvm)) {
            s.append("no warm-up trace (switch it on for the next runs); ");
        }
        s.append("rings: warm-up iterations; squares: measured");
        if (!markers.isEmpty()) {
            s.append("  ·  C1 tier 1: no profiling, 2: counting calls and loops, 3: with profiling; C2 is tier 4");
        }
        if (!jvm(first)) {
            s.append("  ·  a friend reports whole iterations, placed back to back");
        } else if (markers.isEmpty()) {
            s.append("  ·  no JIT events of the kernel's own methods");
        } else if (runs.size() > 1) {
            s.append("  ·  JIT: ").append(styles.label(BarKey.of(first.measurement().request()).system()))
                    .append(", first fork");
        } else {
            s.append("  ·  JIT: the kernel's own methods, first fork");
        }
        return s.toString();
    }
}
