package fwf.chart;

import fwf.run.RunRequest;
import fwf.workload.Catalogue;
import fwf.workload.Naming;
import fwf.workload.Workload;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * Names one bar: a system running a variant of a workload at one size. A re-run of the same key
 * replaces the bar in place; a different size or graph is a different bar in another group.
 *
 * @param workload the workload's name ({@code fib})
 * @param size     the size; 0 (the workload's default) is replaced by the catalogue's default
 *                 size, so "fib" asked at size 0 and at size 40 is the same bar
 * @param graph    the edge-list file's name for triangles, null for the default input
 * @param system   the system's name ({@code jvm-c2}, {@code cpython})
 * @param variant  the variant's name ({@code primitive})
 */
public record BarKey(String workload, int size, String graph, String system, String variant)
        implements Comparable<BarKey> {

    private static final Comparator<BarKey> ORDER = Comparator.comparing(BarKey::workload)
            .thenComparingInt(BarKey::size)
            .thenComparing(BarKey::graph, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BarKey::system)
            .thenComparing(BarKey::variant);

    public BarKey {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(variant, "variant");
        if (size == 0) {
            size = Catalogue.workload(workload).map(Workload::defaultSize).orElse(0);
        }
    }

    /** The bar a request's result goes to. */
    public static BarKey of(RunRequest request) {
        Path graph = request.graph();
        String graphName = graph == null || graph.getFileName() == null ? null : graph.getFileName().toString();
        return new BarKey(request.workload().name(), request.size(), graphName, request.system().name(),
                request.variant());
    }

    /**
     * The group this bar is drawn in, as people write it and its workload names it: "fib(40)",
     * "triangles (4,039 nodes)", "triangles (facebook_combined.txt)", "mean (10,000,000)"; a
     * workload this version does not know, by its name and size.
     */
    public String workloadTitle() {
        return Catalogue.workload(workload).map(w -> w.naming().bar().of(size, graph))
                .orElseGet(() -> size > 0 ? workload + " (" + Naming.grouped(size) + ")" : workload);
    }

    @Override
    public int compareTo(BarKey other) {
        return ORDER.compare(this, other);
    }
}
