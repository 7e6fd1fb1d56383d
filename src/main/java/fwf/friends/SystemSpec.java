package fwf.friends;

import java.util.List;
import java.util.Objects;

/**
 * A system a workload can run on: a JVM configuration or a friend.
 *
 * @param name     command-line name ({@code jvm-c2}, {@code cpython})
 * @param label    for charts and tables ("Java 25, C2")
 * @param lesson   one sentence on what this system shows
 * @param jvmFlags for a JVM system, the flags that make it what it is ({@code -Xint}); empty otherwise
 */
public record SystemSpec(String name, Family family, String label, String lesson, List<String> jvmFlags) {
    public SystemSpec {
        Objects.requireNonNull(name, "name");
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** True when runs go to a forked JVM worker of ours. */
    public boolean isJvm() {
        return family == Family.JVM;
    }
}
