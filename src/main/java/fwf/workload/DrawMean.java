package fwf.workload;

/**
 * The talk's NumPy example as one operation: draw {@code size} uniform random doubles, convert
 * each to float32, and take their mean. The drawing is part of the operation, as in the talk,
 * which timed {@code np.random.random(n).astype(np.float32).mean()} whole.
 *
 * <p>The stream, which the Python friends reproduce bit for bit: SplitMix64 from
 * {@code input.seed()} (the state advances by {@link MeanData#GOLDEN_GAMMA} and goes through
 * {@link MeanData#mix} for each value), the top 53 bits of each output as a double in [0, 1)
 * ({@code (z >>> 11) * 2^-53}, exact, as NumPy draws its doubles), then rounded to the nearest
 * float. Unlike {@link MeanData}'s values, which keep only 24 bits and need no rounding, these
 * go through a double first, as the talk's did; so they are other numbers, with a reference
 * answer of their own.
 */
final class DrawMean {
    private DrawMean() {
    }

    /**
     * One round: every value drawn from the seed and added into a double accumulator (float's 24
     * bits would lose the small values once the sum is large). Each call starts again from the
     * seed, so every round computes the same answer.
     */
    static double mean(MeanInput input) {
        long state = input.seed();
        int size = input.size();
        double sum = 0;
        for (int i = 0; i < size; i++) {
            state += MeanData.GOLDEN_GAMMA;
            sum += toFloat(MeanData.mix(state));
        }
        return sum / size;
    }

    /** The same values into an array, for the reference answer (which shares no summing code with {@link #mean}). */
    static float[] draw(MeanInput input) {
        float[] values = new float[input.size()];
        long state = input.seed();
        for (int i = 0; i < values.length; i++) {
            state += MeanData.GOLDEN_GAMMA;
            values[i] = toFloat(MeanData.mix(state));
        }
        return values;
    }

    /** The top 53 bits as a double in [0, 1), exact, then rounded to the nearest float. */
    static float toFloat(long z) {
        double d = (z >>> 11) * 0x1.0p-53;
        return (float) d;
    }

    /** The trusted answer: Neumaier's compensated sum of the same floats. */
    static Object reference(MeanInput input) {
        return Mean.compensated(draw(input));
    }
}
