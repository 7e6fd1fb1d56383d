package fwf.friends;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A system a workload can run on: a JVM configuration or a friend.
 *
 * @param name     command-line name ({@code jvm-c2}, {@code cpython})
 * @param label    for charts and tables ("Java 25, C2")
 * @param lesson   one sentence on what this system shows
 * @param jvmFlags for a JVM system, the flags that make it what it is ({@code -Xint}); empty otherwise
 * @param launch   how its runs are started
 * @param variants for friends and FFM, workload name to the variants the system implements, in
 *                 display order; empty for a JVM worker, which runs every variant of
 *                 {@code fwf.workload.Catalogue}
 */
public record SystemSpec(String name, Family family, String label, String lesson, List<String> jvmFlags,
                         Launch launch, Map<String, List<String>> variants) {
    public SystemSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(launch, "launch");
        jvmFlags = List.copyOf(jvmFlags);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        variants.forEach((workload, names) -> copy.put(workload, List.copyOf(names)));
        // Map.copyOf would lose the order, which is the order lists and charts show.
        variants = java.util.Collections.unmodifiableMap(copy);
        if (launch == Launch.JVM_WORKER && !variants.isEmpty()) {
            throw new IllegalArgumentException(name + ": a JVM worker runs the whole catalogue, list no variants");
        }
    }

    /** A JVM tier: a forked worker with these flags, running every variant of the catalogue. */
    public SystemSpec(String name, Family family, String label, String lesson, List<String> jvmFlags) {
        this(name, family, label, lesson, jvmFlags, Launch.JVM_WORKER, Map.of());
    }

    /** True when runs go to a forked JVM worker of ours. */
    public boolean isJvm() {
        return family == Family.JVM;
    }

    /**
     * The variants this friend implements for a workload, empty when it has none. Not for JVM
     * workers, whose variants are the catalogue's.
     */
    public List<String> variantsOf(String workload) {
        return variants.getOrDefault(workload, List.of());
    }

    /** True when the friend implements the variant; for a JVM worker, always (the catalogue decides). */
    public boolean implementsVariant(String workload, String variant) {
        return launch == Launch.JVM_WORKER || variantsOf(workload).contains(variant);
    }
}
