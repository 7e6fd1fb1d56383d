package fwf.workload;

/**
 * The instrumented replays of {@link Operations}: one per algorithm, shared by every variant and
 * every system that runs that algorithm (Java's {@code naive-primitive}, CPython's {@code naive}
 * and Cython's {@code typed} are one replay), each with the operation it counts.
 */
public enum Replay {
    /** The talk's naive triangle count: list elements examined by its membership tests. */
    NAIVE(OperationKind.COMPARISONS),
    /** The naive count on hash sets iterated in list order: one lookup per membership test. */
    HASHSET(OperationKind.LOOKUPS),
    /** {@link ForwardTriangles}: steps of its sorted merges. */
    FORWARD(OperationKind.MERGE_STEPS),
    /** {@link BitsetTriangles}, alone or split over threads: 64-bit words ANDed. */
    BITSET(OperationKind.WORDS),
    /** The naive recursive fib, in either order of its calls: calls. */
    RECURSIVE(OperationKind.CALLS),
    /** {@link Fib#looped}: calls. */
    LOOPED(OperationKind.CALLS),
    /** {@link Fib#memo}: additions. */
    MEMO(OperationKind.ADDITIONS),
    /** {@link Fib#iterative}: additions. */
    ITERATIVE(OperationKind.ADDITIONS),
    /** Any mean over the data: values summed. */
    MEAN(OperationKind.ELEMENTS);

    private final OperationKind operation;

    Replay(OperationKind operation) {
        this.operation = operation;
    }

    /** What {@code operations} counts for the variants of this replay. */
    public OperationKind operation() {
        return operation;
    }
}
