package fwf.workload;

import java.util.Locale;

/**
 * The input of {@code mean}: how many float32 values to draw, and the seed that makes the
 * data the same in every variant and every process.
 */
public record MeanInput(int size, long seed) {
    public static final long DEFAULT_SEED = 42L;
    public static final int DEFAULT_SIZE = 10_000_000;
    /**
     * The most values a Java array holds (HotSpot refuses a few below 2^31 - 1, so the JDK's own
     * collections stop here too): every JVM variant keeps the data in a {@code float[]}.
     */
    public static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    public MeanInput {
        if (size < 1) {
            throw new IllegalArgumentException("mean needs at least 1 element, got " + size);
        }
        if (size > MAX_SIZE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "mean of %,d values is too large: the data is one Java float array, which holds at most %,d",
                    size, MAX_SIZE));
        }
    }
}
