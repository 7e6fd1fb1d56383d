package fwf.run;

import java.time.Instant;
import java.util.List;

/**
 * Where a result was measured, recorded with it so that numbers from different machines,
 * JVMs or flags are never silently compared.
 */
public record Environment(String system, String systemVersion, String jvmVersion, List<String> jvmFlags,
                          String cpu, int cores, String os, Instant time, String projectVersion) {
    public Environment {
        jvmFlags = List.copyOf(jvmFlags);
    }
}
