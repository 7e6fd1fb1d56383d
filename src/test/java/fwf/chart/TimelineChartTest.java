package fwf.chart;

import fwf.run.JitEvent;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Warm-up tab's time axis: where points and JIT markers go, and what the chart says. */
class TimelineChartTest {
    private static final long MS = 1_000_000L;

    private static Measurement measurement(String system, List<JitEvent> jit) {
        RunRequest request = RunRequest.ofNames("fib", "primitive", system, 20, null, new Plan(0, 0, 1), List.of(), null);
        return new Measurement("id-" + system, request, Status.OK, "6765", "6765", 0, List.of(2L), List.of(1L), null,
                null, null, jit);
    }

    @Test
    void traceThenIterationsAtTheirTimesAndAFriendsIterationsBackToBack() {
        WorkerEvent.Trace trace = new WorkerEvent.Trace(0, List.of(0L, 5 * MS, 6 * MS), List.of(5 * MS, MS, 20_000L));
        RunTimeline jvm = RunTimeline.of(trace, List.of(
                new WorkerEvent.Iteration(0, 0, true, 20_000, "6765", 50, 7 * MS),
                new WorkerEvent.Iteration(0, 0, false, 18_000, "6765", 50, 9 * MS)));
        assertThat(jvm.points()).containsExactly(
                new RunTimeline.Point(0, 5 * MS, 1, RunTimeline.Phase.TRACE),
                new RunTimeline.Point(5 * MS, MS, 1, RunTimeline.Phase.TRACE),
                new RunTimeline.Point(6 * MS, 20_000, 1, RunTimeline.Phase.TRACE),
                new RunTimeline.Point(7 * MS, 20_000, 50, RunTimeline.Phase.WARMUP),
                new RunTimeline.Point(9 * MS, 18_000, 50, RunTimeline.Phase.MEASURED));
        assertThat(jvm.traced()).isTrue();
        assertThat(jvm.endNs()).isEqualTo(9 * MS + 50 * 18_000);

        // A friend does not say when: each iteration starts where the one before ended (ns x batch).
        RunTimeline friend = RunTimeline.of(null, List.of(
                new WorkerEvent.Iteration(0, 0, true, 3 * MS, "6765"),
                new WorkerEvent.Iteration(0, 1, true, MS, "6765", 4),
                new WorkerEvent.Iteration(0, 0, false, MS, "6765", 4)));
        assertThat(friend.points()).extracting(RunTimeline.Point::startNs).containsExactly(0L, 3 * MS, 7 * MS);
        assertThat(friend.traced()).isFalse();
    }

    @Test
    void aPointSitsAtTheMiddleOfItsTimeInSeconds() {
        // Seconds from nanoseconds: exact to the last bit of a double, no more.
        assertThat(TimelineChart.xy(new RunTimeline.Point(0, 4 * MS, 1, RunTimeline.Phase.TRACE)))
                .containsExactly(new double[] {0.002, 0.004}, within(1e-18));
        assertThat(TimelineChart.xy(new RunTimeline.Point(10 * MS, 1_000, 1_000, RunTimeline.Phase.MEASURED)))
                .containsExactly(new double[] {0.0105, 1e-6}, within(1e-18));
    }

    @Test
    void aMarkersPlaceAcrossTheDataDecidesWhichSideItsLabelGoes() {
        org.jfree.data.Range span = new org.jfree.data.Range(0.001, 1);
        assertThat(JitMarkers.share(0.001, span, true)).isZero();
        assertThat(JitMarkers.share(1, span, true)).isEqualTo(1.0);
        assertThat(JitMarkers.share(0.1, span, true)).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(JitMarkers.share(0.1, span, false)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void briefLabelsForTheCrowdedTimeAxis() {
        assertThat(JitLabel.brief(new JitEvent("compile", "fwf.workload.Fib::primitive", 2, 0, 231_000)))
                .isEqualTo("Fib.primitive compiled by C1 (tier 2), 231 us");
        assertThat(JitLabel.brief(new JitEvent("compile", "fwf.workload.Fib::primitive", 4, 0, 1_140_000)))
                .isEqualTo("Fib.primitive compiled by C2 (tier 4), 1.14 ms");
        assertThat(JitLabel.brief(new JitEvent("osr", "fwf.workload.Mean::loop", 3, 0, 90_000, 11, "")))
                .isEqualTo("OSR into Mean.loop at bci 11 by C1 (tier 3), 90.0 us");
        assertThat(JitLabel.brief(new JitEvent("deopt", "fwf.workload.DynamicInt::lessOrEqual", 0, 0, 0, 1, "class_check")))
                .isEqualTo("DynamicInt.lessOrEqual deoptimized: class_check");
    }

    @Test
    void markersAreTheKernelsOwnWhereTheNewCodeArrivedAndNotBeforeTheFirstOperation() {
        JitEvent c2 = new JitEvent("compile", "fwf.workload.Fib::primitive", 4, 40 * MS, 2 * MS);
        JitEvent lambda = new JitEvent("compile", "fwf.workload.FibVariants$$Lambda::run", 4, 41 * MS, MS);
        JitEvent early = new JitEvent("compile", "fwf.workload.Fib::primitive", 3, -3 * MS, MS);
        JitEvent straddles = new JitEvent("compile", "fwf.workload.Fib::primitive", 2, -MS, 3 * MS);
        JitEvent deopt = new JitEvent("deopt", "fwf.workload.DynamicInt::lessOrEqual", 0, 98 * MS, 0, 1, "class_check");
        List<TimelineChart.Marker> markers = TimelineChart.markers(measurement("jvm-c2",
                List.of(early, straddles, c2, lambda, deopt)));
        assertThat(markers).containsExactly(
                new TimelineChart.Marker(straddles, 0, 0.002),
                new TimelineChart.Marker(c2, 0.040, 0.042),
                new TimelineChart.Marker(deopt, 0.098, 0.098));
        assertThat(markers).extracting(TimelineChart.Marker::compiler).containsExactly("C1", "C2", "deopt");

        // The same trap in a row is one marker, counted; another method's is another.
        JitEvent again = new JitEvent("deopt", "fwf.workload.DynamicInt::lessOrEqual", 0, 99 * MS, 0, 1, "class_check");
        JitEvent sub = new JitEvent("deopt", "fwf.workload.DynamicInt::sub", 0, 100 * MS, 0, 1, "class_check");
        assertThat(TimelineChart.markers(measurement("jvm-c2", List.of(deopt, again, again, sub))))
                .containsExactly(new TimelineChart.Marker(deopt, 0.098, 0.098, 3), new TimelineChart.Marker(sub, 0.1, 0.1, 1));
    }

    @Test
    void aTrapSeenAgainAfterOtherEventsKeepsItsLineWithoutTheSameWords() {
        JitEvent trap = new JitEvent("deopt", "fwf.workload.DynamicInt::lessOrEqual", 0, 10 * MS, 0, 1, "class_check");
        JitEvent c2 = new JitEvent("compile", "fwf.workload.Fib::dynamic", 4, 20 * MS, 1_000);
        JitEvent again = new JitEvent("deopt", "fwf.workload.DynamicInt::lessOrEqual", 0, 30 * MS, 0, 1, "class_check");
        RunTimeline line = RunTimeline.of(new WorkerEvent.Trace(0, List.of(5 * MS, 40 * MS), List.of(MS, 20_000L)),
                List.of());
        XYPlot plot = (XYPlot) TimelineChart.of(List.of(new TimelineChart.Shown(
                measurement("jvm-c2", List.of(trap, c2, again)), line)), true, false).getPlot();
        List<ValueMarker> markers = ((java.util.Collection<?>) plot.getDomainMarkers(Layer.FOREGROUND)).stream()
                .map(ValueMarker.class::cast).toList();
        assertThat(markers).extracting(ValueMarker::getLabel).containsExactly(
                "DynamicInt.lessOrEqual deoptimized: class_check", "Fib.dynamic compiled by C2 (tier 4), 1.00 us", null);
    }

    @Test
    void wordsTooLongForEitherSideLoseTheirClassName() {
        assertThat(JitMarkers.withoutClass("DynamicInt.lessOrEqual compiled by C2 (tier 4), 3.98 ms"))
                .isEqualTo("lessOrEqual compiled by C2 (tier 4), 3.98 ms");
        assertThat(JitMarkers.withoutClass("OSR into NaiveTriangles.countPrimitive at bci 41 by C1 (tier 3), 1.06 ms"))
                .isEqualTo("OSR into countPrimitive at bci 41 by C1 (tier 3), 1.06 ms");
        assertThat(JitMarkers.withoutClass("DynamicInt.sub deoptimized: class_check (×2)"))
                .isEqualTo("sub deoptimized: class_check (×2)");
    }

    @Test
    void aLabelGoesRightOfItsLineWhenItFitsThereElseLeftElseWhereThereIsMoreRoom() {
        // Width unknown: by halves.
        assertThat(JitMarkers.labelGoesLeft(0.4, 0, 300)).isFalse();
        assertThat(JitMarkers.labelGoesLeft(0.6, 0, 300)).isTrue();
        // A 555-pixel plot, a 300-pixel label: at 53% neither side holds it (261 px right, 294 left),
        // so the left, with more room; at 47% the right.
        assertThat(JitMarkers.labelGoesLeft(0.53, 555, 300)).isTrue();
        assertThat(JitMarkers.labelGoesLeft(0.47, 555, 300)).isFalse();
        // ...at 45% only the right does, at 60% only the left.
        assertThat(JitMarkers.labelGoesLeft(0.45, 555, 300)).isFalse();
        assertThat(JitMarkers.labelGoesLeft(0.6, 555, 300)).isTrue();
        // A short label stays right of its line even past the middle.
        assertThat(JitMarkers.labelGoesLeft(0.8, 555, 100)).isFalse();
    }

    @Test
    void labelsThatWouldOverlapTakeRowsOfTheirOwnAndMarkersPastTheRowsKeepTheirLinesWithoutWords() {
        List<JitEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < JitMarkers.LABEL_ROWS + 2; i++) {
            // Alternating C2 compiles and traps, a millisecond apart: each a marker of its own.
            events.add(i % 2 == 0 ? new JitEvent("compile", "fwf.workload.DynamicInt::m" + i, 4, (10 + i) * MS, 1_000)
                    : new JitEvent("deopt", "fwf.workload.DynamicInt::m" + i, 0, (10 + i) * MS, 0, 1, "class_check"));
        }
        // Operations from 5 ms to 40 ms: the axis's range holds every line.
        RunTimeline line = RunTimeline.of(new WorkerEvent.Trace(0, List.of(5 * MS, 40 * MS), List.of(MS, 20_000L)),
                List.of());
        XYPlot plot = (XYPlot) TimelineChart.of(List.of(new TimelineChart.Shown(measurement("jvm-c2", events), line)),
                true, false).getPlot();
        List<ValueMarker> markers = plot.getDomainMarkers(Layer.FOREGROUND).stream().map(ValueMarker.class::cast).toList();
        assertThat(markers).hasSize(JitMarkers.LABEL_ROWS + 2);
        List<ValueMarker> labelled = markers.stream().filter(m -> m.getLabel() != null).toList();
        assertThat(labelled).hasSize(JitMarkers.LABEL_ROWS);
        assertThat(labelled.stream().map(m -> m.getLabelOffset().getTop()).distinct()).hasSize(JitMarkers.LABEL_ROWS);
        // Not enough rows: the traps keep theirs, then C2's compilations, latest first; the two
        // earliest compilations keep their lines without words.
        assertThat(markers).filteredOn(m -> m.getLabel() == null).extracting(ValueMarker::getValue)
                .satisfiesExactly(at -> assertThat(at).isCloseTo(0.010, within(1e-5)),
                        at -> assertThat(at).isCloseTo(0.012, within(1e-5)));

        // Zoomed in on the last three, a wide plot: room for every label again, each in a row.
        plot.getDomainAxis().setRange(0.0165, 0.0195);
        JitMarkers.place(plot, true, 4000);
        assertThat(markers).filteredOn(m -> m.getValue() > 0.0165 && m.getLabel() != null).hasSize(3);

        // Far apart on the time axis, short labels share the top row.
        RunTimeline wide = RunTimeline.of(new WorkerEvent.Trace(0, List.of(0L, 1000 * MS), List.of(MS, MS)), List.of());
        XYPlot apart = (XYPlot) TimelineChart.of(List.of(new TimelineChart.Shown(measurement("jvm-c2", List.of(
                new JitEvent("compile", "fwf.workload.Fib::primitive", 4, 2 * MS, 1_000),
                new JitEvent("compile", "fwf.workload.Fib::boxed", 4, 900 * MS, 1_000))), wide)), true, false).getPlot();
        JitMarkers.place(apart, true, 1200);
        List<ValueMarker> both = ((java.util.Collection<?>) apart.getDomainMarkers(Layer.FOREGROUND)).stream()
                .map(ValueMarker.class::cast).toList();
        assertThat(both).hasSize(2).allMatch(m -> m.getLabel() != null);
        assertThat(both).extracting(m -> m.getLabelOffset().getTop()).containsOnly(4.0);
    }

    @Test
    void overlaidRunsShareOneLogLogTimeAxisAndTheFirstRunsMarkersInPlainWords() {
        JitEvent c2 = new JitEvent("compile", "fwf.workload.Fib::primitive", 4, 40 * MS, 1_200_000);
        RunTimeline line = RunTimeline.of(new WorkerEvent.Trace(0, List.of(0L, MS), List.of(MS, 20_000L)), List.of());
        JFreeChart chart = TimelineChart.of(List.of(
                new TimelineChart.Shown(measurement("jvm-c2", List.of(c2)), line),
                new TimelineChart.Shown(measurement("jvm-int", List.of()), line)), true, false);
        XYPlot plot = (XYPlot) chart.getPlot();
        assertThat(plot.getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("time since the first operation (log)");
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(chart.getTitle().getText()).isEqualTo("fib(20) · 2 runs on one time axis");
        assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).hasSize(1);
        ValueMarker marker = (ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(marker.getLabel()).isEqualTo("Fib.primitive compiled by C2 (tier 4), 1.20 ms");
        assertThat(marker.getValue()).isEqualTo(0.0412);
        assertThat(((TextTitle) chart.getSubtitle(0)).getText()).isEqualTo("small dots: operations timed one by one"
                + " (warm-up trace); rings: warm-up iterations; squares: measured  ·  C1 tier 1: no profiling, 2: counting"
                + " calls and loops, 3: with profiling; C2 is tier 4  ·  JIT: Java C2 (tiered), first fork");

        // The same system and variant twice: two series, told apart by their number.
        JFreeChart twice = TimelineChart.of(List.of(new TimelineChart.Shown(measurement("jvm-c2", List.of()), line),
                new TimelineChart.Shown(measurement("jvm-c2", List.of()), line)), true, false);
        assertThat(((XYPlot) twice.getPlot()).getDataset().getSeriesKey(1)).isEqualTo("Java C2 (tiered) · primitive (2)");

        // A friend leading: its iterations are whole, and a friend has no JIT events to mark.
        RunTimeline friend = RunTimeline.of(null, List.of(new WorkerEvent.Iteration(0, 0, true, MS, "6765")));
        assertThat(TimelineChart.describe(List.of(new TimelineChart.Shown(measurement("pypy", List.of()), friend)),
                List.of(), SystemStyles.standard()))
                .isEqualTo("rings: warm-up iterations; squares: measured  ·  a friend reports whole iterations, placed back to back");

        JFreeChart linear = TimelineChart.of(List.of(new TimelineChart.Shown(measurement("jvm-c2", List.of()), line)),
                false, false);
        assertThat(((XYPlot) linear.getPlot()).getDomainAxis()).isInstanceOf(NumberAxis.class);
        assertThat(linear.getTitle().getText()).isEqualTo("fib(20) · Java C2 (tiered) · primitive");
    }
}
