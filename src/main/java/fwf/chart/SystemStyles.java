package fwf.chart;

import fwf.friends.Family;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;

import java.util.List;
import java.util.Optional;

/**
 * What a chart needs to know of the systems: a label to print and a colour slot. A system's
 * shade is its position among the known systems of its family, so a system keeps its colour
 * from one chart to the next whatever else is drawn beside it.
 *
 * @param known every system the chart may meet, in catalogue order (slowest first for the JVM
 *              ladder, which makes its shades run from light to dark)
 */
public record SystemStyles(List<SystemSpec> known) {
    public SystemStyles {
        known = List.copyOf(known);
    }

    /** The program's own catalogue. */
    public static SystemStyles standard() {
        return new SystemStyles(Systems.all());
    }

    public Optional<SystemSpec> find(String system) {
        return known.stream().filter(s -> s.name().equals(system)).findFirst();
    }

    /** "Java C2 (tiered)" for {@code jvm-c2}; an unknown system shows its own name. */
    public String label(String system) {
        return find(system).map(SystemSpec::label).filter(l -> !l.isBlank()).orElse(system);
    }

    /** Empty for a system the catalogue does not know (drawn in a neutral grey). */
    public Optional<Family> family(String system) {
        return find(system).map(SystemSpec::family);
    }

    /** The system's index among the known systems of its family, and how many there are. */
    public Shade shade(String system) {
        Optional<SystemSpec> spec = find(system);
        if (spec.isEmpty()) {
            // Unknown systems still get a stable slot of the grey ramp.
            return new Shade(Math.floorMod(system.hashCode(), 4), 4);
        }
        List<SystemSpec> family = known.stream().filter(s -> s.family() == spec.get().family()).toList();
        return new Shade(family.indexOf(spec.get()), family.size());
    }

    /** Slot {@code index} of {@code count} shades of one hue. */
    public record Shade(int index, int count) {
    }
}
