package fwf.friends;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds what a friend implements, workload by workload, in display order:
 * {@code VariantTable.of("fib", "recursive").and("triangles", "naive", "forward").done()}. A new
 * workload is one more {@code and} for each friend that runs it, so no helper's signature
 * changes with the catalogue.
 */
final class VariantTable {
    private final Map<String, List<String>> variants = new LinkedHashMap<>();

    private VariantTable() {
    }

    static VariantTable of(String workload, String... names) {
        return new VariantTable().and(workload, names);
    }

    VariantTable and(String workload, String... names) {
        if (variants.containsKey(workload)) {
            throw new IllegalArgumentException(workload + " is listed twice");
        }
        variants.put(workload, List.of(names));
        return this;
    }

    Map<String, List<String>> done() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(variants));
    }
}
