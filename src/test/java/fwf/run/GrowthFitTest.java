package fwf.run;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The least-squares fits the command line's sweep and the window's Growth tab share (moved from fwf.cli). */
class GrowthFitTest {
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
}
