package fwf.workload;

/**
 * An instrumented replay of {@link Operations}: one per algorithm, shared by every variant and
 * every system that runs that algorithm (Java's {@code naive-primitive}, CPython's {@code naive}
 * and Cython's {@code typed} are one replay), each with the operation it counts. A workload names
 * its replays in its {@link Counts}; one with an algorithm of its own brings its own replay.
 */
public final class Replay {
    /** Counts the work of a variant of this algorithm on an input, untimed. */
    @FunctionalInterface
    public interface Trace {
        /**
         * @param input   the workload's input record
         * @param variant the variant's name, for a variant whose answer has limits of its own
         * @throws IllegalArgumentException when the variant cannot take the input
         */
        Work of(Object input, String variant);
    }

    /** The talk's naive triangle count: list elements examined by its membership tests. */
    public static final Replay NAIVE = new Replay("NAIVE", OperationKind.COMPARISONS,
            (input, variant) -> Operations.naive((EdgeList) input));
    /** The naive count on hash sets iterated in list order: one lookup per membership test. */
    public static final Replay HASHSET = new Replay("HASHSET", OperationKind.LOOKUPS,
            (input, variant) -> Operations.hashset((EdgeList) input));
    /** {@link ForwardTriangles}: steps of its sorted merges. */
    public static final Replay FORWARD = new Replay("FORWARD", OperationKind.MERGE_STEPS,
            (input, variant) -> OrientedWork.forward((EdgeList) input));
    /** {@link BitsetTriangles}, scalar or on vectors: 64-bit words ANDed. */
    public static final Replay BITSET = new Replay("BITSET", OperationKind.WORDS,
            (input, variant) -> OrientedWork.bitset((EdgeList) input, variant));
    /**
     * {@link ParallelTriangles}: the bit rows' words, on a graph where it runs them. Its own
     * replay, since on a graph too sparse or too big for bit rows it runs forward's merge, and
     * bitset's count of that graph would not be its work.
     */
    public static final Replay PARALLEL = new Replay("PARALLEL", OperationKind.WORDS, (input, variant) -> {
        EdgeList graph = (EdgeList) input;
        if (!ParallelTriangles.runsBitRows(graph)) {
            throw new IllegalArgumentException(variant + " runs the forward kernel on this graph, not bit rows,"
                    + " so its work is forward's merge steps: trace the forward variant");
        }
        return OrientedWork.bitset(graph, variant);
    });
    /** The naive recursive fib, in either order of its calls: calls. */
    public static final Replay RECURSIVE = new Replay("RECURSIVE", OperationKind.CALLS,
            (input, variant) -> FibWork.recursive(FibVariants.countable((FibInput) input, variant)));
    /** {@link Fib#looped}: calls. */
    public static final Replay LOOPED = new Replay("LOOPED", OperationKind.CALLS,
            (input, variant) -> FibWork.looped(FibVariants.countable((FibInput) input, variant)));
    /** {@link Fib#memo}: additions. */
    public static final Replay MEMO = new Replay("MEMO", OperationKind.ADDITIONS, (input, variant) -> {
        int n = ((FibInput) input).n();
        Fib.requireMemoFits(n);
        return FibWork.memo(n);
    });
    /** {@link Fib#iterative}: additions. */
    public static final Replay ITERATIVE = new Replay("ITERATIVE", OperationKind.ADDITIONS,
            (input, variant) -> FibWork.iterative(((FibInput) input).n()));
    /** Any mean over the data: values summed. */
    public static final Replay MEAN = new Replay("MEAN", OperationKind.ELEMENTS,
            (input, variant) -> Operations.mean((MeanInput) input));

    private final String name;
    private final OperationKind operation;
    private final Trace trace;

    /**
     * @param name      the algorithm's name, in capitals; it keys the counts kept on disk
     * @param operation what the replay counts
     * @param trace     the replay itself
     */
    public Replay(String name, OperationKind operation, Trace trace) {
        this.name = name;
        this.operation = operation;
        this.trace = trace;
    }

    public String name() {
        return name;
    }

    /** What {@code operations} counts for the variants of this replay. */
    public OperationKind operation() {
        return operation;
    }

    Work trace(Object input, String variant) {
        return trace.of(input, variant);
    }

    @Override
    public String toString() {
        return name;
    }
}
