package fwf.workload;

import java.util.List;
import java.util.Optional;

/**
 * Every workload the program knows: the command line, the worker and the window all read this
 * list instead of switching on names. Each workload's facets are defined beside its variants
 * ({@code FibVariants.workload()}...); adding one is a line here.
 */
public final class Catalogue {
    public static final Workload<FibInput> FIB = FibVariants.workload();
    public static final Workload<EdgeList> TRIANGLES = TriangleVariants.workload();
    public static final Workload<MeanInput> MEAN = MeanVariants.workload();

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
