package fwf.run;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StatsTest {
    private static final long MS = 1_000_000L;

    private static List<Long> ms(double... millis) {
        return java.util.Arrays.stream(millis).mapToLong(m -> Math.round(m * MS)).boxed().toList();
    }

    @Test
    void oneSampleHasNoSpreadAndNoInterval() {
        Stats s = Stats.of(List.of(28_100_000L));
        assertThat(s).isEqualTo(new Stats(1, 28_100_000L, 28_100_000L, 28_100_000L, 28_100_000.0, 0, Double.NaN, 0, List.of()));
    }

    @Test
    void noSamplesAreNoStatistics() {
        assertThatThrownBy(() -> Stats.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no measured samples: a run without samples has no statistics");
    }

    @Test
    void threeSamplesGiveTheTextbookValues() {
        Stats s = Stats.of(ms(30, 10, 20));
        assertThat(s.n()).isEqualTo(3);
        assertThat(s.minNs()).isEqualTo(10 * MS);
        assertThat(s.medianNs()).isEqualTo(20 * MS);
        assertThat(s.maxNs()).isEqualTo(30 * MS);
        assertThat(s.meanNs()).isEqualTo(20.0 * MS);
        assertThat(s.stddevNs()).isEqualTo(10.0 * MS); // sample stddev: sqrt(200/2) ms
        // t(0.995, 2) = 9.9248..., times 10 ms / sqrt(3)
        assertThat(s.ci99Ns()).isCloseTo(57.3 * MS, within(0.01 * MS));
        assertThat(s.ci99Ns()).isCloseTo(StudentT.quantile(0.995, 2) * 10.0 * MS / Math.sqrt(3), within(1.0));
        assertThat(s.cv()).isEqualTo(0.5);
    }

    @Test
    void anEvenCountTakesTheRoundedMeanOfTheMiddleTwo() {
        assertThat(Stats.of(List.of(1L, 2L)).medianNs()).isEqualTo(2);
        assertThat(Stats.of(List.of(4L, 1L)).medianNs()).isEqualTo(3);
        assertThat(Stats.of(List.of(2L, 4L)).medianNs()).isEqualTo(3);
        assertThat(Stats.of(List.of(9L, 1L, 3L, 5L)).medianNs()).isEqualTo(4);
        assertThat(Stats.median(List.of(10L, 11L, 12L, 13L))).isEqualTo(12);
    }

    @Test
    void aWideSpreadIsSaidInWords() {
        Stats s = Stats.of(ms(85.8, 100, 114.2));
        assertThat(s.cv()).isCloseTo(0.142, within(1e-9));
        assertThat(s.warnings()).containsExactly("spread is wide: CV 14.2% (over 10%), the numbers are hard to trust");
    }

    @Test
    void aSpreadOfTenPercentIsStillFine() {
        Stats s = Stats.of(ms(90, 100, 110));
        assertThat(s.cv()).isCloseTo(0.1, within(1e-12));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void timesStillFallingAreCalledWarmUp() {
        Stats s = Stats.of(ms(112, 108, 104, 100, 100, 100, 100, 100, 100));
        assertThat(s.cv()).isLessThan(0.1);
        assertThat(s.warnings()).containsExactly(
                "still warming up: measured times trend down (first third median 108 ms, last third 100 ms)");
    }

    @Test
    void bothWarningsCanComeTogether() {
        Stats s = Stats.of(ms(300, 250, 200, 150, 100, 100, 100, 100, 100));
        assertThat(s.warnings()).containsExactly(
                "spread is wide: CV 49.4% (over 10%), the numbers are hard to trust",
                "still warming up: measured times trend down (first third median 250 ms, last third 100 ms)");
    }

    @Test
    void aDropOfFivePercentOrLessIsNoise() {
        assertThat(Stats.of(ms(105, 105, 103, 101, 100, 100)).warnings()).isEmpty();
    }

    @Test
    void fewerThanSixSamplesNeverClaimATrend() {
        assertThat(Stats.of(ms(150, 140, 130, 120, 110)).warnings())
                .noneMatch(w -> w.startsWith("still warming up"));
    }

    @Test
    void earlySpikesBeforeARisingSeriesAreNotWarmUp() {
        // The first third's median is high (three spikes) and the last third's is lower, but
        // the series as a whole climbs: the rank correlation is positive, so no warm-up claim.
        List<Long> samples = ms(100, 100, 100, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 90);
        assertThat(Stats.rankCovariance(samples)).isEqualTo(7.5);
        Stats s = Stats.of(samples);
        assertThat(s.warnings()).noneMatch(w -> w.startsWith("still warming up"));
    }

    @Test
    void aSteadyMeasurementHasNoWarnings() {
        Stats s = Stats.of(ms(28.1, 28.3, 27.9, 28.0, 28.2, 28.1, 28.0, 28.2, 28.1));
        assertThat(s.warnings()).isEmpty();
        assertThat(s.medianNs()).isEqualTo(28_100_000L);
    }

    @Test
    void identicalSamplesHaveZeroSpreadAndZeroInterval() {
        Stats s = Stats.of(LongStream.generate(() -> 5_000L).limit(30).boxed().toList());
        assertThat(s.stddevNs()).isZero();
        assertThat(s.ci99Ns()).isZero();
        assertThat(s.cv()).isZero();
    }

    @Test
    void timesNearTheLimitOfALongDoNotOverflow() {
        Stats s = Stats.of(List.of(Long.MAX_VALUE, Long.MAX_VALUE - 1));
        assertThat(s.medianNs()).isEqualTo(Long.MAX_VALUE);
        assertThat(s.meanNs()).isEqualTo(9.223372036854775807E18);
    }

    @Property(tries = 300)
    void summariesStayInsideTheData(@ForAll @Size(min = 1, max = 60) List<@LongRange(min = 1, max = 100_000_000_000L) Long> samples) {
        Stats s = Stats.of(samples);
        assertThat(s.n()).isEqualTo(samples.size());
        assertThat(s.minNs()).isLessThanOrEqualTo(s.medianNs());
        assertThat(s.medianNs()).isLessThanOrEqualTo(s.maxNs());
        assertThat(s.meanNs()).isBetween((double) s.minNs(), (double) s.maxNs());
        assertThat(s.stddevNs()).isGreaterThanOrEqualTo(0);
        assertThat(s.stddevNs()).isLessThanOrEqualTo((double) (s.maxNs() - s.minNs()));
        if (s.n() >= 2) {
            assertThat(s.ci99Ns()).isGreaterThanOrEqualTo(0);
        } else {
            assertThat(s.ci99Ns()).isNaN();
        }
    }
}
