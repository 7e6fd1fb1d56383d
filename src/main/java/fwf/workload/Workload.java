package fwf.workload;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A workload of the talk (fib, triangles, mean) with its variants and every facet the rest of the
 * program needs, described as data in one place: the command line, the runner, the worker, the
 * charts, the Recap and the window read these instead of switching on the workload's name.
 *
 * @param name           command-line name
 * @param lesson         one sentence on what the workload measures
 * @param sizeRule       what {@code --size} means, its default and bounds, the size field's label
 * @param inputType      the input record its kernels take
 * @param input          how the input is built from the size (or read from a graph)
 * @param variants       every variant, the first being the default
 * @param reference      the trusted answer for an input, computed by a simple method independent
 *                       of the fast variants, so a fast wrong answer is caught
 * @param agreement      how answers are compared with the reference
 * @param naming         how charts and tables title it at a size
 * @param counts         which replay counts each variant's work ({@code ./fwf trace}, operations per second)
 * @param nativeVariants the variants the native kernel library implements (the C and Rust
 *                       friends' {@code fwf_kernels}, called through FFM by ffm-c and ffm-rust)
 * @param <I>            input type
 */
public record Workload<I>(String name, String lesson, SizeRule sizeRule, Class<I> inputType, InputSource<I> input,
                          List<Variant<I>> variants, Function<I, Object> reference, Agreement agreement,
                          Naming naming, Counts counts, List<String> nativeVariants) {
    public Workload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sizeRule, "sizeRule");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(counts, "counts");
        nativeVariants = List.copyOf(nativeVariants);
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException(name + " has no variants");
        }
        if (variants.stream().map(Variant::name).distinct().count() != variants.size()) {
            throw new IllegalArgumentException(name + " has two variants of the same name");
        }
    }

    /** What {@code --size} means for it ("n", "first N nodes in file order (default: all)", "elements"). */
    public String sizeMeaning() {
        return sizeRule.meaning();
    }

    /** The size used when none is given (the talk's size); 0 means "all of the input". */
    public int defaultSize() {
        return sizeRule.defaultSize();
    }

    /** True when its input is a graph's edge list, read from a file that every friend is handed. */
    public boolean readsGraph() {
        return input instanceof InputSource.GraphFile;
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

    /** Its name, as people and command lines write it ("fib"). */
    @Override
    public String toString() {
        return name;
    }
}
