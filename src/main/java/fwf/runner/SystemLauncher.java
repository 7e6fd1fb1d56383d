package fwf.runner;

import fwf.friends.FriendUnavailableException;
import fwf.friends.Friends;
import fwf.friends.SystemSpec;
import fwf.graph.GeneratedGraph;
import fwf.run.RunRequest;
import fwf.run.WorkerArgs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The launcher for every system: JVM tiers get a forked JVM worker, friends their own program
 * (built on first use by {@link Friends}), FFM systems a JVM worker calling their library. All
 * speak the same line protocol, so the {@link Runner} treats them alike.
 */
public final class SystemLauncher implements WorkerLauncher {
    private final JvmWorkerLauncher jvm;
    private final Friends friends;

    public SystemLauncher(JvmWorkerLauncher jvm, Friends friends) {
        this.jvm = jvm;
        this.friends = friends;
    }

    /** This JDK's workers and the friends built in the user's cache. */
    public static SystemLauncher standard() {
        return new SystemLauncher(new JvmWorkerLauncher(), Friends.standard());
    }

    public Friends friends() {
        return friends;
    }

    @Override
    public ProcessBuilder command(RunRequest request, int fork) {
        SystemSpec system = request.system();
        return switch (system.launch()) {
            case JVM_WORKER -> jvm.command(jvmFlags(system), request, fork, List.of());
            case PROGRAM -> friendCommand(request);
            case FFM -> ffmCommand(system, request, fork);
        };
    }

    @Override
    public List<String> intendedFlags(RunRequest request) {
        SystemSpec system = request.system();
        return switch (system.launch()) {
            case JVM_WORKER -> jvm.intendedFlags(jvmFlags(system), request);
            case FFM -> jvm.intendedFlags(system.jvmFlags(), request);
            case PROGRAM -> List.of();
        };
    }

    /**
     * A JVM worker as jvm-c2's (an FFM system has no flags of its own) calling the system's
     * library. The variant is checked here, before any fork starts, against the system's list.
     */
    private ProcessBuilder ffmCommand(SystemSpec system, RunRequest request, int fork) {
        String workload = request.workload().name();
        if (!system.implementsVariant(workload, request.variant())) {
            List<String> has = system.variantsOf(workload);
            throw new IllegalArgumentException(system.name() + " has no variant '" + request.variant() + "' of "
                    + workload + " (it has: " + (has.isEmpty() ? "none" : String.join(", ", has)) + ")");
        }
        Path library;
        try {
            library = friends.ffmLibrary(system.name());
        } catch (FriendUnavailableException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return jvm.command(system.jvmFlags(), request, fork, WorkerArgs.nativeLibrary(library));
    }

    /** The system's flags and those discovery adds (jvm-graal's module path of the Graal jars). */
    private List<String> jvmFlags(SystemSpec system) {
        try {
            List<String> flags = new java.util.ArrayList<>(system.jvmFlags());
            flags.addAll(friends.discoveredJvmFlags(system.name()));
            return flags;
        } catch (FriendUnavailableException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private ProcessBuilder friendCommand(RunRequest request) {
        Path graph = request.graph();
        if (request.workload().readsGraph() && graph == null) {
            graph = generatedGraphFile();
        }
        try {
            return friends.command(request.system().name(), request.workload().name(), request.variant(), request.size(),
                    graph,
                    request.plan().warmup(), request.plan().iterations()).processBuilder();
        } catch (FriendUnavailableException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Friends read graphs from files, so the generated stand-in for ego-Facebook is written once
     * into the cache, as the same edges in the same order the JVM workers generate (the window's
     * bigger generated graphs go into the same folder, by the same code).
     */
    private Path generatedGraphFile() {
        try {
            return GeneratedGraph.FACEBOOK_LIKE.writeInto(GeneratedGraph.folderIn(friends.cacheRoot()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated graph for a friend: " + e.getMessage(), e);
        }
    }

}
