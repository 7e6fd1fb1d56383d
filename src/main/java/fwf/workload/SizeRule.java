package fwf.workload;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What a workload's size means and which sizes it takes: the command line's {@code --size}, the
 * window's size field (its label and prompt) and the check before anything is queued all read
 * it, so a new workload brings its own.
 *
 * @param label       the size field's short name ("n", "nodes", "elements"), also the name its
 *                    messages use
 * @param meaning     what {@code --size} means, for help and lists ("first N nodes in file order
 *                    (default: all)")
 * @param defaultSize the size used when none is given (the talk's size); 0 means "all of the input"
 * @param max         the largest size the workload takes; 0 when the input bounds it (a graph's
 *                    node count)
 * @param bound       what bounds the size when {@code max} is 0, for messages ("the graph's node
 *                    count"); empty otherwise
 * @param warnAbove   past this, a system that interprets every call takes minutes: the window
 *                    warns; 0 for never
 * @param growth      why it gets slow past {@code warnAbove}, for that warning ("each step past
 *                    40 costs 1.6 times more"); empty when {@code warnAbove} is 0
 * @param quickSize   a size every system runs in seconds, for {@code ./fwf recap --quick}
 * @param cost        how time grows with the size, so a sweep fits the right curve
 */
public record SizeRule(String label, String meaning, int defaultSize, int max, String bound, int warnAbove,
                       String growth, int quickSize, Cost cost) {
    /** How a workload's time grows with its size. */
    public enum Cost {
        /** time ~ size^k: fitted on log-log axes (the triangle count, the mean). */
        POWER,
        /** time ~ b^size: fitted on log-linear axes (the naive recursion). */
        EXPONENTIAL
    }

    /** The smallest size any workload takes: 0 is the default, never a size of its own. */
    public static final int MIN = 1;

    /** A size from 1 to {@code max}, defaulting to {@code defaultSize}, never slow, its cost a power of the size. */
    public static SizeRule upTo(String label, String meaning, int defaultSize, int max, int quickSize) {
        return new SizeRule(label, meaning, defaultSize, max, "", 0, "", quickSize, Cost.POWER);
    }

    /**
     * The first N items of an input bounded by {@code bound}; an empty field means all of it;
     * its cost a power of the size.
     */
    public static SizeRule firstOfInput(String label, String meaning, String bound, int quickSize) {
        return new SizeRule(label, meaning, 0, 0, bound, 0, "", quickSize, Cost.POWER);
    }

    /** True when an empty field (or 0) means the whole input rather than a default size. */
    public boolean blankMeansAll() {
        return defaultSize == 0;
    }

    /** Shown in the empty field: "all" for an input taken whole, else nothing. */
    public String prompt() {
        return blankMeansAll() ? "all" : "";
    }

    /**
     * Why a size was refused: "n must be a whole number from 1 to 50, got '51'", or for an input
     * taken whole "nodes must be empty (all) or a whole number from 1 to 4,039 (the graph's node
     * count), got '5000'".
     *
     * @param inputSize the input's own bound when {@code max} is 0, or 0 while it is not known
     */
    public String outOfRange(String text, int inputSize) {
        if (blankMeansAll()) {
            String upper = inputSize > 0 ? " to " + grouped(inputSize) + " (" + bound + ")" : " up";
            return label + " must be empty (all) or a whole number from " + MIN + upper + ", got '" + text + "'";
        }
        return label + " must be a whole number from " + grouped(MIN) + " to " + grouped(max) + ", got '" + text + "'";
    }

    /** The largest size allowed: {@code max}, else the input's own size when known, else no bound. */
    public int upperBound(int inputSize) {
        return max > 0 ? max : inputSize > 0 ? inputSize : Integer.MAX_VALUE;
    }

    /**
     * The sizes a sweep up to {@code top} runs, smallest first, so the growth has five points:
     * for a power law {@code top/16, top/8, top/4, top/2, top} (equal steps on a log axis), for
     * an exponential {@code top-8, top-6, top-4, top-2, top} (equal steps of n). Sizes under
     * {@link #MIN} are dropped, and so are repeats (a small top halves into the same size).
     */
    public List<Integer> ladder(int top) {
        TreeSet<Integer> sizes = new TreeSet<>();
        for (int step = 4; step >= 0; step--) {
            int size = cost == Cost.EXPONENTIAL ? top - 2 * step : top >> step;
            if (size >= MIN) {
                sizes.add(size);
            }
        }
        return List.copyOf(sizes);
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
