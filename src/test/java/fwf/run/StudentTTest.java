package fwf.run;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StudentTTest {

    /** Printed tables give three decimals; we must agree with each to its last digit. */
    @ParameterizedTest
    @CsvSource({
            "1, 63.657",
            "2, 9.925",
            "3, 5.841",
            "4, 4.604",
            "9, 3.250",
            "29, 2.756",
            "100, 2.626",
            "1000000, 2.576",
    })
    void matchesTheTablesAt99PercentTwoSided(int df, double expected) {
        assertThat(StudentT.quantile(0.995, df)).isCloseTo(expected, within(0.0005));
    }

    @Test
    void oneDegreeOfFreedomIsTheCauchyDistributionExactly() {
        // t with df 1 is Cauchy, whose quantile is tan(pi (p - 1/2)): a closed form to check
        // the numerical inversion against to many digits.
        assertThat(StudentT.quantile(0.995, 1)).isCloseTo(Math.tan(Math.PI * 0.495), within(1e-9));
        assertThat(StudentT.quantile(0.9, 1)).isCloseTo(Math.tan(Math.PI * 0.4), within(1e-9));
    }

    @Test
    void twoDegreesOfFreedomHaveAClosedFormToo() {
        // df 2: t = (2p - 1) / sqrt(2 p (1 - p))
        double p = 0.995;
        assertThat(StudentT.quantile(p, 2)).isCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), within(1e-9));
    }

    @Test
    void hugeDegreesOfFreedomApproachTheNormalQuantile() {
        // z(0.995) = 2.5758293035489
        assertThat(StudentT.quantile(0.995, Integer.MAX_VALUE)).isCloseTo(2.5758293035489, within(1e-5));
    }

    @Test
    void lowerQuantilesAreTheNegatedUpperOnesAndTheMedianIsZero() {
        assertThat(StudentT.quantile(0.005, 9)).isEqualTo(-StudentT.quantile(0.995, 9));
        assertThat(StudentT.quantile(0.5, 9)).isZero();
    }

    @Test
    void lnGammaMatchesKnownValues() {
        assertThat(StudentT.lnGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(StudentT.lnGamma(1)).isCloseTo(0, within(1e-14));
        assertThat(StudentT.lnGamma(10)).isCloseTo(Math.log(362880), within(1e-12));
        assertThat(StudentT.lnGamma(100)).isCloseTo(359.13420536957540, within(1e-10));
    }

    @Test
    void rejectsMeaninglessArguments() {
        assertThatThrownBy(() -> StudentT.quantile(1, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a t quantile needs 0 < p < 1, got 1.0");
        assertThatThrownBy(() -> StudentT.quantile(0.995, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a t quantile needs at least 1 degree of freedom, got 0");
    }

    @Property(tries = 200)
    void theCdfUndoesTheQuantile(@ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double p,
                                 @ForAll @IntRange(min = 1, max = 5000) int df) {
        assertThat(StudentT.cdf(StudentT.quantile(p, df), df)).isCloseTo(p, within(1e-9));
    }

    @Property(tries = 100)
    void moreDegreesOfFreedomNeverWidenTheInterval(@ForAll @IntRange(min = 1, max = 10000) int df) {
        assertThat(StudentT.quantile(0.995, df + 1)).isLessThan(StudentT.quantile(0.995, df));
    }
}
