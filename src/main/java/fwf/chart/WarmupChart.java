package fwf.chart;

import fwf.run.Measurement;
import fwf.run.Status;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;

/**
 * Time per iteration of one run: the warm-up iterations dashed and faded, the measured ones
 * solid, one pair of lines per fork, and the first fork's JIT events of the kernel's own methods
 * as vertical lines labelled in plain words ({@link JitLabel}): C1 compilations (tiers 1-3) in one
 * hue, C2's (tier 4) in another, deoptimisations in red. This is where the JVM's
 * ladder is seen happening: the times drop when C2's code arrives.
 */
public final class WarmupChart {

    private WarmupChart() {
    }

    public static JFreeChart of(Measurement m, boolean highContrast) {
        return of(m, highContrast, SystemStyles.standard());
    }

    public static JFreeChart of(Measurement m, boolean highContrast, SystemStyles styles) {
        ChartTheme theme = highContrast ? ChartTheme.PRESENTER : ChartTheme.LIGHT;
        WarmupSeries series = WarmupSeries.of(m);
        BarKey key = BarKey.of(m.request());
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        double dot = theme.barName().getSize2D() * 0.45;
        int index = 0;
        for (WarmupSeries.Fork fork : series.forks()) {
            Color colour = theme.barColour(styles.family(key.system()).orElse(null),
                    new SystemStyles.Shade(series.forks().size() - fork.number(), Math.max(2, series.forks().size())));
            String prefix = series.forks().size() > 1 ? "fork " + fork.number() + ": " : "";
            if (!fork.warmupNs().isEmpty()) {
                XYSeries warm = new XYSeries(prefix + "warm-up", false, false);
                for (int i = 0; i < fork.warmupNs().size(); i++) {
                    warm.add(i + 1, fork.warmupNs().get(i) / (double) series.unitNs());
                }
                data.addSeries(warm);
                renderer.setSeriesPaint(index, theme.faded(colour, theme.dark() ? 0.8 : 0.6));
                renderer.setSeriesStroke(index, new BasicStroke(theme.lineWidth() * 1.5f, BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND, 10, new float[] {theme.lineWidth() * 4, theme.lineWidth() * 3}, 0));
                renderer.setSeriesShape(index, new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
                renderer.setSeriesShapesFilled(index, false);
                index++;
            }
            if (!fork.measuredNs().isEmpty()) {
                XYSeries measured = new XYSeries(prefix + "measured", false, false);
                int offset = fork.warmupNs().size();
                for (int i = 0; i < fork.measuredNs().size(); i++) {
                    measured.add(offset + i + 1, fork.measuredNs().get(i) / (double) series.unitNs());
                }
                data.addSeries(measured);
                renderer.setSeriesPaint(index, colour);
                renderer.setSeriesStroke(index, new BasicStroke(theme.lineWidth() * 2f, BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                renderer.setSeriesShape(index, new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
                renderer.setSeriesShapesFilled(index, true);
                index++;
            }
        }
        renderer.setUseOutlinePaint(false);
        renderer.setDrawOutlines(true);

        NumberAxis x = new NumberAxis("iteration (warm-up, then measured)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        int iterations = series.forks().stream().mapToInt(f -> f.all().size()).max().orElse(1);
        x.setRange(0.5, iterations + 0.5);
        NumberAxis y = new NumberAxis("time per iteration (" + series.unitName() + ")");
        y.setAutoRangeIncludesZero(true);
        theme.styleAxis(x);
        theme.styleAxis(y);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        theme.styleXyPlot(plot, "No iterations recorded");
        int warmups = series.forks().isEmpty() ? 0 : series.forks().getFirst().warmupNs().size();
        if (warmups > 0) {
            IntervalMarker warm = new IntervalMarker(0.5, warmups + 0.5, theme.faded(theme.grid(), 0.45));
            warm.setLabel("warm-up");
            warm.setLabelFont(theme.subtitle());
            warm.setLabelPaint(theme.muted());
            warm.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            warm.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            warm.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            warm.setLabelOffset(new RectangleInsets(4, 6, 6, 4));
            plot.addDomainMarker(warm, Layer.BACKGROUND);
        }
        addJitMarkers(plot, series, theme);

        JFreeChart chart = theme.chartOf(plot, key.workloadTitle() + " · " + styles.label(key.system()) + " · "
                + key.variant() + ": time per iteration");
        chart.addSubtitle(subtitle(describe(m, series), theme));
        chart.addSubtitle(theme.legendOf(plot));
        return chart;
    }

    private static void addJitMarkers(XYPlot plot, WarmupSeries series, ChartTheme theme) {
        for (WarmupSeries.PlacedJit placed : series.jit()) {
            JitMarkers.add(plot, placed.x(), placed.compiler(), JitLabel.of(placed.event()), theme.subtitle(), theme);
        }
        JitMarkers.place(plot, false, 0);
    }


    static String describe(Measurement m, WarmupSeries series) {
        String status = m.status() == Status.OK ? "" : m.status().name() + "  ·  ";
        int warm = m.warmupNs().size();
        int measured = m.samplesNs().size();
        String jit = m.jit().isEmpty() ? "no JIT events recorded"
                : "JIT: the kernel's own methods, first fork";
        return status + warm + " warm-up and " + measured + " measured iterations in " + series.forks().size()
                + (series.forks().size() == 1 ? " fork" : " forks") + "  ·  " + jit;
    }

    private static TextTitle subtitle(String text, ChartTheme theme) {
        return theme.subtitleOf(text, 6);
    }
}
