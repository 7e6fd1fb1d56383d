package fwf.workload;

import java.util.Locale;

/**
 * The bit matrix of {@code bitset}, {@code bitset-vector} and {@code parallel}: its size, its
 * limit, and what is said when a graph is past it or too sparse for it. Public because the FFM
 * twins in the worker keep Java's limit and say the same words, from this one place.
 */
public final class BitMatrix {
    /** Past this the n-squared matrix stops being a speed trick and becomes a memory problem. */
    public static final long MAX_BYTES = 1L << 30;

    private BitMatrix() {
    }

    /** The matrix for {@code nodes} nodes: a row of whole 64-bit words per node. */
    public static long bytes(int nodes) {
        return (long) nodes * ((nodes + 63) >>> 6) * Long.BYTES;
    }

    public static boolean fits(int nodes) {
        return bytes(nodes) <= MAX_BYTES;
    }

    /** Why {@code variant} refuses a graph of {@code nodes} nodes whose matrix does not fit. */
    public static String refusal(String variant, int nodes) {
        return String.format(Locale.ROOT, "%s refuses %,d nodes: its bit matrix would need %,d MiB, over the 1 GiB"
                + " limit; use forward for a graph this large", variant, nodes, mib(nodes));
    }

    /** What parallel's result says when the matrix would not fit and it ran forward's merge. */
    public static String parallelTooBig(int nodes) {
        return String.format(Locale.ROOT, "parallel ran the forward kernel on %d node ranges: a bit matrix for %,d"
                + " nodes would need %,d MiB, over the 1 GiB limit", ParallelTriangles.PARTS, nodes, mib(nodes));
    }

    /**
     * What parallel's result says when the graph was too sparse for bit rows ({@link
     * KernelEstimate}) and it ran forward's merge: the two figures it chose by, and the rule.
     */
    public static String parallelTooSparse(long mergeSteps, long words) {
        return String.format(Locale.ROOT, "parallel ran the forward kernel on %d node ranges: this graph is too"
                + " sparse for bit rows (forward's merge takes at most %,d steps, the rows %,d words; rows pay from"
                + " 0.35 steps a word)", ParallelTriangles.PARTS, mergeSteps, words);
    }

    private static long mib(int nodes) {
        return (bytes(nodes) + (1 << 20) - 1) >> 20;
    }
}
