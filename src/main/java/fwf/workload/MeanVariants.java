package fwf.workload;

import java.util.List;

/**
 * The variants of {@code mean}, the default first. The mean-only variants generate the data in
 * their prepare step (so generation is reported as load, apart from the mean), and the boxed
 * variant boxes it there too: one {@link Computation#run()} is one mean over the data. The last,
 * {@code draw-mean}, is the talk's own: one run draws the numbers and averages them, and it is
 * measured as the talk did, five rounds with no warm-up, unless the user gives counts.
 */
final class MeanVariants {
    /** The talk timed five rounds of its mean, all of them, the first one included. */
    static final int TALK_ROUNDS = 5;

    /** 100 million float32 values are 400 MB in the worker: past that the heap, not the CPU, is measured. */
    static final int MAX = 100_000_000;

    private MeanVariants() {
    }

    /** mean, every facet in one place. */
    static Workload<MeanInput> workload() {
        return new Workload<>("mean",
                "The mean of float32 data, the talk's NumPy example: boxing, loops, streams and SIMD.",
                SizeRule.upTo("elements", "elements", MeanInput.DEFAULT_SIZE, MAX, 1_000_000),
                MeanInput.class,
                // The data itself is generated in the variant's prepare step, so it is timed as load there.
                new InputSource.Sized<>(n -> new MeanInput(n, MeanInput.DEFAULT_SEED),
                        n -> String.format(java.util.Locale.ROOT, "%,d float32 values, seed %d", n, MeanInput.DEFAULT_SEED)),
                all(), MeanVariants::reference, Agreement.RELATIVE_1E6,
                new Naming((size, graph) -> "mean (" + Naming.count(size) + ")",
                        (size, graph) -> "mean (" + Naming.count(size) + ")",
                        (size, graph) -> Naming.count(size) + " float32"),
                Counts.of(Replay.MEAN, "loop", "boxed", "stream", "vector", "parallel", "numpy")
                        .uncounted("draw-mean", "draw-mean's rounds draw their numbers as well as sum them, and no"
                                + " replay counts the drawing; the mean variants count the values they sum")
                        .done(),
                List.of("loop", "parallel", "vector"));
    }

    static List<Variant<MeanInput>> all() {
        return List.of(
                new Variant<>("loop",
                        "A plain loop over a float[] into a double accumulator: the JIT turns it into tight machine code, and memory bandwidth is the limit.",
                        input -> {
                            float[] data = MeanData.generate(input);
                            return () -> Mean.loop(data);
                        }),
                new Variant<>("boxed",
                        "The same sum over an ArrayList<Float>, one object per value like a Python list of floats: pointer chasing and unboxing instead of a straight read.",
                        input -> {
                            List<Float> data = Mean.box(MeanData.generate(input));
                            return () -> Mean.boxed(data);
                        }),
                new Variant<>("stream",
                        "An IntStream over the indices mapped to double: the JIT inlines the lambdas, and average() pays a little extra for compensated summation.",
                        input -> {
                            float[] data = MeanData.generate(input);
                            return () -> Mean.stream(data);
                        }),
                new Variant<>("vector",
                        "The Vector API adds a whole SIMD register of floats per instruction (SPECIES_PREFERRED), as NumPy's C loops do.",
                        input -> {
                            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                                throw new IllegalArgumentException(
                                        "the vector variant needs the JVM option --add-modules=jdk.incubator.vector");
                            }
                            float[] data = MeanData.generate(input);
                            return () -> VectorMean.mean(data);
                        }),
                new Variant<>("parallel",
                        "Chunks summed on every core with fork/join and their partial sums added in order: more cores help only as far as memory bandwidth allows.",
                        input -> {
                            float[] data = MeanData.generate(input);
                            return () -> Mean.parallel(data);
                        }),
                new Variant<>("draw-mean",
                        "The talk's NumPy example as one timed round: draw the uniform doubles (SplitMix64 from seed 42, the Python friends' stream too), convert each to float32 and average them into a double, every round from the same seed so every round's answer is the same and verified; run as the talk, five rounds and no warm-up.",
                        input -> () -> DrawMean.mean(input), DrawMean::reference, TALK_ROUNDS));
    }

    static Object reference(MeanInput input) {
        return Mean.compensated(input); // value by value: the caller holds no array
    }
}
