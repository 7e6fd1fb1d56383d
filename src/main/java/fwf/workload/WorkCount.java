package fwf.workload;

import java.util.Objects;

/**
 * One count of an algorithm's work, such as 11.36 billion comparisons.
 *
 * @param name    its name in JSON and on the command line: the kind's key for the variant's own
 *                operation ({@code comparisons}), a longer one for a part of it
 *                ({@code comparisons_far_loop})
 * @param kind    the unit counted
 * @param value   how many, at least 0
 * @param meaning what exactly was counted, in a phrase
 */
public record WorkCount(String name, OperationKind kind, long value, String meaning) {
    public WorkCount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(meaning, "meaning");
        if (value < 0) {
            throw new IllegalArgumentException(name + " < 0: " + value);
        }
    }

    /** The variant's own operation, named by its kind. */
    static WorkCount of(OperationKind kind, long value) {
        return new WorkCount(kind.key(), kind, value, kind.meaning());
    }
}
