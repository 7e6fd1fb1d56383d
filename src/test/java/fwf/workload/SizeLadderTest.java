package fwf.workload;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sizes a sweep runs up to a chosen size, by how the workload's cost grows. */
class SizeLadderTest {
    @Test
    void aPowerLawHalvesFourTimes() {
        assertThat(Catalogue.TRIANGLES.sizeRule().cost()).isEqualTo(SizeRule.Cost.POWER);
        assertThat(Catalogue.TRIANGLES.sizeRule().ladder(4_039)).containsExactly(252, 504, 1_009, 2_019, 4_039);
        assertThat(Catalogue.MEAN.sizeRule().ladder(10_000_000))
                .containsExactly(625_000, 1_250_000, 2_500_000, 5_000_000, 10_000_000);
    }

    @Test
    void anExponentialStepsDownByTwo() {
        assertThat(Catalogue.FIB.sizeRule().cost()).isEqualTo(SizeRule.Cost.EXPONENTIAL);
        assertThat(Catalogue.FIB.sizeRule().ladder(40)).containsExactly(32, 34, 36, 38, 40);
    }

    @Test
    void sizesUnderTheMinimumAndRepeatsAreDropped() {
        assertThat(Catalogue.FIB.sizeRule().ladder(5)).containsExactly(1, 3, 5);
        assertThat(Catalogue.FIB.sizeRule().ladder(1)).containsExactly(1);
        assertThat(Catalogue.TRIANGLES.sizeRule().ladder(10)).containsExactly(1, 2, 5, 10);
        assertThat(Catalogue.TRIANGLES.sizeRule().ladder(3)).containsExactly(1, 3);
        assertThat(Catalogue.TRIANGLES.sizeRule().ladder(0)).isEmpty();
    }
}
