package fwf.chart;

import fwf.run.GrowthFit;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Stats;
import fwf.run.Status;
import fwf.workload.Catalogue;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Growth tab's lines from the board's results, their fits and legends, and the chart they make. */
class GrowthChartTest {
    private static final Path FACEBOOK = Path.of("data/facebook_combined.txt");
    /** Nodes to edges as the scale would count them: squares, so edges^1.5 is a whole number. */
    private static final Map<Integer, Double> EDGES = Map.of(250, 100.0, 500, 400.0, 1_000, 1_600.0, 2_000, 6_400.0,
            0, 6_400.0);
    private static final Function<RunRequest, GrowthLine.Scaled> SCALE =
            r -> new GrowthLine.Scaled("edges", EDGES.get(r.size()));

    @TempDir
    Path dir;
    private int ids;

    private Measurement result(String workload, String variant, String system, int size, Path graph, Status status,
                               long medianNs) {
        RunRequest r = RunRequest.ofNames(workload, variant, system, size, graph, Plan.ADAPTIVE, List.of(), null);
        List<Long> samples = List.of(medianNs);
        return new Measurement("g" + ids++, r, status, "1", "1", 0, List.of(), samples,
                status == Status.OK ? Stats.of(samples) : null, Fixtures.ENV, null, List.of());
    }

    /** time = 1 us * edges^1.5, exactly, in ns. */
    private Measurement forward(int size) {
        double edges = EDGES.get(size);
        return result("triangles", "forward", "jvm-c2", size, FACEBOOK, Status.OK, Math.round(1_000 * Math.pow(edges, 1.5)));
    }

    @Test
    void aPowerLawOfKnownMediansGivesItsExponentAndTheSweepsFormula() {
        List<Measurement> board = List.of(
                forward(250), forward(500),
                result("triangles", "hashset", "jvm-c2", 250, FACEBOOK, Status.OK, 5_000_000),
                forward(1_000),
                result("triangles", "forward", "jvm-c2", 2_000, FACEBOOK, Status.FAILED, 0),
                result("fib", "forward", "jvm-c2", 30, null, Status.OK, 9_000_000),
                // time = 10 ns * edges^2: quadratic
                result("triangles", "naive", "cpython", 250, FACEBOOK, Status.OK, 100_000),
                result("triangles", "naive", "cpython", 1_000, FACEBOOK, Status.OK, 25_600_000));
        List<GrowthLine> lines = GrowthLine.of(board, Catalogue.TRIANGLES, SCALE);

        assertThat(lines).extracting(GrowthLine::legend).containsExactly(
                "forward on jvm-c2: time ~ edges^1.50",
                "naive on cpython: time ~ edges^2.00");
        GrowthLine forward = lines.getFirst();
        assertThat(forward.fit().exponent()).isCloseTo(1.5, within(1e-12));
        assertThat(forward.fit().points()).isEqualTo(3);
        assertThat(forward.fit().formula()).isEqualTo(GrowthFit.power("edges", forward.points()).formula());
        assertThat(forward.points()).containsExactly(new GrowthFit.Point(100, 1e-3), new GrowthFit.Point(400, 8e-3),
                new GrowthFit.Point(1_600, 64e-3));
        assertThat(forward.graph()).isEqualTo(FACEBOOK);
        assertThat(lines.get(1).fit().exponent()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void theLatestResultAtASizeCountsAndTheWholeGraphIsOneSize() {
        List<Measurement> board = List.of(forward(250), forward(500), forward(2_000),
                // a re-run at 250, and the whole graph asked as "all": the same 6,400 edges as 2,000 nodes
                result("triangles", "forward", "jvm-c2", 250, FACEBOOK, Status.OK, 2_000_000),
                result("triangles", "forward", "jvm-c2", 0, FACEBOOK, Status.OK, 1_024_000_000));
        GrowthLine line = GrowthLine.of(board, Catalogue.TRIANGLES, SCALE).getFirst();
        assertThat(line.points()).containsExactly(new GrowthFit.Point(100, 2e-3), new GrowthFit.Point(400, 8e-3),
                new GrowthFit.Point(6_400, 1.024));
    }

    @Test
    void aResultWhoseSizeIsNotKnownYetWaitsAndOneSizeMakesNoLine() {
        List<Measurement> board = List.of(forward(250), forward(500));
        assertThat(GrowthLine.of(board, Catalogue.TRIANGLES, r -> r.size() == 500 ? null : SCALE.apply(r))).isEmpty();
        assertThat(GrowthLine.of(board.subList(0, 1), Catalogue.TRIANGLES, SCALE)).isEmpty();
        assertThat(GrowthLine.of(List.of(), Catalogue.TRIANGLES, SCALE)).isEmpty();
    }

    @Test
    void linesOnTwoGraphsNameTheirGraph() {
        List<Measurement> board = List.of(forward(250), forward(500),
                result("triangles", "forward", "jvm-c2", 250, null, Status.OK, 1_000_000),
                result("triangles", "forward", "jvm-c2", 500, null, Status.OK, 4_000_000));
        assertThat(GrowthLine.of(board, Catalogue.TRIANGLES, SCALE)).extracting(GrowthLine::legend).containsExactly(
                "forward on jvm-c2 (facebook_combined.txt): time ~ edges^1.50",
                "forward on jvm-c2 (generated graph): time ~ edges^1.00");
    }

    @Test
    void fibFitsABaseOnLogTimeAgainstN() {
        // time = 1 ns * 2^n: the base is 2, exactly
        List<Measurement> board = List.of(
                result("fib", "primitive", "jvm-c2", 20, null, Status.OK, 1L << 20),
                result("fib", "primitive", "jvm-c2", 24, null, Status.OK, 1L << 24),
                result("fib", "primitive", "jvm-c2", 0, null, Status.OK, 1L << 40)); // 0: the default, n = 40
        List<GrowthLine> lines = GrowthLine.of(board, Catalogue.FIB,
                r -> new GrowthLine.Scaled("n", r.size() == 0 ? 40 : r.size()));
        assertThat(lines).extracting(GrowthLine::legend).containsExactly("primitive on jvm-c2: time ~ 2.000^n");
        assertThat(lines.getFirst().fit().exponent()).isCloseTo(2.0, within(1e-12));

        JFreeChart chart = GrowthChart.of(lines, Catalogue.FIB, false);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDomainAxis()).isInstanceOf(NumberAxis.class).isNotInstanceOf(LogAxis.class);
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("n");
        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(chart.getTitle().getText()).isEqualTo("fib: median time against n");
        assertThat(((TextTitle) chart.getSubtitle(0)).getText()).isEqualTo(
                "log time against n: an exponential is a straight line; each legend fits time ~ b^n by least squares");
        assertThat(chart.getSubtitle(1)).isInstanceOf(org.jfree.chart.title.LegendTitle.class);
    }

    @Test
    void thePowerLawChartIsLogLogWithALineAndALegendPerVariantAndSystem() throws IOException {
        List<Measurement> board = List.of(forward(250), forward(500), forward(1_000),
                result("triangles", "naive", "cpython", 250, FACEBOOK, Status.OK, 100_000),
                result("triangles", "naive", "cpython", 1_000, FACEBOOK, Status.OK, 25_600_000));
        List<GrowthLine> lines = GrowthLine.of(board, Catalogue.TRIANGLES, SCALE);
        JFreeChart chart = GrowthChart.of(lines, Catalogue.TRIANGLES, true);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("edges (log)");
        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("median time (log)");
        // Whole decades around the points, with room past a point on a decade: edges 100 to 1,600,
        // times 100 us to 64 ms.
        assertThat(plot.getDomainAxis().getLowerBound()).isLessThan(10).isCloseTo(10, within(1e-7));
        assertThat(plot.getDomainAxis().getUpperBound()).isCloseTo(10_000, within(1e-9));
        assertThat(plot.getRangeAxis().getLowerBound()).isLessThan(1e-5).isCloseTo(1e-5, within(1e-13));
        assertThat(plot.getRangeAxis().getUpperBound()).isCloseTo(0.1, within(1e-12));
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        assertThat(java.util.stream.IntStream.range(0, data.getSeriesCount()).mapToObj(i -> data.getSeriesKey(i).toString()))
                .containsExactly(
                "forward on jvm-c2: time ~ edges^1.50", "naive on cpython: time ~ edges^2.00");
        assertThat(data.getSeries(0).getItemCount()).isEqualTo(3);
        assertThat(data.getSeries(0).getX(2)).isEqualTo(1_600.0);
        assertThat(data.getSeries(0).getY(2)).isEqualTo(64e-3);
        assertThat(chart.getTitle().getText()).isEqualTo("triangles: median time against edges");
        assertThat(((TextTitle) chart.getSubtitle(0)).getText()).isEqualTo(
                "log-log: a power law is a straight line; each legend fits time ~ edges^k by least squares"
                        + " (k = 1 linear, 2 quadratic)");
        assertThat(((TextTitle) chart.getSubtitle(1)).getText())
                .isEqualTo("edges among the first N nodes of facebook_combined.txt");
        assertThat(chart.getBackgroundPaint()).isEqualTo(ChartTheme.PRESENTER.background());

        Path png = dir.resolve("growth.png");
        ChartExport.write(chart, png, 1920, 1080);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
    }
}
