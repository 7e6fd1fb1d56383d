package fwf.chart;

import fwf.run.Measurement;
import fwf.run.Status;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.general.DatasetChangeEvent;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static fwf.chart.Fixtures.MS;
import static fwf.chart.Fixtures.STYLES;
import static fwf.chart.Fixtures.failed;
import static fwf.chart.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimingChartTest {
    private final Measurement cpython = ok("fib", "primitive", "cpython", 40, 100 * MS, 12_600 * MS, 12_000 * MS, 12_300 * MS);
    private final Measurement c2 = ok("fib", "primitive", "jvm-c2", 40, 10 * MS, 300 * MS, 270 * MS, 280 * MS);
    private final BarKey c1Key = new BarKey("fib", 40, null, "jvm-c1", "primitive");

    private static JFreeChart chart(TimingDataset data, ChartOptions options) {
        return TimingChart.create(data, options, STYLES);
    }

    @Test
    void aLinearAxisOfTimesByDefault() {
        JFreeChart chart = chart(new TimingDataset(List.of(cpython, c2)), ChartOptions.DEFAULT);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        ValueAxis axis = plot.getRangeAxis();
        // A NumberAxis that leaves room for "150 ms" between its ticks (TimingChart.WideLabelAxis).
        assertThat(axis).isInstanceOf(NumberAxis.class);
        assertThat(axis.getLabel()).isEqualTo("median time");
        assertThat(axis.getLowerBound()).isZero();
        assertThat(((NumberAxis) axis).getNumberFormatOverride().format(0.5)).isEqualTo("500 ms");
        assertThat(((NumberAxis) axis).getNumberFormatOverride().format(12)).isEqualTo("12 s");
        assertThat(chart.getTitle().getText()).isEqualTo("Median time per run (shorter is faster)");
    }

    @Test
    void logScaleSwapsTheAxisAndStartsAtAPowerOfTen() {
        JFreeChart chart = chart(new TimingDataset(List.of(cpython, c2)), ChartOptions.DEFAULT.withLogScale(true));
        ValueAxis axis = chart.getCategoryPlot().getRangeAxis();
        assertThat(axis).isExactlyInstanceOf(LogAxis.class);
        // The shortest thing drawn is c2's whisker (about 0.25 s): the axis starts just below 0.1 s.
        assertThat(axis.getLowerBound()).isEqualTo(0.1 * 0.9999, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(((LogAxis) axis).getNumberFormatOverride().format(0.1)).isEqualTo("100 ms");
    }

    @Test
    void relativeModeSwapsTheAxisLabelAndTitle() {
        JFreeChart chart = chart(new TimingDataset(List.of(cpython, c2)), ChartOptions.DEFAULT.withRelativeTo("cpython"));
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        assertThat(axis.getLabel()).isEqualTo("× faster than CPython 3.11");
        assertThat(axis.getNumberFormatOverride().format(2.5)).isEqualTo("2.5×");
        assertThat(chart.getTitle().getText()).isEqualTo("Speed-up over CPython 3.11 (longer is faster)");
        assertThat(chart.getCategoryPlot().getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size()).isEqualTo(1);

        JFreeChart both = chart(new TimingDataset(List.of(cpython, c2)),
                ChartOptions.DEFAULT.withRelativeTo("cpython").withLogScale(true));
        LogAxis log = (LogAxis) both.getCategoryPlot().getRangeAxis();
        assertThat(log.getNumberFormatOverride().format(10)).isEqualTo("10×");
    }

    @Test
    void aGivenTitleWins() {
        JFreeChart chart = chart(new TimingDataset(List.of(c2)), ChartOptions.DEFAULT.withTitle("Fib on my laptop"));
        assertThat(chart.getTitle().getText()).isEqualTo("Fib on my laptop");
    }

    @Test
    void theDatasetFiresAnEventForEveryChangeAndTheRunningBarSettles() {
        TimingDataset data = new TimingDataset();
        List<DatasetChangeEvent> events = new ArrayList<>();
        data.addChangeListener(events::add);
        JFreeChart chart = chart(data, ChartOptions.DEFAULT);
        List<Object> chartEvents = new ArrayList<>();
        chart.addChangeListener(chartEvents::add);
        TimingView view = TimingChart.view(chart);

        data.putRunning(c1Key, 100 * MS);
        assertThat(events).hasSize(1);
        assertThat(view.table().cells()).containsExactly(new Cell.Running(c1Key, "Java C1 · primitive", "running 100 ms", 100 * MS, 0.1));
        data.putRunning(c1Key, 250 * MS);
        assertThat(events).hasSize(2);
        assertThat(view.getValue(0, 0)).isEqualTo(0.25);

        Measurement result = ok("fib", "primitive", "jvm-c1", 40, 0, 290 * MS, 280 * MS, 300 * MS);
        data.putResult(result);
        assertThat(events).hasSize(3);
        assertThat(data.bars()).containsExactly(new Bar.Finished(result));
        assertThat(view.table().cells().getFirst()).isInstanceOf(Cell.Timed.class);
        assertThat(view.getValue(0, 0)).isEqualTo(0.29);
        assertThat(chartEvents).as("the chart redraws on each change, once")
                .filteredOn(e -> e instanceof org.jfree.chart.event.PlotChangeEvent).hasSize(3);
        assertThat(chartEvents).as("and the notes line appeared once, naming the machine: text, then shown").hasSize(5);

        data.remove(new BarKey("fib", 40, null, "nobody", "primitive"));
        assertThat(events).as("removing what is absent changes nothing").hasSize(3);
        data.remove(c1Key);
        assertThat(events).hasSize(4);
        assertThat(view.getRowCount()).isZero();
        data.putResults(List.of(cpython, c2));
        assertThat(events).as("one event for a batch").hasSize(5);
        data.clear();
        assertThat(events).hasSize(6);
        data.clear();
        assertThat(events).hasSize(6);
        assertThat(view.getColumnCount()).isZero();
    }

    @Test
    void aRunningBarKeepsItsPlaceWhenItSettles() {
        TimingDataset data = new TimingDataset(List.of(cpython));
        data.putRunning(c1Key, 10 * MS);
        data.putResult(c2);
        data.putResult(ok("fib", "primitive", "jvm-c1", 40, 0, 290 * MS));
        assertThat(data.bars()).extracting(b -> b.key().system()).containsExactly("cpython", "jvm-c1", "jvm-c2");
    }

    @Test
    void inRelativeModeARunningBarIsOnlyAMarker() {
        TimingDataset data = new TimingDataset(List.of(cpython));
        data.putRunning(c1Key, 3_200 * MS);
        TimingView view = TimingChart.view(chart(data, ChartOptions.DEFAULT.withRelativeTo("cpython")));
        assertThat(view.getValue(1, 0)).isNull();
        assertThat(view.table().cells().get(1).label()).isEqualTo("running 3.20 s");
    }

    @Test
    void aDetachedViewStopsFollowing() {
        TimingDataset data = new TimingDataset(List.of(cpython));
        TimingView view = TimingChart.view(chart(data, ChartOptions.DEFAULT));
        view.detach();
        data.putResult(c2);
        assertThat(view.getRowCount()).isEqualTo(1);
    }

    @Test
    void runningBarsRejectANegativeTime() {
        assertThatThrownBy(() -> new TimingDataset().putRunning(c1Key, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("elapsed time < 0: -1");
    }

    @Test
    void everyBarIsDrawnEvenWhenNoneIsATime() {
        TimingDataset data = new TimingDataset(List.of(
                failed("fib", "primitive", "cpython", Status.TIMEOUT, "killed"),
                failed("fib", "primitive", "pypy", Status.WRONG, "7 != 102334155")));
        List<Comparable<?>> drawn = drawnRows(chart(data, ChartOptions.DEFAULT));
        assertThat(drawn).containsExactly(new BarKey("fib", 40, null, "cpython", "primitive"),
                new BarKey("fib", 40, null, "pypy", "primitive"));
    }

    @Test
    void theMarkerOfAFailedRunHasNoLength() {
        TimingDataset data = new TimingDataset(List.of(cpython,
                failed("fib", "primitive", "pypy", Status.TIMEOUT, "killed")));
        JFreeChart chart = chart(data, ChartOptions.DEFAULT);
        ChartRenderingInfo info = new ChartRenderingInfo();
        draw(chart, info);
        Rectangle2D bar = null;
        Rectangle2D stub = null;
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof CategoryItemEntity e) {
                BarKey key = (BarKey) e.getRowKey();
                if (key.system().equals("cpython")) {
                    bar = e.getArea().getBounds2D();
                } else {
                    stub = e.getArea().getBounds2D();
                }
            }
        }
        assertThat(bar).isNotNull();
        assertThat(stub).isNotNull();
        // Both start at zero; the stub is a sliver, a twentieth of a 12.3 s bar at most.
        assertThat(stub.getMinX()).isEqualTo(bar.getMinX());
        assertThat(stub.getWidth()).isLessThan(bar.getWidth() / 20);
    }

    @Test
    void theLegendNamesTheFamiliesOnTheChart() {
        TimingDataset data = new TimingDataset(List.of(cpython, c2, failed("fib", "primitive", "c", Status.FAILED, "x")));
        data.putRunning(c1Key, MS);
        JFreeChart chart = chart(data, ChartOptions.DEFAULT);
        List<String> labels = new ArrayList<>();
        var items = chart.getCategoryPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            labels.add(item.getLabel());
        }
        assertThat(labels).containsExactly("Java (JVM tiers)", "Python and friends", "native code", "running",
                "not a valid time");
    }

    @Test
    void coloursFollowTheFamilyAndStayPerSystem() {
        TimingView view = TimingChart.view(chart(new TimingDataset(List.of(cpython, c2)), ChartOptions.DEFAULT));
        TimingBarRenderer r = new TimingBarRenderer(view, ChartTheme.LIGHT);
        java.awt.Color c2Colour = r.colour(new BarKey("fib", 40, null, "jvm-c2", "primitive"));
        assertThat(r.colour(new BarKey("mean", 5, null, "jvm-c2", "vector"))).isEqualTo(c2Colour);
        float[] hsb = java.awt.Color.RGBtoHSB(c2Colour.getRed(), c2Colour.getGreen(), c2Colour.getBlue(), null);
        float[] py = hsbOf(r.colour(new BarKey("fib", 40, null, "cpython", "primitive")));
        float[] c1 = hsbOf(r.colour(c1Key));
        assertThat(hsb[0]).as("JVM tiers share a hue").isEqualTo(c1[0], org.assertj.core.api.Assertions.within(0.01f));
        assertThat(Math.abs(hsb[0] - py[0])).as("Python is another hue").isGreaterThan(0.3f);
        assertThat(hsb[2]).as("C2 is a darker shade than C1").isLessThan(c1[2]);
    }

    @Test
    void viewOfAnotherChartIsRefused() {
        JFreeChart other = WarmupChart.of(Fixtures.warmingUp(), false, STYLES);
        assertThatThrownBy(() -> TimingChart.view(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a timing chart");
    }

    private static float[] hsbOf(java.awt.Color c) {
        return java.awt.Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
    }

    private static void draw(JFreeChart chart, ChartRenderingInfo info) {
        BufferedImage image = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 1280, 720), info);
        g2.dispose();
    }

    private static List<Comparable<?>> drawnRows(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        draw(chart, info);
        List<Comparable<?>> rows = new ArrayList<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof CategoryItemEntity e) {
                rows.add(e.getRowKey());
            } else {
                assertThat(o).isInstanceOf(ChartEntity.class);
            }
        }
        return rows;
    }
}
