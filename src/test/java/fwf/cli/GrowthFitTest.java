package fwf.cli;

import fwf.run.Environment;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Stats;
import fwf.run.Status;
import fwf.workload.Catalogue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GrowthFitTest {
    private static final Environment ENV = new Environment("jvm-c2", "25", "25", List.of(), "Test CPU", 2, "Linux",
            Instant.parse("2026-12-05T10:00:00Z"), "0.1.0");

    @Test
    void aPowerLawGivesItsExponentExactly() {
        // time = 3e-9 * edges^1.31, any constant: the slope of the logs is the exponent.
        List<GrowthFit.Point> points = List.of(1_000.0, 20_000.0, 300_000.0, 4_000_000.0).stream()
                .map(e -> new GrowthFit.Point(e, 3e-9 * Math.pow(e, 1.31))).toList();
        GrowthFit fit = GrowthFit.power("edges", points);
        assertThat(fit.exponent()).isCloseTo(1.31, within(1e-12));
        assertThat(fit.points()).isEqualTo(4);
        assertThat(fit.formula()).isEqualTo("time ~ edges^1.31");
    }

    @Test
    void anExponentialGivesItsBaseExactly() {
        double phi = (1 + Math.sqrt(5)) / 2;
        List<GrowthFit.Point> points = List.of(20.0, 25.0, 30.0).stream()
                .map(n -> new GrowthFit.Point(n, 1e-8 * Math.pow(phi, n))).toList();
        GrowthFit fit = GrowthFit.exponential("n", points);
        assertThat(fit.exponent()).isCloseTo(phi, within(1e-12));
        assertThat(fit.formula()).isEqualTo("time ~ 1.618^n");
    }

    @Test
    void noisyPointsGiveTheLeastSquaresSlope() {
        // log-log points (0,0), (1,1), (2,3): slope = sum(dx dy) / sum(dx^2) = (1 + 0 + 2) / 2 = 1.5.
        assertThat(GrowthFit.slope(new double[] {0, 1, 2}, new double[] {0, 1, 3})).isEqualTo(1.5);
        assertThat(GrowthFit.slope(new double[] {5}, new double[] {1})).isNull();
        assertThat(GrowthFit.slope(new double[] {5, 5}, new double[] {1, 2})).isNull();
    }

    @Test
    void theSweepPrintsOneGrowthLinePerSystemAndVariantAgainstEdges() {
        SweepCommand.Scale scale = new SweepCommand.Scale("edges",
                Map.of(100, 1_000.0, 200, 8_000.0, 400, 64_000.0));
        List<SweepCommand.Row> rows = List.of(
                row("forward", 100, 1_000_000L), row("forward", 200, 4_000_000L), row("forward", 400, 16_000_000L),
                row("parallel", 100, 1_000_000L), row("parallel", 200, 8_000_000L),
                row("hashset", 100, 1_000_000L));
        assertThat(SweepCommand.fits(rows, Catalogue.TRIANGLES, scale)).isEqualTo(
                "growth jvm-c2       forward          time ~ edges^0.67 (least squares over 3 sizes)\n"
                        + "growth jvm-c2       parallel         time ~ edges^1.00 (least squares over 2 sizes)\n");
    }

    private static SweepCommand.Row row(String variant, int size, long ns) {
        RunRequest r = RunRequest.ofNames("triangles", variant, "jvm-c2", size, null, new Plan(1, 1, 1), List.of(), null);
        Measurement m = new Measurement(variant + size, r, Status.OK, "1", "1", 0, List.of(), List.of(ns),
                Stats.of(List.of(ns)), ENV, null, List.of());
        return new SweepCommand.Row("jvm-c2", variant, size, m);
    }
}
