package fwf.graphview;

import java.util.Arrays;
import java.util.Locale;

/**
 * Buckets of "triangles a node belongs to" for colouring nodes after a run, on a logarithmic
 * scale: triangle counts are heavy-tailed (in node 0's ego network most nodes sit in a few
 * dozen triangles and node 0 in 2,519), so equal-width buckets would put almost every node in
 * the first. Bucket 0 holds the nodes in no triangle; buckets 1.. end at
 * {@code ceil(max^(i/5))}, with empty ones dropped.
 */
public record GraphTriangleScale(int[] upperBounds) {
    /** Most buckets above zero; the palettes have {@code 1 + LEVELS} colours. */
    public static final int LEVELS = 5;

    public GraphTriangleScale {
        upperBounds = upperBounds.clone();
        for (int i = 0; i < upperBounds.length; i++) {
            if (upperBounds[i] < 1 || (i > 0 && upperBounds[i] <= upperBounds[i - 1])) {
                throw new IllegalArgumentException("bucket bounds must be increasing and positive: "
                        + Arrays.toString(upperBounds));
            }
        }
        if (upperBounds.length > LEVELS) {
            throw new IllegalArgumentException("at most " + LEVELS + " buckets above zero: " + Arrays.toString(upperBounds));
        }
    }

    /** The scale for counts from 0 to {@code max}. */
    public static GraphTriangleScale upTo(int max) {
        int[] bounds = new int[LEVELS];
        int n = 0;
        int previous = 0;
        for (int i = 1; i <= LEVELS; i++) {
            int bound = i == LEVELS ? max : (int) Math.ceil(Math.pow(max, i / (double) LEVELS) - 1e-9);
            if (bound > previous) {
                bounds[n++] = bound;
                previous = bound;
            }
        }
        return new GraphTriangleScale(Arrays.copyOf(bounds, n));
    }

    @Override
    public int[] upperBounds() {
        return upperBounds.clone();
    }

    /** How many buckets, zero included. */
    public int buckets() {
        return upperBounds.length + 1;
    }

    /** The bucket of {@code count}; counts above the top go in the top bucket. */
    public int bucket(int count) {
        if (count <= 0) {
            return 0;
        }
        for (int i = 0; i < upperBounds.length; i++) {
            if (count <= upperBounds[i]) {
                return i + 1;
            }
        }
        return upperBounds.length;
    }

    /** The counts bucket {@code b} holds, as the legend prints them: "0", "6", "7-23". */
    public String label(int b) {
        if (b < 0 || b >= buckets()) {
            throw new IndexOutOfBoundsException("bucket " + b + " of " + buckets());
        }
        if (b == 0) {
            return "0";
        }
        int low = b == 1 ? 1 : upperBounds[b - 2] + 1;
        int high = upperBounds[b - 1];
        return low == high ? String.format(Locale.ROOT, "%,d", low)
                : String.format(Locale.ROOT, "%,d\u2013%,d", low, high);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraphTriangleScale other && Arrays.equals(upperBounds, other.upperBounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(upperBounds);
    }

    @Override
    public String toString() {
        return "GraphTriangleScale" + Arrays.toString(upperBounds);
    }
}
