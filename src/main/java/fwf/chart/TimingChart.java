package fwf.chart;

import fwf.run.Environment;
import fwf.run.Measurement;
import fwf.workload.Operations;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the bar chart of results: one horizontal bar per (system, variant, size), grouped by
 * workload, the bar being the median. Shared by the window (which wraps it in a ChartViewer) and
 * the command line (which exports it); nothing here knows JavaFX.
 *
 * <p>A chart built with {@link #create} follows its {@link TimingDataset}: put a running bar,
 * then the result, and the chart redraws. Options are fixed per chart; to change one, build a
 * new chart on the same dataset (and {@link TimingView#detach()} the old one's view).
 */
public final class TimingChart {
    private TimingChart() {
    }

    /** A chart of finished results, with the program's own catalogue of systems. */
    public static JFreeChart of(List<Measurement> results, ChartOptions options) {
        return create(new TimingDataset(results), options, SystemStyles.standard());
    }

    public static JFreeChart create(TimingDataset data, ChartOptions options) {
        return create(data, options, SystemStyles.standard());
    }

    public static JFreeChart create(TimingDataset data, ChartOptions options, SystemStyles styles) {
        Objects.requireNonNull(data, "data");
        ChartTheme theme = ChartTheme.of(options);
        TimingView view = new TimingView(data, options, styles);
        ValueAxis values = valueAxis(view.table().valueLabel(), options, theme);
        GroupedBarAxis categories = new GroupedBarAxis(view, theme);
        TimingBarRenderer renderer = new TimingBarRenderer(view, theme);
        renderer.setDefaultToolTipGenerator((dataset, row, column) -> tooltip(view.table().cells().get(row)));
        TimingPlot plot = new TimingPlot(view, categories, values, renderer);
        theme.stylePlot(plot, "No results yet");
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(theme.grid());
        plot.setRangeGridlineStroke(new BasicStroke(theme.lineWidth()));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeMinorGridlinesVisible(options.logScale());
        plot.setRangeMinorGridlinePaint(theme.faded(theme.grid(), 0.7));
        plot.setRangeMinorGridlineStroke(new BasicStroke(theme.lineWidth() * 0.6f));
        if (options.relative()) {
            ValueMarker one = new ValueMarker(1.0, theme.muted(), new BasicStroke(theme.lineWidth(),
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 6}, 0));
            plot.addRangeMarker(one, Layer.BACKGROUND);
        }

        JFreeChart chart = new JFreeChart(null, theme.title(), plot, false);
        chart.setBackgroundPaint(theme.background());
        chart.setPadding(new RectangleInsets(12, 16, 12, 16));
        TextTitle title = new TextTitle(options.title() != null ? options.title() : defaultTitle(options, styles),
                theme.title(), theme.text(), RectangleEdge.TOP, org.jfree.chart.ui.HorizontalAlignment.LEFT,
                org.jfree.chart.ui.VerticalAlignment.CENTER, new RectangleInsets(0, 0, 4, 0));
        chart.setTitle(title);
        TextTitle how = subtitle(howRead(options), theme);
        TextTitle notes = subtitle("", theme);
        chart.addSubtitle(how);
        chart.addSubtitle(notes);
        chart.addSubtitle(theme.legendOf(plot));
        updateNotes(notes, view);
        view.addChangeListener(e -> updateNotes(notes, view));
        return chart;
    }

    /** The view behind a chart made here: its table holds exactly what is drawn. */
    public static TimingView view(JFreeChart chart) {
        if (chart.getPlot() instanceof TimingPlot plot && plot.getDataset() instanceof TimingView view) {
            return view;
        }
        throw new IllegalArgumentException("not a timing chart");
    }

    private static ValueAxis valueAxis(String label, ChartOptions options, ChartTheme theme) {
        ValueAxis axis;
        if (options.logScale()) {
            LogAxis log = new LogAxis(label);
            log.setSmallestValue(1e-12);
            log.setNumberFormatOverride(options.relative() ? AxisFormats.factor() : AxisFormats.seconds());
            // Labelled ticks at whole powers of ten only ("100 ms", "1 s", "10 s"): half decades
            // would read "3.162 s". Minor gridlines mark 2x..9x within each decade.
            TickUnits decades = new TickUnits();
            NumberFormat format = options.relative() ? AxisFormats.factor() : AxisFormats.seconds();
            decades.add(new NumberTickUnit(1, format, 9));
            for (int step : new int[] {2, 3, 4, 5, 10, 20}) {
                decades.add(new NumberTickUnit(step, format, 0));
            }
            log.setStandardTickUnits(decades);
            log.setLowerMargin(0);
            log.setUpperMargin(labelRoom(options, theme));
            axis = log;
        } else {
            NumberAxis linear = new WideLabelAxis(label);
            linear.setNumberFormatOverride(options.relative() ? AxisFormats.factor() : AxisFormats.seconds());
            linear.setUpperMargin(labelRoom(options, theme));
            axis = linear;
        }
        theme.styleAxis(axis);
        return axis;
    }

    /**
     * Room past the longest bar for its label, as a share of the axis: more for the presenter's
     * bigger type and for "36× faster", which is longer than "12.3 s". A label that still does not
     * fit goes inside its bar.
     */
    private static double labelRoom(ChartOptions options, ChartTheme theme) {
        return (theme.dark() ? 0.14 : 0.10) + (options.relative() ? 0.06 : 0) + (options.splitLoad() ? 0.10 : 0);
    }

    /**
     * A linear axis that leaves room for labels like "150 ms" between its ticks. JFreeChart
     * estimates a label's width from the range's two ends formatted ("0" and "1.1 s" on a 0 to
     * 1.1 s axis), which is shorter than most tick labels: at presenter sizes "50 ms100 ms"
     * ran together. The widest label our formats write is measured instead.
     */
    private static final class WideLabelAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private static final String WIDEST = "888 ms";

        WideLabelAxis(String label) {
            super(label);
        }

        @Override
        protected double estimateMaximumTickLabelWidth(java.awt.Graphics2D g2, org.jfree.chart.axis.TickUnit unit) {
            double estimate = super.estimateMaximumTickLabelWidth(g2, unit);
            java.awt.FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
            return Math.max(estimate, getTickLabelInsets().getLeft() + getTickLabelInsets().getRight()
                    + metrics.stringWidth(WIDEST));
        }
    }

    private static TextTitle subtitle(String text, ChartTheme theme) {
        return theme.subtitleOf(text, 2);
    }

    static String defaultTitle(ChartOptions options, SystemStyles styles) {
        return options.relative() ? "Speed-up over " + styles.label(options.relativeTo()) + " (longer is faster)"
                : "Median time per run (shorter is faster)";
    }

    /** One line on how to read the bars, so a screenshot explains itself. */
    static String howRead(ChartOptions options) {
        List<String> parts = new ArrayList<>();
        parts.add(options.relative() ? "bar: its median against the baseline's median" : "bar: median of the measured runs");
        switch (options.errorBars()) {
            case IQR -> parts.add("whiskers: middle half of the runs (quartiles)");
            case MIN_MAX -> parts.add("whiskers: fastest to slowest run");
            case NONE -> {
            }
        }
        if (options.logScale()) {
            parts.add("log scale");
        }
        return String.join("  ·  ", parts);
    }

    private static void updateNotes(TextTitle notes, TimingView view) {
        List<String> lines = new ArrayList<>(view.table().notes());
        String where = where(view);
        if (!where.isEmpty()) {
            lines.add(where);
        }
        // Only on a change: each setter redraws the chart, and a running bar changes often.
        String text = String.join("\n", lines);
        if (!text.equals(notes.getText())) {
            notes.setText(text);
        }
        if (notes.isVisible() == lines.isEmpty()) {
            notes.setVisible(!lines.isEmpty());
        }
    }

    /**
     * Where the results were measured, when they all come from one machine; a warning when they
     * do not, because times from two machines are not comparable.
     */
    static String where(TimingView view) {
        List<Environment> envs = view.table().cells().stream()
                .map(c -> c instanceof Cell.Timed t ? t.measurement().environment() : null)
                .filter(Objects::nonNull).toList();
        List<String> cpus = envs.stream().map(Environment::cpu).filter(Objects::nonNull).distinct().toList();
        if (cpus.size() == 1) {
            Environment e = envs.getFirst();
            return "measured on " + cpus.getFirst() + (e.cores() > 0 ? ", " + e.cores() + " cores" : "");
        }
        if (cpus.size() > 1) {
            return "measured on " + cpus.size() + " different machines: compare with care";
        }
        return "";
    }

    static String tooltip(Cell cell) {
        return switch (cell) {
            case Cell.Timed t -> t.name() + ": " + t.label() + " (n = " + t.measurement().stats().n() + ")"
                    + work(t.measurement()) + memory(t.measurement());
            case Cell.Running r -> r.name() + ": " + r.label();
            case Cell.Marked m -> m.name() + ": " + m.word() + (m.reason() == null ? "" : " (" + m.reason() + ")");
        };
    }

    /** "; 0.00 B/op allocated, no GC": what the measured iterations allocated, from JVM workers. */
    private static String memory(Measurement m) {
        return m.memory() == null ? "" : "; " + m.memory().describe();
    }

    /** "; 11.36 G comparisons, 95.08 M/s": the work of one computation and its rate, when counted. */
    private static String work(Measurement m) {
        if (m.operations() == null) {
            return "";
        }
        return "; " + Operations.describe(m.request().workload(), m.request().variant(), m.operations(),
                m.operationsPerSecond());
    }
}
