package fwf.jmh;

import fwf.workload.Computation;
import fwf.workload.Variant;
import fwf.workload.Workload;

/**
 * Turns a variant name from a {@code @Param} into a ready computation, the way our own worker
 * does: look it up in the catalogue, prepare it (load, never timed), and check one answer
 * against the workload's reference before JMH times anything, so a fast wrong kernel fails
 * the benchmark instead of posting a score.
 */
final class Prepared {
    private Prepared() {
    }

    /**
     * @throws IllegalArgumentException for a variant the catalogue does not know, naming the known ones
     * @throws IllegalStateException    when the variant's answer disagrees with the reference
     */
    static <I> Computation verified(Workload<I> workload, String variantName, I input) {
        Variant<I> variant = workload.variant(variantName).orElseThrow(() -> new IllegalArgumentException(
                "unknown variant '" + variantName + "' of " + workload.name() + ": choose one of "
                        + String.join(", ", workload.variantNames())));
        Computation computation = variant.kernel().prepare(input);
        Object expected = workload.reference().apply(input);
        Object actual = computation.run();
        if (!workload.agreement().agrees(expected, actual)) {
            throw new IllegalStateException(workload.name() + " " + variantName + " answered " + actual
                    + ", expected " + expected);
        }
        return computation;
    }
}
