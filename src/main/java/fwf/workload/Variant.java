package fwf.workload;

import java.util.Objects;

/**
 * A named way of computing a workload, with the one sentence it teaches.
 *
 * @param name   short, command-line friendly, unique within its workload ({@code naive-boxed})
 * @param lesson one sentence on what this variant shows
 * @param kernel the implementation
 * @param <I>    the workload's input type
 */
public record Variant<I>(String name, String lesson, Kernel<I> kernel) {
    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(kernel, "kernel");
    }
}
