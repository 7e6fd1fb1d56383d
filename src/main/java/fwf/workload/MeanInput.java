package fwf.workload;

/**
 * The input of {@code mean}: how many float32 values to draw, and the seed that makes the
 * data the same in every variant and every process.
 */
public record MeanInput(int size, long seed) {
    public static final long DEFAULT_SEED = 42L;
    public static final int DEFAULT_SIZE = 10_000_000;

    public MeanInput {
        if (size < 1) {
            throw new IllegalArgumentException("mean needs at least 1 element, got " + size);
        }
    }
}
