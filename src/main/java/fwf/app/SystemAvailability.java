package fwf.app;

import fwf.friends.Availability;
import fwf.friends.Friends;
import fwf.friends.Launch;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;

import java.util.List;

/**
 * Which systems can run here, and why not when they cannot. Looking a friend up may start a
 * process or build it (PyO3's first build takes half a minute), so the window shows
 * {@link #known()} at once and asks {@link #discover()} off the FX thread.
 */
@FunctionalInterface
public interface SystemAvailability {
    String LOOKING = "still looking for it...";

    /** The known systems in catalogue order, each with its verdict. Blocks. */
    List<SystemChoice> discover();

    /**
     * As {@link #discover()}, telling {@code progress} (from the calling thread) which system it
     * looks at now, since building the compiled friends takes a minute on a first start.
     */
    default List<SystemChoice> discover(java.util.function.Consumer<String> progress) {
        return discover();
    }

    /** What can be shown before discovery: the JVM tiers (always here), the rest still pending. */
    default List<SystemChoice> known() {
        return Systems.all().stream()
                .map(s -> new SystemChoice(s, s.launch() == Launch.JVM_WORKER ? null : LOOKING)).toList();
    }

    /** The JVM tiers only; every friend greyed out: for tests, and where friends are not wanted. */
    static SystemAvailability jvmOnly() {
        return () -> Systems.all().stream()
                .map(s -> new SystemChoice(s, s.launch() == Launch.JVM_WORKER ? null : "not looked for in this window"))
                .toList();
    }

    /** Every one of {@code systems} offered as available, for tests. */
    static SystemAvailability allOf(List<SystemSpec> systems) {
        return () -> systems.stream().map(s -> new SystemChoice(s, null)).toList();
    }

    /** The JVM tiers, and every friend as {@code friends} finds it. */
    static SystemAvailability of(Friends friends) {
        return new SystemAvailability() {
            @Override
            public List<SystemChoice> discover() {
                return discover(step -> {
                });
            }

            @Override
            public List<SystemChoice> discover(java.util.function.Consumer<String> progress) {
                List<SystemSpec> friendsToFind = Systems.all().stream().filter(s -> s.launch() != Launch.JVM_WORKER).toList();
                List<SystemChoice> found = new java.util.ArrayList<>();
                int done = 0;
                for (SystemSpec s : Systems.all()) {
                    if (s.launch() != Launch.JVM_WORKER) {
                        done++;
                        progress.accept("Looking for the friends: " + s.label() + " (" + done + " of "
                                + friendsToFind.size() + "; a first start builds the compiled ones, about a minute)...");
                    }
                    found.add(new SystemChoice(s, reason(s, friends)));
                }
                return found;
            }
        };
    }

    /** One line on what discovery found: "Friends: 10 of 11 ready (Mojo: ...)". */
    static String summary(List<SystemChoice> choices) {
        List<SystemChoice> friends = choices.stream().filter(c -> c.spec().launch() != Launch.JVM_WORKER).toList();
        long ready = friends.stream().filter(SystemChoice::available).count();
        String missing = friends.stream().filter(c -> !c.available()).map(c -> c.spec().label())
                .collect(java.util.stream.Collectors.joining(", "));
        return "Friends: " + ready + " of " + friends.size() + " ready"
                + (missing.isEmpty() ? "" : " (not here: " + missing + "; their tooltips say why)");
    }

    private static String reason(SystemSpec s, Friends friends) {
        if (s.launch() == Launch.JVM_WORKER) {
            return null;
        }
        try {
            Availability a = friends.availability(s.name()); // FFM systems: available when their library builds
            return a.available() ? null : a.reason();
        } catch (RuntimeException e) {
            return "could not look for it: " + e.getMessage();
        }
    }
}
