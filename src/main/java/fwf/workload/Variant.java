package fwf.workload;

import java.util.Objects;
import java.util.function.Function;

/**
 * A named way of computing a workload, with the one sentence it teaches.
 *
 * @param name      short, command-line friendly, unique within its workload ({@code naive-boxed})
 * @param lesson    one sentence on what this variant shows
 * @param kernel    the implementation
 * @param reference the trusted answer when this variant computes over other data than the
 *                  workload's (the talk's mean draws its own numbers), null to use the workload's
 * @param rounds    0 to let the runner adapt the plan to the kernel's cost; n > 0 to replay the
 *                  talk's protocol when the user gives no counts: n measured rounds, no warm-up
 * @param <I>       the workload's input type
 */
public record Variant<I>(String name, String lesson, Kernel<I> kernel, Function<I, Object> reference, int rounds) {
    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(kernel, "kernel");
        if (rounds < 0) {
            throw new IllegalArgumentException(name + ": rounds must be >= 0, got " + rounds);
        }
    }

    /** A variant over the workload's own data, measured with the adaptive plan. */
    public Variant(String name, String lesson, Kernel<I> kernel) {
        this(name, lesson, kernel, null, 0);
    }
}
