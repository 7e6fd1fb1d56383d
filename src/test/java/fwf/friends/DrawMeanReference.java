package fwf.friends;

/**
 * The talk's mean as the Python friends' {@code draw-mean} defines it, drawn here in Java to
 * check their answers: SplitMix64 from the seed, double i = (z_i >>> 11) * 2^-53, its float32
 * by Java's rounding cast, the mean accumulated in double.
 */
final class DrawMeanReference {
    static final long SEED = 42;

    private DrawMeanReference() {
    }

    static float[] floats(int count, long seed) {
        float[] out = new float[count];
        long state = seed;
        for (int i = 0; i < count; i++) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            out[i] = (float) ((z >>> 11) * 0x1.0p-53);
        }
        return out;
    }

    static double mean(int count, long seed) {
        double sum = 0;
        for (float f : floats(count, seed)) {
            sum += f;
        }
        return sum / count;
    }
}
