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
 * @param talk     workload name to the variant that replays the talk on this system (for a system
 *                 the talk did not time, the closest one): what the Recap shows by default
 * @param probe    how discovery finds out whether it can run here, and what it needs installed: one
 *                 whose {@link Probe#jvmWorker()} is true exactly for a JVM worker
 */
public record SystemSpec(String name, Family family, String label, String lesson, List<String> jvmFlags,
                         Launch launch, Map<String, List<String>> variants, Map<String, String> talk,
                         Probe probe) {
    public SystemSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(launch, "launch");
        Objects.requireNonNull(probe, "probe");
        jvmFlags = List.copyOf(jvmFlags);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        variants.forEach((workload, names) -> copy.put(workload, List.copyOf(names)));
        // Map.copyOf would lose the order, which is the order lists and charts show.
        variants = java.util.Collections.unmodifiableMap(copy);
        if (launch == Launch.JVM_WORKER && !variants.isEmpty()) {
            throw new IllegalArgumentException(name + ": a JVM worker runs the whole catalogue, list no variants");
        }
        if ((launch == Launch.JVM_WORKER) != probe.jvmWorker()) {
            throw new IllegalArgumentException(name + ": a JVM worker, and only it, is probed as one");
        }
        talk = Map.copyOf(talk);
        for (Map.Entry<String, String> e : talk.entrySet()) {
            if (launch != Launch.JVM_WORKER && !variants.getOrDefault(e.getKey(), List.of()).contains(e.getValue())) {
                throw new IllegalArgumentException(name + ": its talk variant " + e.getKey() + "/" + e.getValue()
                        + " is not one of its variants");
            }
        }
    }

    /** A system found the usual way for its launch: a JVM worker as one, anything else by {@link Probe.Unwritten}. */
    public SystemSpec(String name, Family family, String label, String lesson, List<String> jvmFlags,
                      Launch launch, Map<String, List<String>> variants, Map<String, String> talk) {
        this(name, family, label, lesson, jvmFlags, launch, variants, talk, defaultProbe(launch));
    }

    /** A system whose talk variant for each workload is its first one, found by {@code probe}. */
    public SystemSpec(String name, Family family, String label, String lesson, List<String> jvmFlags,
                      Launch launch, Map<String, List<String>> variants, Probe probe) {
        this(name, family, label, lesson, jvmFlags, launch, variants, firstOfEach(variants), probe);
    }

    /** A system whose talk variant for each workload is its first one. */
    public SystemSpec(String name, Family family, String label, String lesson, List<String> jvmFlags,
                      Launch launch, Map<String, List<String>> variants) {
        this(name, family, label, lesson, jvmFlags, launch, variants, firstOfEach(variants));
    }

    /** A JVM tier: a forked worker with these flags, running every variant of the catalogue. */
    public SystemSpec(String name, Family family, String label, String lesson, List<String> jvmFlags) {
        this(name, family, label, lesson, jvmFlags, Launch.JVM_WORKER, Map.of(), Map.of());
    }

    /** A JVM tier whose talk variants are these catalogue variants. */
    public SystemSpec(String name, Family family, String label, String lesson, List<String> jvmFlags,
                      Map<String, String> talk) {
        this(name, family, label, lesson, jvmFlags, Launch.JVM_WORKER, Map.of(), talk);
    }

    /** The variant that replays the talk on this system, if it has one for this workload. */
    public java.util.Optional<String> talkVariant(String workload) {
        return java.util.Optional.ofNullable(talk.get(workload));
    }

    private static Probe defaultProbe(Launch launch) {
        return launch == Launch.JVM_WORKER ? new Probe.JvmWorker() : new Probe.Unwritten();
    }

    private static Map<String, String> firstOfEach(Map<String, List<String>> variants) {
        Map<String, String> first = new LinkedHashMap<>();
        variants.forEach((workload, names) -> {
            if (!names.isEmpty()) {
                first.put(workload, names.getFirst());
            }
        });
        return first;
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

    /** Its name, as people and command lines write it ("jvm-c2"). */
    @Override
    public String toString() {
        return name;
    }
}
