package fwf.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeanDataTest {
    @Test
    void firstValuesForSeed42ArePinned() {
        // The C, Rust and Python friends must produce exactly these.
        float[] values = MeanData.generate(new MeanInput(3, 42));
        assertThat(values).containsExactly(0.74156487f, 0.15991038f, 0.2786011f);
        assertThat(Float.floatToRawIntBits(values[0])).isEqualTo(0x3f3dd732);
        assertThat(Float.floatToRawIntBits(values[1])).isEqualTo(0x3e23bf8c);
        assertThat(Float.floatToRawIntBits(values[2])).isEqualTo(0x3e8ea4ce);
        assertThat(values[0]).isEqualTo(12_441_394 * 0x1.0p-24f);
        assertThat(values[1]).isEqualTo(2_682_851 * 0x1.0p-24f);
        assertThat(values[2]).isEqualTo(4_674_151 * 0x1.0p-24f);
    }

    @Test
    void splitMix64MatchesItsPublishedFirstOutput() {
        // SplitMix64 seeded with 0 first returns 0xE220A8397B1DCDAF, the value every port checks.
        assertThat(MeanData.mix(MeanData.GOLDEN_GAMMA)).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(MeanData.toUnitFloat(0xE220A8397B1DCDAFL)).isEqualTo(0xE220A8 * 0x1.0p-24f);
    }

    @Test
    void deterministicAndAPrefixOfLongerRuns() {
        float[] first = MeanData.generate(new MeanInput(1000, MeanInput.DEFAULT_SEED));
        float[] again = MeanData.generate(new MeanInput(1000, MeanInput.DEFAULT_SEED));
        float[] longer = MeanData.generate(new MeanInput(5000, MeanInput.DEFAULT_SEED));
        assertThat(again).isEqualTo(first).isNotSameAs(first);
        assertThat(Arrays.copyOf(longer, 1000)).isEqualTo(first);
        assertThat(MeanData.generate(new MeanInput(1000, 43))).isNotEqualTo(first);
    }

    @Test
    void valuesAreMultiplesOf2ToTheMinus24InTheUnitInterval() {
        float[] values = MeanData.generate(new MeanInput(100_000, 7));
        for (float value : values) {
            double scaled = value * 0x1.0p24;
            assertThat(scaled).isGreaterThanOrEqualTo(0).isLessThan(0x1.0p24);
            assertThat(scaled).isEqualTo(Math.rint(scaled));
        }
    }

    @Test
    void emptyInputIsRefused() {
        assertThatThrownBy(() -> new MeanInput(0, 42))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mean needs at least 1 element, got 0");
    }
}
