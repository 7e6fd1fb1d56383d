package fwf.friends;

import fwf.workload.Catalogue;
import fwf.workload.Workload;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The friends of the talk as systems that speak our worker protocol: which are available
 * here (and why not), the command that runs one, and the native libraries for FFM.
 *
 * <p>Friends are built on first use into the {@link BuildCache} and reused after that;
 * discovery results live as long as this object. Thread-safe.
 */
public final class Friends {
    /** A warm-up count meaning none at all, as {@code fwf.run.Plan.NONE} (this package sees no other). */
    public static final int NO_WARMUP = -1;

    private final BuildCache cache;
    private final Discovery discovery;

    /**
     * @param environment the environment tools are looked up in (PATH) and builds run with
     * @param cacheRoot   where builds go, see {@link BuildCache#defaultRoot}
     */
    public Friends(Map<String, String> environment, Path cacheRoot) {
        this.cache = new BuildCache(cacheRoot);
        this.discovery = new Discovery(new Shell(environment), cache);
    }

    /** This process's environment and the user's cache folder. */
    public static Friends standard() {
        Map<String, String> env = System.getenv();
        return new Friends(env, BuildCache.defaultRoot(env));
    }

    public Path cacheRoot() {
        return cache.root();
    }

    /**
     * Whether {@code system} can run here; for a friend this may build it (seconds; PyO3's first
     * build takes about half a minute).
     *
     * @throws IllegalArgumentException for an unknown system
     */
    public Availability availability(String system) {
        return discovery.discover(spec(system)).availability();
    }

    /** Every system of {@link Systems#all()}, in that order. */
    public List<Availability> availabilities() {
        return Systems.all().stream().map(s -> discovery.discover(s).availability()).toList();
    }

    /**
     * The command for one run of a friend program.
     *
     * @param size       0 for the workload's default
     * @param graph      the edge list, required for triangles and ignored otherwise
     * @param warmup     0 for adaptive, {@link #NO_WARMUP} for none (the talk's rounds: WARMUP is
     *                   then the word {@code none}, and ITERATIONS must be given)
     * @param iterations 0 for adaptive
     * @throws IllegalArgumentException    for an unknown system, a system that is not a program,
     *                                     a variant it does not implement or a bad number
     * @throws FriendUnavailableException  when the system or the variant cannot run here
     */
    public FriendCommand command(String system, String workload, String variant, int size, Path graph, int warmup,
                                 int iterations) throws FriendUnavailableException {
        SystemSpec spec = spec(system);
        if (spec.launch() != Launch.PROGRAM) {
            throw new IllegalArgumentException(system + " is not a friend program: it runs in a JVM worker"
                    + (spec.launch() == Launch.FFM ? " that calls its library through FFM (see ffmLibrary)" : ""));
        }
        if (!spec.implementsVariant(workload, variant)) {
            List<String> has = spec.variantsOf(workload);
            throw new IllegalArgumentException(system + " has no variant '" + variant + "' of " + workload
                    + " (it has: " + (has.isEmpty() ? "none" : String.join(", ", has)) + ")");
        }
        nonNegative("size", size);
        if (warmup != NO_WARMUP) {
            nonNegative("warmup", warmup);
        } else if (iterations < 1) {
            throw new IllegalArgumentException("no warm-up needs a count of measured iterations, got " + iterations);
        }
        nonNegative("iterations", iterations);
        if (graph == null && Catalogue.workload(workload).map(Workload::readsGraph).orElse(false)) {
            throw new IllegalArgumentException(workload + " needs a graph file");
        }
        Discovery.Discovered found = discovery.discover(spec);
        Availability availability = found.availability();
        if (!availability.available()) {
            throw new FriendUnavailableException(system, availability.reason());
        }
        String problem = availability.variantProblem(workload, variant);
        if (!problem.isEmpty()) {
            throw new FriendUnavailableException(system, workload + "/" + variant + ": " + problem);
        }
        Recipe recipe = found.recipe();
        List<String> argv = new java.util.ArrayList<>(recipe.prefix());
        argv.addAll(List.of(workload, variant, Integer.toString(size), warmup == NO_WARMUP ? "none" : Integer.toString(warmup),
                Integer.toString(iterations)));
        if (graph != null) {
            argv.add(graph.toAbsolutePath().toString()); // the program starts in a cache folder
        }
        return new FriendCommand(system, availability.version(), argv, recipe.workingDirectory(),
                recipe.environment());
    }

    /**
     * The flags a JVM system needs beyond its own {@link SystemSpec#jvmFlags()}, found here
     * ({@code jvm-graal}: the module path of the Graal jars in the cache); empty for the others.
     *
     * @throws FriendUnavailableException when the system cannot run here
     */
    public List<String> discoveredJvmFlags(String system) throws FriendUnavailableException {
        SystemSpec spec = spec(system);
        if (spec.launch() != Launch.JVM_WORKER) {
            return List.of();
        }
        Discovery.Discovered found = discovery.discover(spec);
        if (!found.availability().available()) {
            throw new FriendUnavailableException(system, found.availability().reason());
        }
        return found.recipe() == null ? List.of() : found.recipe().prefix();
    }

    /**
     * The shared library an FFM system calls ({@code ffm-c}: libfwf_c.so, {@code ffm-rust}:
     * libfwf_rust.so), with the symbols of {@code fwf/friends/c/fwf_kernels.h}.
     *
     * @throws IllegalArgumentException   when the system is not an FFM system
     * @throws FriendUnavailableException when its library cannot be built here
     */
    public Path ffmLibrary(String system) throws FriendUnavailableException {
        SystemSpec spec = spec(system);
        if (spec.launch() != Launch.FFM) {
            throw new IllegalArgumentException(system + " has no FFM library (those are: "
                    + String.join(", ", Systems.all().stream().filter(s -> s.launch() == Launch.FFM)
                    .map(SystemSpec::name).toList()) + ")");
        }
        Discovery.Discovered found = discovery.discover(spec);
        if (!found.availability().available()) {
            throw new FriendUnavailableException(system, found.availability().reason());
        }
        return found.recipe().library();
    }

    private static SystemSpec spec(String system) {
        return Systems.find(system).orElseThrow(() -> new IllegalArgumentException(
                "unknown system '" + system + "' (known: " + String.join(", ", Systems.names()) + ")"));
    }

    private static void nonNegative(String what, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be >= 0 (0 means " + (what.equals("size") ? "the default"
                    : "adaptive") + "), got " + value);
        }
    }
}
