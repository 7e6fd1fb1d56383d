package fwf.chart;

import fwf.run.JitEvent;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Stats;
import fwf.run.Status;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import javax.imageio.ImageIO;

import static fwf.chart.Fixtures.MS;
import static org.assertj.core.api.Assertions.assertThat;

class WarmupChartTest {
    @TempDir
    Path dir;

    @Test
    void forksAreCutByThePlan() {
        WarmupSeries s = WarmupSeries.of(Fixtures.warmingUp());
        assertThat(s.forks()).hasSize(2);
        assertThat(s.forks().get(0).warmupNs()).containsExactly(95 * MS, 31 * MS, 24 * MS, 12 * MS, 11 * MS);
        assertThat(s.forks().get(1).warmupNs()).containsExactly(90 * MS, 29 * MS, 13 * MS, 11 * MS, 11 * MS);
        assertThat(s.forks().get(1).measuredNs()).containsExactly(11 * MS, 11 * MS, 12 * MS, 11 * MS, 10 * MS, 11 * MS);
        assertThat(s.unitNs()).isEqualTo(MS);
        assertThat(s.unitName()).isEqualTo("ms");
    }

    @Test
    void unevenCountsAreShownAsOneFork() {
        Measurement m = run(new Plan(0, 0, 2), List.of(5 * MS, 4 * MS, 3 * MS), List.of(2 * MS, 2 * MS, 2 * MS), List.of());
        WarmupSeries s = WarmupSeries.of(m);
        assertThat(s.forks()).containsExactly(new WarmupSeries.Fork(1, m.warmupNs(), m.samplesNs()));
        assertThat(WarmupSeries.of(run(new Plan(1, 1, 1), List.of(), List.of(), List.of())).forks()).isEmpty();
    }

    @Test
    void theUnitFitsTheSlowestIteration() {
        assertThat(WarmupSeries.of(run(new Plan(0, 0, 1), List.of(), List.of(1_200 * MS), List.of())).unitName()).isEqualTo("s");
        assertThat(WarmupSeries.of(run(new Plan(0, 0, 1), List.of(), List.of(900_000L), List.of())).unitName()).isEqualTo("us");
        assertThat(WarmupSeries.of(run(new Plan(0, 0, 1), List.of(), List.of(900L), List.of())).unitName()).isEqualTo("ns");
    }

    @Test
    void jitEventsArePlacedWithinTheirIteration() {
        List<Long> its = List.of(100 * MS, 50 * MS, 50 * MS);
        assertThat(WarmupSeries.place(0, its)).isEqualTo(0.5);
        assertThat(WarmupSeries.place(25 * MS, its)).isEqualTo(0.75);
        assertThat(WarmupSeries.place(100 * MS, its)).isEqualTo(1.5);
        assertThat(WarmupSeries.place(175 * MS, its)).isEqualTo(2.0 + 0.5 + 0.5);
        assertThat(WarmupSeries.place(500 * MS, its)).isEqualTo(3.5);
        assertThat(WarmupSeries.place(-5, its)).isEqualTo(0.5);
        assertThat(WarmupSeries.place(7, List.of())).isEqualTo(0.5);
    }

    @Test
    void theChartDrawsWarmupAndMeasuredApartAndMarksTheJit() {
        JFreeChart chart = WarmupChart.of(Fixtures.warmingUp(), false, Fixtures.STYLES);
        XYPlot plot = chart.getXYPlot();
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        List<Comparable<?>> keys = new java.util.ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            keys.add(data.getSeriesKey(i));
        }
        assertThat(keys)
                .containsExactly("fork 1: warm-up", "fork 1: measured", "fork 2: warm-up", "fork 2: measured");
        // Warm-up at x = 1..5, measured at 6..11, in ms.
        assertThat(data.getSeries(0).getX(0)).isEqualTo(1.0);
        assertThat(data.getSeries(0).getY(0)).isEqualTo(95.0);
        assertThat(data.getSeries(1).getX(0)).isEqualTo(6.0);
        assertThat(data.getSeries(1).getItemCount()).isEqualTo(6);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("time per iteration (ms)");
        assertThat(chart.getTitle().getText()).isEqualTo("fib(32) · Java C2 (tiered) · primitive: time per iteration");

        List<Marker> jit = markers(plot, Layer.FOREGROUND);
        // Plain names (issue 16): who compiled what, at which tier, and how long it took.
        assertThat(jit).extracting(Marker::getLabel).containsExactly(
                "Fib.primitive compiled by C1 (tier 3, with profiling), 1.00 ms",
                "Fib.primitive compiled by C2 (tier 4), 9.00 ms",
                "Fib.primitive deoptimized: unstable_if (a branch it had never seen taken)",
                "Fib.primitive compiled by C2 (tier 4), 8.00 ms");
        assertThat(((ValueMarker) jit.getFirst()).getValue()).isEqualTo(0.5 + 2.0 / 95);
        assertThat(markers(plot, Layer.BACKGROUND)).extracting(Marker::getLabel).containsExactly("warm-up");
        var renderer = plot.getRenderer();
        assertThat(renderer.getSeriesStroke(0)).isNotEqualTo(renderer.getSeriesStroke(1));
        assertThat(renderer.getSeriesPaint(0)).isNotEqualTo(renderer.getSeriesPaint(1));
    }

    @Test
    void onlyTheKernelsOwnMethodsGetMarkers() {
        Measurement m = run(new Plan(0, 0, 1), List.of(), List.of(10 * MS, 10 * MS), List.of(
                new JitEvent("compile", "fwf.workload.NaiveTriangles::contains", 4, MS, MS),
                new JitEvent("osr", "fwf.workload.NaiveTriangles::countPrimitive", 3, MS, 1_060_000, 41, ""),
                new JitEvent("compile", "fwf.workload.FibVariants$$Lambda::run", 3, MS, MS),
                new JitEvent("osr", "fwf.workload.TriangleVariants::reference", 4, MS, MS, 7, ""),
                new JitEvent("compile", "fwf.workload.FibInput::n", 1, MS, MS),
                new JitEvent("compile", "fwf.workload.Fib::primitive", 1, 2 * MS, 53_451)));
        XYPlot plot = WarmupChart.of(m, true, Fixtures.STYLES).getXYPlot();
        assertThat(markers(plot, Layer.FOREGROUND)).extracting(Marker::getLabel).containsExactly(
                "NaiveTriangles.contains compiled by C2 (tier 4), 1.00 ms",
                "OSR into NaiveTriangles.countPrimitive at bci 41 by C1 (tier 3, with profiling), 1.06 ms",
                "Fib.primitive compiled by C1 (tier 1, no profiling), 53.5 us");
        assertThat(markers(plot, Layer.BACKGROUND)).isEmpty();
    }

    @Test
    void itExportsLikeAnyChart() throws IOException {
        Path file = dir.resolve("warmup.png");
        ChartExport.png(WarmupChart.of(Fixtures.warmingUp(), true, Fixtures.STYLES), file, 1280, 720);
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(1280);
    }

    @Test
    void theSubtitleSaysWhatWasRun() {
        Measurement m = Fixtures.warmingUp();
        assertThat(WarmupChart.describe(m, WarmupSeries.of(m)))
                .isEqualTo("10 warm-up and 12 measured iterations in 2 forks  ·  JIT: the kernel's own methods, first fork");
        Measurement timeout = run(new Plan(0, 0, 1), List.of(5 * MS), List.of(), List.of());
        Measurement t = new Measurement("t", timeout.request(), Status.TIMEOUT, null, "1", 0, timeout.warmupNs(),
                List.of(), null, Fixtures.ENV, "killed", List.of());
        assertThat(WarmupChart.describe(t, WarmupSeries.of(t)))
                .isEqualTo("TIMEOUT  ·  1 warm-up and 0 measured iterations in 1 fork  ·  no JIT events recorded");
    }

    /** JFreeChart hands markers back as a raw collection, or null when there are none. */
    private static List<Marker> markers(XYPlot plot, Layer layer) {
        Collection<?> raw = plot.getDomainMarkers(layer);
        return raw == null ? List.of() : raw.stream().map(Marker.class::cast).toList();
    }

    private static Measurement run(Plan plan, List<Long> warm, List<Long> measured, List<JitEvent> jit) {
        RunRequest r = RunRequest.ofNames("triangles", "naive", "jvm-c2", 500, null, plan, List.of(), null);
        return new Measurement("r", r, Status.OK, "1", "1", 0, warm, measured,
                measured.isEmpty() ? null : Stats.of(measured), Fixtures.ENV, null, jit);
    }
}
