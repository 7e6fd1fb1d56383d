package fwf.workload;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The work each algorithm does, counted by an untimed instrumented replay: a variant's answer
 * with its comparisons, calls, lookups, merge steps or words. The counts depend on the
 * algorithm and the input only, never on the system that runs it, so one replay serves every
 * system's variant of the same algorithm, and "CPython examines 95 million list elements a
 * second" is the count over a measured time.
 *
 * <p>Variant names are the catalogue's and the friends' ({@code naive}, {@code typed},
 * {@code recursive}...): each is mapped here to the replay of its algorithm.
 */
public final class Operations {
    private static final Map<String, Map<String, Replay>> REPLAYS = Map.of(
            "fib", names(Replay.RECURSIVE, "primitive", "boxed", "dynamic", "dynamic-deopt", "primitive-n1-first", "recursive",
                    "recursive-n1-first", "typed", "cfunc")
                    .with("looped", Replay.LOOPED).with("memo", Replay.MEMO).with("iterative", Replay.ITERATIVE).done(),
            "triangles", names(Replay.NAIVE, "naive-primitive", "naive-boxed", "naive", "typed")
                    .with("hashset", Replay.HASHSET).with("forward", Replay.FORWARD)
                    .with("bitset", Replay.BITSET).with("parallel", Replay.BITSET).done(),
            "mean", names(Replay.MEAN, "loop", "boxed", "stream", "vector", "parallel", "numpy").done());

    /** Variants that exist but have no fixed count, and why. */
    private static final Map<String, Map<String, String>> NO_COUNT = Map.of(
            "triangles", Map.of("naive-hashmap",
                    "PyO3's naive-hashmap iterates a Rust HashMap in its own order, seeded at random in every"
                            + " process, and the naive count's work depends on the order of the nodes: it has no"
                            + " fixed count (its naive twin, the same count in the talk's order, has one)"),
            "mean", Map.of("draw-mean",
                    "draw-mean's rounds draw their numbers as well as sum them, and no replay counts the"
                            + " drawing; the mean variants count the values they sum"));

    /**
     * Why a friend's hashset has no count in a run: its sets are Python's, iterated in hash-table
     * order, and the lookups depend on the order (on ego-Facebook 18.53 M in list order, 17.02 M
     * with each list sorted).
     */
    static final String SETS_IN_HASH_ORDER = "Python's sets iterate in their hash-table order, not in the lists'"
            + " order that the replay follows (as Java's LinkedHashSet does), and the lookups depend on that order";

    private Operations() {
    }

    /** The replay of a variant's algorithm, or empty when it has none (see {@link #whyNoCount}). */
    public static Optional<Replay> replay(String workload, String variant) {
        return Optional.ofNullable(REPLAYS.getOrDefault(workload, Map.of()).get(variant));
    }

    /**
     * The replay that gives the operations of a run, or empty when the run has no fixed count.
     *
     * @param javaCollections whether the system runs the catalogue's Java kernels (the JVM
     *                        tiers), whose hash sets iterate in list order; a friend's
     *                        {@code hashset} iterates in hash order and has no count here
     */
    public static Optional<Replay> forRun(String workload, String variant, boolean javaCollections) {
        Optional<Replay> replay = replay(workload, variant);
        if (replay.isPresent() && replay.get() == Replay.HASHSET && !javaCollections) {
            return Optional.empty();
        }
        return replay;
    }

    /** Why a variant the program knows has no count, if it has none for a reason worth saying. */
    public static Optional<String> whyNoCount(String workload, String variant) {
        return Optional.ofNullable(NO_COUNT.getOrDefault(workload, Map.of()).get(variant));
    }

    /** Every variant name with a count for the workload, in a stable order. */
    public static List<String> countedVariants(String workload) {
        return List.copyOf(REPLAYS.getOrDefault(workload, Map.of()).keySet());
    }

    /**
     * Replays a variant's algorithm on an input, untimed.
     *
     * @param input the workload's input record (FibInput, EdgeList, MeanInput)
     * @throws IllegalArgumentException when the variant has no count, or cannot take the input
     *                                  (with the variant's own message), or the count would pass a long
     */
    public static Work trace(String workload, String variant, Object input) {
        Replay replay = replay(workload, variant).orElseThrow(() -> new IllegalArgumentException(
                whyNoCount(workload, variant).orElse("no count for the " + variant + " variant of " + workload)));
        return trace(replay, variant, input);
    }

    private static Work trace(Replay replay, String variant, Object input) {
        return switch (replay) {
            case NAIVE -> naive((EdgeList) input);
            case HASHSET -> hashset((EdgeList) input);
            case FORWARD -> OrientedWork.forward((EdgeList) input);
            case BITSET -> OrientedWork.bitset((EdgeList) input, variant);
            case RECURSIVE -> FibWork.recursive(fibN(input, variant));
            case LOOPED -> FibWork.looped(fibN(input, variant));
            case MEMO -> {
                int n = ((FibInput) input).n();
                Fib.requireMemoFits(n);
                yield FibWork.memo(n);
            }
            case ITERATIVE -> FibWork.iterative(((FibInput) input).n());
            case MEAN -> mean((MeanInput) input);
        };
    }

    /** Java's long variants refuse what a long cannot hold; the friends' recursions are counted as far as a long counts. */
    private static int fibN(Object input, String variant) {
        int n = ((FibInput) input).n();
        if (variant.equals("primitive") || variant.equals("boxed") || variant.equals("looped")
                || variant.equals("primitive-n1-first")) {
            Fib.requireFitsLong(n);
        }
        return n;
    }

    /**
     * {@code comparisons} counts all four membership tests, the neighbour-in-visited test before
     * the far loop included: that is the talk's "list elements examined" (on ego-Facebook
     * 11,364,560,356, the 11.36 billion; the three tests of the far loop alone examine
     * 11,065,353,490). The two parts follow it, so either reading can be checked.
     */
    private static Work naive(EdgeList graph) {
        NaiveWork.Counts c = NaiveWork.count(graph);
        return new Work(c.triangles(), List.of(
                WorkCount.of(OperationKind.COMPARISONS, c.farComparisons() + c.outerComparisons()),
                new WorkCount("comparisons_far_loop", OperationKind.COMPARISONS, c.farComparisons(),
                        "of them, by the three tests of the far-neighbour loop (not in neighbors_visited,"
                                + " not in visited, node in the far neighbour's list)"),
                new WorkCount("comparisons_neighbor_test", OperationKind.COMPARISONS, c.outerComparisons(),
                        "of them, by the neighbour-not-in-visited test before that loop")));
    }

    private static Work hashset(EdgeList graph) {
        NaiveWork.Counts c = NaiveWork.count(graph);
        return new Work(c.triangles(), List.of(WorkCount.of(OperationKind.LOOKUPS, c.lookups())));
    }

    private static Work mean(MeanInput input) {
        float[] data = MeanData.generate(input);
        double sum = 0;
        for (float value : data) {
            sum += value;
        }
        return new Work(sum / data.length, List.of(WorkCount.of(OperationKind.ELEMENTS, data.length)));
    }

    /** Operations per second over a median time, or null when either is missing. */
    public static Double perSecond(Long operations, Long medianNs) {
        if (operations == null || medianNs == null || medianNs <= 0) {
            return null;
        }
        return operations / (medianNs / 1e9);
    }

    /**
     * "11.36 G comparisons, 95.08 M/s": a run's operations and their rate (left out when null),
     * in the unit of the variant's replay.
     */
    public static String describe(String workload, String variant, long operations, Double perSecond) {
        return replay(workload, variant).map(Replay::operation)
                .map(kind -> kind.describe(operations, perSecond))
                .orElseGet(() -> human(operations) + " operations" + (perSecond == null ? "" : ", " + human(perSecond) + "/s"));
    }

    /** 27; 1.612 M; 11.36 G: four significant figures and a decimal prefix past a thousand. */
    public static String human(double value) {
        if (value < 1000) {
            return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                    : String.format(Locale.ROOT, "%.1f", value);
        }
        String prefixes = "kMGTPE";
        int p = -1;
        double v = value;
        while (v >= 999.95 && p < prefixes.length() - 1) {
            v /= 1000;
            p++;
        }
        int decimals = v < 9.9995 ? 3 : v < 99.995 ? 2 : 1;
        return String.format(Locale.ROOT, "%." + decimals + "f %c", v, prefixes.charAt(p));
    }

    private static Names names(Replay replay, String... variants) {
        Names n = new Names();
        for (String v : variants) {
            n.with(v, replay);
        }
        return n;
    }

    /** Builds one workload's table in order. */
    private static final class Names {
        private final Map<String, Replay> map = new LinkedHashMap<>();

        Names with(String variant, Replay replay) {
            map.put(variant, replay);
            return this;
        }

        Map<String, Replay> done() {
            return Collections.unmodifiableMap(map);
        }
    }
}
