package fwf.app;

import fwf.friends.SystemSpec;
import fwf.friends.Systems;

import java.util.List;

/**
 * Which systems can run here, and why not when they cannot. Looking a friend up may start a
 * process (python3 --version), so the window asks once, off the FX thread.
 */
@FunctionalInterface
public interface SystemAvailability {
    /** The known systems in catalogue order, each with its verdict. */
    List<SystemChoice> discover();

    /**
     * The JVM tiers always run (they are this JDK); any other system needs a launcher the
     * engine does not have yet, and says so rather than failing at run time.
     */
    static SystemAvailability jvmOnly() {
        return () -> Systems.all().stream()
                .map(s -> new SystemChoice(s, s.isJvm() ? null : "no launcher for " + s.label() + " yet"))
                .toList();
    }

    /** Every system offered as it is, for tests. */
    static SystemAvailability of(List<SystemSpec> systems) {
        return () -> systems.stream().map(s -> new SystemChoice(s, null)).toList();
    }
}
