package fwf.workload;

/**
 * The data of {@code mean}: float32 values in [0, 1) from a generator simple enough that the
 * C, Rust and Python friends reproduce it bit for bit, so every system averages the very same
 * numbers and the answers can be compared.
 */
public final class MeanData {
    /** SplitMix64's increment: 2^64 divided by the golden ratio, odd. */
    static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private MeanData() {
    }

    /**
     * The {@code input.size()} values for {@code input.seed()}, generated with SplitMix64.
     *
     * <p>Exactly, with all arithmetic on unsigned 64-bit integers modulo 2^64 ({@code >>>} is a
     * logical shift):
     * <pre>
     * state = seed
     * for i in 0 .. size-1:
     *     state = state + 0x9E3779B97F4A7C15
     *     z = state
     *     z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9
     *     z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
     *     z = z ^ (z >>> 31)
     *     value[i] = (float) (z >>> 40) * 2^-24
     * </pre>
     * The top 24 bits of {@code z} convert to a float exactly, and multiplying by 2^-24
     * ({@code 0x1.0p-24f}) is exact too, so no rounding mode or compiler can change a bit: in C,
     * {@code (float)(z >> 40) * 0x1.0p-24f} with {@code uint64_t z}; in Python,
     * {@code numpy.float32((z >> 40) / 16777216)} with {@code z} masked to 64 bits. Every value is
     * a multiple of 2^-24 in [0, 1 - 2^-24]. For seed 42 the first three values are
     * 12441394, 2682851 and 4674151 times 2^-24, that is 0.74156487f, 0.15991038f and
     * 0.2786011f (float bits 0x3f3dd732, 0x3e23bf8c, 0x3e8ea4ce; the tests pin them).
     *
     * @return a new array, which the caller owns
     */
    public static float[] generate(MeanInput input) {
        Heap.require(4L * input.size(), String.format(java.util.Locale.ROOT, "mean of %,d float32 values", input.size()));
        float[] values = new float[input.size()];
        long state = input.seed();
        for (int i = 0; i < values.length; i++) {
            state += GOLDEN_GAMMA;
            values[i] = toUnitFloat(mix(state));
        }
        return values;
    }

    /** SplitMix64's output function (Stafford's "Mix13" variant of MurmurHash3's finaliser). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The top 24 bits as a float in [0, 1): exact, since a float has a 24-bit significand. */
    static float toUnitFloat(long z) {
        return (z >>> 40) * 0x1.0p-24f;
    }
}
