package fwf.workload;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The talk's mean: the stream it draws, its answer against its own reference, and its rounds. */
class DrawMeanTest {
    private static final Variant<MeanInput> DRAW_MEAN = Catalogue.MEAN.variant("draw-mean").orElseThrow();

    @Test
    void theStreamIsSplitMix64ThroughADoubleRoundedToFloat() {
        float[] first = DrawMean.draw(new MeanInput(3, MeanInput.DEFAULT_SEED));
        // Worked out apart (Python with NumPy): (z >>> 11) * 2^-53 rounded to float32. The first
        // is MeanData's first value too; the next two round up where MeanData's 24 bits cut down.
        assertThat(Float.floatToIntBits(first[0])).isEqualTo(0x3f3dd732);
        assertThat(Float.floatToIntBits(first[1])).isEqualTo(0x3e23bf8d);
        assertThat(Float.floatToIntBits(first[2])).isEqualTo(0x3e8ea4cf);
        float[] data = MeanData.generate(new MeanInput(3, MeanInput.DEFAULT_SEED));
        assertThat(Float.floatToIntBits(data[1])).isEqualTo(0x3e23bf8c);
    }

    @Test
    void theAnswerIsTheMeanOfTheDrawnFloatsAndEveryRoundGivesTheSameOne() {
        for (int size : new int[] {1, 7, 1000, 1_000_003, MeanInput.DEFAULT_SIZE}) {
            MeanInput input = new MeanInput(size, MeanInput.DEFAULT_SEED);
            Computation round = DRAW_MEAN.kernel().prepare(input);
            Object answer = round.run();
            Object reference = Catalogue.MEAN.referenceFor("draw-mean").apply(input);
            assertThat(reference).isEqualTo(DrawMean.reference(input));
            assertThat(Agreement.RELATIVE_1E6.agrees(reference, answer)).as("size %d: %s vs %s", size, answer, reference).isTrue();
            // far closer than the tolerance: a double sum of floats in [0, 1) loses little
            assertThat(Math.abs((Double) answer - (Double) reference)).as("size %d", size).isLessThan(1e-12);
            assertThat(round.run()).as("a second round starts from the seed again").isEqualTo(answer);
        }
        assertThat(DRAW_MEAN.kernel().prepare(new MeanInput(1, MeanInput.DEFAULT_SEED)).run())
                .isEqualTo((double) Float.intBitsToFloat(0x3f3dd732));
    }

    @Test
    void itDrawsOtherNumbersThanTheMeanOnlyVariantsSoItHasItsOwnReference() {
        MeanInput input = new MeanInput(MeanInput.DEFAULT_SIZE, MeanInput.DEFAULT_SEED);
        assertThat(Catalogue.MEAN.referenceFor("draw-mean").apply(input))
                .isNotEqualTo(Catalogue.MEAN.reference().apply(input));
        assertThat(Catalogue.MEAN.referenceFor("loop")).isSameAs(Catalogue.MEAN.reference());
        assertThat(Catalogue.MEAN.referenceFor("numpy")).isSameAs(Catalogue.MEAN.reference()); // a friend's name
    }

    @Test
    void itIsMeasuredAsTheTalkFiveRoundsAndNoWarmup() {
        assertThat(DRAW_MEAN.rounds()).isEqualTo(5);
        assertThat(Catalogue.MEAN.roundsOf("draw-mean")).isEqualTo(5);
        assertThat(Catalogue.MEAN.roundsOf("loop")).isZero();
        assertThat(Catalogue.MEAN.roundsOf("numpy")).isZero();
        assertThat(Catalogue.FIB.variants()).allSatisfy(v -> assertThat(v.rounds()).isZero());
    }
}
