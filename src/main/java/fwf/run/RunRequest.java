package fwf.run;

import fwf.friends.Launch;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.workload.Catalogue;
import fwf.workload.Workload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the user asked for: one workload, variant, system and size, resolved once at the edge
 * (the command line, the window, a journal record) so that nothing downstream looks a name up
 * again or meets one it does not know.
 *
 * <p>The variant stays a name: the same name is the same algorithm on every system ({@code naive}
 * in CPython, C and Rust), and only the worker binds it to code (a catalogue kernel on the JVM, a
 * function of the friend's program). A request made from a user's words is checked against what
 * the system runs ({@link #resolve}); one read back from the journal keeps the variant it
 * recorded, even one this version has renamed, so no result is lost from the window ({@link
 * #ofNames}); the launchers refuse a variant the system does not run before any worker starts.
 *
 * @param workload the workload
 * @param variant  the variant's name
 * @param system   the system
 * @param size     the workload's size (fib n, first N nodes, element count); 0 means the default
 * @param graph    edge-list file for a workload that reads one, or null for the default input
 * @param jvmFlags extra JVM flags on top of the system's own, recorded with the result
 * @param timeout  the limit for the whole run from its start: loading the input, the caller's
 *                 reference answer and every fork; null for none
 */
public record RunRequest(Workload<?> workload, String variant, SystemSpec system, int size, Path graph,
                         Plan plan, List<String> jvmFlags, Duration timeout) {
    public RunRequest {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(plan, "plan");
        jvmFlags = List.copyOf(jvmFlags);
    }

    /**
     * Resolves names as a user gives them: every name must be known, and the variant one the
     * system runs for the workload.
     *
     * @param variant null for the system's first variant of the workload
     * @throws IllegalArgumentException for a name that is not known, with the known ones
     */
    public static RunRequest resolve(String workload, String variant, String system, int size, Path graph,
                                     Plan plan, List<String> jvmFlags, Duration timeout) {
        Workload<?> w = workload(workload);
        SystemSpec s = system(system);
        return new RunRequest(w, checkedVariant(w, s, variant), s, size, graph, plan, jvmFlags, timeout);
    }

    /**
     * Resolves a recorded run: the workload and system must be known, the variant is kept as
     * recorded.
     *
     * @throws IllegalArgumentException for a workload or system this version does not know
     */
    public static RunRequest ofNames(String workload, String variant, String system, int size, Path graph,
                                     Plan plan, List<String> jvmFlags, Duration timeout) {
        return new RunRequest(workload(workload), variant, system(system), size, graph, plan, jvmFlags, timeout);
    }

    /**
     * The named variant if the system runs it for the workload, or its first when none is named.
     *
     * @throws IllegalArgumentException when the system runs no such variant, with the ones it runs
     */
    public static String checkedVariant(Workload<?> workload, SystemSpec system, String asked) {
        List<String> known = variantsOf(workload, system);
        if (known.isEmpty()) {
            throw new IllegalArgumentException(system.name() + " does not run " + workload.name());
        }
        if (asked == null) {
            return known.getFirst();
        }
        if (!known.contains(asked)) {
            throw new IllegalArgumentException("unknown variant '" + asked + "' of " + workload.name() + " on "
                    + system.name() + ": choose one of " + String.join(", ", known));
        }
        return asked;
    }

    /** The workload of that name, or a message that lists the known ones. */
    public static Workload<?> workload(String name) {
        return Catalogue.workload(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown workload '" + name + "': choose one of "
                        + String.join(", ", Catalogue.workloads().stream().map(Workload::name).toList())));
    }

    /** The system of that name, or a message that lists the known ones. */
    public static SystemSpec system(String name) {
        return Systems.find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown system '" + name + "': choose one of " + String.join(", ", Systems.names())));
    }

    /** The variants a system runs for a workload: the catalogue's on a JVM worker, the friend's own otherwise. */
    public static List<String> variantsOf(Workload<?> workload, SystemSpec system) {
        return system.launch() == Launch.JVM_WORKER ? workload.variantNames() : system.variantsOf(workload.name());
    }

    /** The same request reading another graph file. */
    public RunRequest withGraph(Path other) {
        return new RunRequest(workload, variant, system, size, other, plan, jvmFlags, timeout);
    }

    /** The same request with this timeout. */
    public RunRequest withTimeout(Duration limit) {
        return new RunRequest(workload, variant, system, size, graph, plan, jvmFlags, limit);
    }

    /** The same request at this size (the size a default resolved to). */
    public RunRequest withSize(int resolved) {
        return new RunRequest(workload, variant, system, resolved, graph, plan, jvmFlags, timeout);
    }
}
