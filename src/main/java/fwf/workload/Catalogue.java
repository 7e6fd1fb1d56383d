package fwf.workload;

import java.util.List;
import java.util.Optional;

/**
 * Every workload and variant the program knows, in one place: the command line, the worker
 * and the window all read this list instead of switching on names.
 */
public final class Catalogue {
    public static final Workload<FibInput> FIB = new Workload<>(
            "fib", "Naive recursive Fibonacci: almost nothing but calls and additions, so it measures call overhead and arithmetic.",
            "n", 40, FibInput.class, FibVariants.all(), FibVariants::reference, Agreement.EXACT);

    public static final Workload<EdgeList> TRIANGLES = new Workload<>(
            "triangles", "Count the triangles of a social network: memory access, lookups and the choice of algorithm.",
            "first N nodes in file order (default: all)", 0, EdgeList.class, TriangleVariants.all(),
            TriangleVariants::reference, Agreement.EXACT);

    public static final Workload<MeanInput> MEAN = new Workload<>(
            "mean", "The mean of float32 data, the talk's NumPy example: boxing, loops, streams and SIMD.",
            "elements", MeanInput.DEFAULT_SIZE, MeanInput.class, MeanVariants.all(),
            MeanVariants::reference, Agreement.RELATIVE_1E6);

    private static final List<Workload<?>> ALL = List.of(FIB, TRIANGLES, MEAN);

    private Catalogue() {
    }

    public static List<Workload<?>> workloads() {
        return ALL;
    }

    public static Optional<Workload<?>> workload(String name) {
        return ALL.stream().filter(w -> w.name().equals(name)).findFirst();
    }
}
