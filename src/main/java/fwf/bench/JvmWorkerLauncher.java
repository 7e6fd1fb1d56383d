package fwf.bench;

import fwf.friends.SystemSpec;
import fwf.friends.Systems;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Starts a worker in a fresh JVM with the system's flags, as JMH forks its benchmarks: the
 * caller's own JIT, GC and threads never touch the numbers, and a crash never touches the
 * caller.
 *
 * <p>The command is: this JDK's {@code java}, the system's flags ({@code -Xint} for
 * {@code jvm-int}...), the {@link #COMMON_FLAGS} every JVM of ours needs, the request's extra
 * flags (last, so they can override), {@code -cp} this process's class path, then
 * {@link WorkerMain} and its arguments.
 */
public final class JvmWorkerLauncher implements WorkerLauncher {
    /** The incubating Vector API for the mean kernel, and native access for FFM kernels. */
    public static final List<String> COMMON_FLAGS =
            List.of("--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED");

    private final Path java;
    private final String classPath;
    private final boolean jit;

    /** This JDK's java, this process's class path, JIT events on. */
    public JvmWorkerLauncher() {
        this(currentJava(), currentClassPath(), true);
    }

    /**
     * @param jit false to start workers with {@code --no-jit}: no JFR recording, a faster
     *            start, no JIT events
     */
    public JvmWorkerLauncher(Path java, String classPath, boolean jit) {
        this.java = Objects.requireNonNull(java, "java");
        this.classPath = Objects.requireNonNull(classPath, "classPath");
        this.jit = jit;
    }

    /** The same launcher with JIT events on or off. */
    public JvmWorkerLauncher withJit(boolean on) {
        return new JvmWorkerLauncher(java, classPath, on);
    }

    @Override
    public ProcessBuilder command(RunRequest request, int fork) {
        return command(system(request.system()).jvmFlags(), request, fork, List.of());
    }

    /**
     * A worker command for any system that runs in one of our JVMs, the JVM tiers and the FFM
     * systems alike: the same command as {@link #command(RunRequest, int)} with the given system
     * flags in place of the request's system's, and {@code workerArgs} after the worker's own.
     */
    public ProcessBuilder command(List<String> systemFlags, RunRequest request, int fork, List<String> workerArgs) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(intendedFlags(systemFlags, request));
        command.addAll(List.of("-cp", classPath, WorkerMain.class.getName()));
        command.addAll(WorkerArgs.of(request, fork, jit));
        command.addAll(workerArgs);
        return new ProcessBuilder(command);
    }

    @Override
    public List<String> intendedFlags(RunRequest request) {
        return intendedFlags(system(request.system()).jvmFlags(), request);
    }

    /** The JVM flags of {@link #command(List, RunRequest, int, List)}. */
    public List<String> intendedFlags(List<String> systemFlags, RunRequest request) {
        List<String> flags = new ArrayList<>(systemFlags);
        flags.addAll(COMMON_FLAGS);
        flags.addAll(request.jvmFlags());
        return flags;
    }

    private static SystemSpec system(String name) {
        SystemSpec system = Systems.find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown system '" + name + "': choose one of " + String.join(", ", Systems.names())));
        if (!system.isJvm()) {
            throw new IllegalArgumentException("system '" + name + "' is not a JVM: it needs its own launcher");
        }
        return system;
    }

    /**
     * java.home's launcher rather than {@code ProcessHandle.info().command()}, which some
     * platforms leave empty.
     */
    static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * The class path this process was started with; when there is none (a jlink image runs
     * from the module path) the place {@link WorkerMain} was loaded from.
     */
    static String currentClassPath() {
        String cp = System.getProperty("java.class.path", "");
        if (!cp.isBlank()) {
            return cp;
        }
        try {
            return Path.of(WorkerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot tell where the worker's classes are: " + e.getMessage(), e);
        }
    }
}
