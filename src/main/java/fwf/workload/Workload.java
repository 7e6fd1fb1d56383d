package fwf.workload;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A workload of the talk (fib, triangles, mean) with its variants, described as data.
 *
 * @param name       command-line name
 * @param lesson     one sentence on what the workload measures
 * @param sizeMeaning what {@code --size} means for it ("n", "first N nodes", "elements")
 * @param defaultSize the size used when none is given (the talk's size); 0 means "all of the input"
 * @param inputType  the input record its kernels take
 * @param variants   every variant, the first being the default
 * @param reference  the trusted answer for an input, computed by a simple method independent
 *                   of the fast variants, so a fast wrong answer is caught
 * @param agreement  how answers are compared with the reference
 * @param <I>        input type
 */
public record Workload<I>(String name, String lesson, String sizeMeaning, int defaultSize, Class<I> inputType,
                          List<Variant<I>> variants, Function<I, Object> reference, Agreement agreement) {
    public Workload {
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException(name + " has no variants");
        }
        if (variants.stream().map(Variant::name).distinct().count() != variants.size()) {
            throw new IllegalArgumentException(name + " has two variants of the same name");
        }
    }

    public Optional<Variant<I>> variant(String variantName) {
        return variants.stream().filter(v -> v.name().equals(variantName)).findFirst();
    }

    public Variant<I> defaultVariant() {
        return variants.getFirst();
    }

    /**
     * The trusted answer for a variant: its own when it computes over data of its own, else the
     * workload's. A name the catalogue does not know (a friend's {@code numpy}) gets the
     * workload's: same name, same algorithm, so a friend's {@code draw-mean} is checked as Java's.
     */
    public Function<I, Object> referenceFor(String variantName) {
        return variant(variantName).map(Variant::reference).filter(Objects::nonNull).orElse(reference);
    }

    /** The talk's rounds of the variant of that name (0: the adaptive plan), whichever system runs it. */
    public int roundsOf(String variantName) {
        return variant(variantName).map(Variant::rounds).orElse(0);
    }

    public List<String> variantNames() {
        return variants.stream().map(Variant::name).toList();
    }
}
