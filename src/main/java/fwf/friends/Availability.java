package fwf.friends;

import java.util.Map;
import java.util.Objects;

/**
 * Whether a system can run here, and if not, exactly why.
 *
 * @param system              the system's name ({@code cpython})
 * @param available           true when it can run
 * @param version             what it is ("CPython 3.11.7", "Cython 0.29.32 on CPython 3.11.2"),
 *                            as its own {@code started} line says; empty when unknown
 * @param reason              when unavailable, the concrete cause ("pypy3: command not found",
 *                            "cython build failed: ..."); empty when available
 * @param interpreter         for the Python friends, the interpreter that runs it (an extension
 *                            module only imports under the one it was built for); empty otherwise
 * @param unavailableVariants "workload/variant" to the reason that variant cannot run although
 *                            the system can ({@code mean/numpy} where NumPy does not import)
 */
public record Availability(String system, boolean available, String version, String reason, String interpreter,
                           Map<String, String> unavailableVariants) {
    public Availability {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(interpreter, "interpreter");
        unavailableVariants = Map.copyOf(unavailableVariants);
        if (available != reason.isEmpty()) {
            throw new IllegalArgumentException(system + ": an unavailable system needs a reason, and only it");
        }
    }

    public static Availability unavailable(String system, String reason) {
        return new Availability(system, false, "", reason, "", Map.of());
    }

    /** Why {@code workload/variant} cannot run here, or empty when it can (as far as this system goes). */
    public String variantProblem(String workload, String variant) {
        return unavailableVariants.getOrDefault(workload + "/" + variant, "");
    }
}
