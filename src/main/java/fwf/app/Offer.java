package fwf.app;

import fwf.friends.Launch;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.workload.Catalogue;
import fwf.workload.Variant;
import fwf.workload.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * Which variants the window offers for a workload, and which system runs which. The JVM runs
 * the catalogue's variants; a friend runs its own (CPython's "recursive" is the talk's fib,
 * the algorithm Java's primitive, boxed and dynamic variants share), so the picker lists both
 * and a run is queued only where the system has the variant.
 */
final class Offer {
    private Offer() {
    }

    /** The catalogue's variants first, then the friends' names it does not have. */
    static List<String> variants(Workload<?> w) {
        List<String> names = new ArrayList<>(w.variantNames());
        Systems.VARIANTS.stream().filter(v -> v.workload().equals(w.name())).map(Systems.FriendVariant::name)
                .filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }

    static String lesson(Workload<?> w, String variant) {
        return w.variant(variant).map(Variant::lesson)
                .or(() -> Systems.variant(w.name(), variant).map(Systems.FriendVariant::lesson))
                .orElse("");
    }

    /** True when {@code system} has {@code variant} of {@code w}. */
    static boolean runs(SystemSpec system, Workload<?> w, String variant) {
        return system.launch() == Launch.JVM_WORKER ? w.variant(variant).isPresent()
                : system.implementsVariant(w.name(), variant);
    }

    /** The systems by name, unknown names skipped. */
    static List<SystemSpec> specs(List<String> names) {
        return names.stream().flatMap(n -> Systems.find(n).stream()).toList();
    }

    /** True for a workload the catalogue knows by that name. */
    static boolean known(String workload) {
        return Catalogue.workload(workload).isPresent();
    }
}
