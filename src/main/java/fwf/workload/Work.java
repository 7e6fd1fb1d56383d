package fwf.workload;

import java.util.List;

/**
 * What an instrumented replay found: the answer, computed by the replay itself, and the work
 * the algorithm did to get it.
 *
 * @param answer the answer (a Long triangle count, a BigInteger Fibonacci number, a Double mean)
 * @param counts the counts, the variant's own operation first; the rest break it down or count
 *               it another way
 */
public record Work(Object answer, List<WorkCount> counts) {
    public Work {
        counts = List.copyOf(counts);
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("a replay counts at least one operation");
        }
    }

    /** The variant's own operation: what {@code operations} means in a run's results. */
    public WorkCount operations() {
        return counts.getFirst();
    }
}
