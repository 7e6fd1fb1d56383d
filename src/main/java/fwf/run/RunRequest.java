package fwf.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the user asked for: one workload, variant, system and size.
 *
 * @param size     the workload's size (fib n, first N nodes, element count); 0 means the default
 * @param graph    edge-list file for triangles, or null for the default input
 * @param jvmFlags extra JVM flags on top of the system's own, recorded with the result
 * @param timeout  the limit for the whole run from its start: loading the input, the caller's
 *                 reference answer and every fork; null for none
 */
public record RunRequest(String workload, String variant, String system, int size, Path graph,
                         Plan plan, List<String> jvmFlags, Duration timeout) {
    public RunRequest {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(plan, "plan");
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** The same request reading another graph file. */
    public RunRequest withGraph(Path other) {
        return new RunRequest(workload, variant, system, size, other, plan, jvmFlags, timeout);
    }

    /** The same request with this timeout. */
    public RunRequest withTimeout(Duration limit) {
        return new RunRequest(workload, variant, system, size, graph, plan, jvmFlags, limit);
    }
}
