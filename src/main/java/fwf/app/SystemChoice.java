package fwf.app;

import fwf.friends.SystemSpec;

import java.util.Objects;

/**
 * A system as the control panel offers it: available, or greyed out with the reason.
 *
 * @param unavailableReason null when the system can run here; else one sentence for the
 *                          tooltip ("pypy3 is not on the PATH: apt-get install pypy3")
 */
public record SystemChoice(SystemSpec spec, String unavailableReason) {
    public SystemChoice {
        Objects.requireNonNull(spec, "spec");
    }

    public boolean available() {
        return unavailableReason == null;
    }

    public String name() {
        return spec.name();
    }
}
