package fwf.runner;

import fwf.friends.SystemSpec;
import fwf.run.HarnessFlags;
import fwf.run.RunRequest;
import fwf.run.WorkerArgs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
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
 * {@code WorkerMain} and its arguments.
 *
 * <p>Before all of these come the harness's own flags ({@link HarnessFlags#isHarnessFlag}), which change how
 * the worker talks and starts, never what it measures, so they are not among
 * {@link #intendedFlags} and the worker leaves them out of the flags it reports:
 * <ul>
 * <li>{@link HarnessFlags#OUTPUT_FLAGS}: the JVM's own warnings go to stderr. By default unified logging
 *     writes them to stdout, which is the protocol's: one warning (a user's
 *     {@code -XX:+UseLargePages} on a machine without large pages) made a run FAILED as garbage.
 * <li>With JIT events on, the JIT log ({@link HarnessFlags#jitLogOption}), written into a fresh folder of
 *     the temporary directory, one per worker, the worker told where ({@code --jit-log}). It is
 *     the worker's instrument, as the JFR recording was before it. A request's own {@code -Xlog}
 *     options come later and work as usual (its {@code -Xlog:disable} ends the JIT events).
 * <li>{@link HarnessFlags#errorFileFlag}: a worker that crashes (a broken native library under FFM, a JVM
 *     bug, {@code -XX:+CrashOnOutOfMemoryError}) writes its {@code hs_err_pid*.log} into the
 *     temporary directory, never into the user's current folder, where the JVM puts it by default.
 * <li>The class-data archive the image's launcher dumped, when it names one
 *     ({@value #ARCHIVE_PROPERTY}) and it exists: the worker maps the program's classes instead
 *     of loading them, as the window's JVM does.
 * </ul>
 *
 * <p>Who deletes the folder: this launcher only builds a command and never learns when the
 * process ends, so the worker deletes the file and the folder the moment it has the file open
 * (see {@code fwf.worker.JitLog}); a worker killed or crashed afterwards leaves nothing. For a JVM that
 * never gets that far (flags it refuses, a start that fails, a run cancelled before it starts)
 * the folder is also marked for deletion when this JVM exits.
 */
public final class JvmWorkerLauncher implements WorkerLauncher {
    /** The incubating Vector API for the mean kernel, and native access for FFM kernels. */
    public static final List<String> COMMON_FLAGS =
            List.of("--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED");

    /** The system property by which the image's bin/fwf names its class-data archive. */
    public static final String ARCHIVE_PROPERTY = "fwf.classDataArchive";


    private final Path java;
    private final String classPath;
    private final boolean jit;
    private final Path archive;
    /** Whether workers time their first operations one by one first ({@code --warmup-trace}). */
    private boolean warmupTrace;

    /** This JDK's java, this process's class path, JIT events on, the archive bin/fwf names if any. */
    public JvmWorkerLauncher() {
        this(currentJava(), currentClassPath(), true, namedArchive());
    }

    /**
     * @param jit false to start workers with {@code --no-jit}: no JIT log, no JIT events
     */
    public JvmWorkerLauncher(Path java, String classPath, boolean jit) {
        this(java, classPath, jit, null);
    }

    /**
     * @param archive a class-data archive for the workers, used when the file exists as a worker
     *                starts (the image's launcher dumps it in the background); null for none
     */
    public JvmWorkerLauncher(Path java, String classPath, boolean jit, Path archive) {
        this.java = Objects.requireNonNull(java, "java");
        this.classPath = Objects.requireNonNull(classPath, "classPath");
        this.jit = jit;
        this.archive = archive;
    }

    /** The same launcher with JIT events on or off. */
    public JvmWorkerLauncher withJit(boolean on) {
        return new JvmWorkerLauncher(java, classPath, on, archive);
    }

    /** The same launcher with the warm-up trace on or off. */
    public JvmWorkerLauncher withWarmupTrace(boolean on) {
        JvmWorkerLauncher l = new JvmWorkerLauncher(java, classPath, jit, archive);
        l.warmupTrace = on;
        return l;
    }

    private static Path namedArchive() {
        String named = System.getProperty(ARCHIVE_PROPERTY, "");
        return named.isBlank() ? null : Path.of(named);
    }

    @Override
    public ProcessBuilder command(RunRequest request, int fork) {
        return command(jvmSystem(request.system()).jvmFlags(), request, fork, List.of());
    }

    /**
     * A worker command for any system that runs in one of our JVMs, the JVM tiers and the FFM
     * systems alike: the same command as {@link #command(RunRequest, int)} with the given system
     * flags in place of the request's system's, and {@code workerArgs} after the worker's own.
     */
    public ProcessBuilder command(List<String> systemFlags, RunRequest request, int fork, List<String> workerArgs) {
        Path jitLog = jit ? newJitLog() : null;
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(HarnessFlags.OUTPUT_FLAGS); // first: -Xlog:disable would undo any -Xlog before it
        command.add(HarnessFlags.errorFileFlag());
        if (jitLog != null) {
            command.add(HarnessFlags.jitLogOption(jitLog, warmupTrace));
        }
        if (archive != null && Files.isRegularFile(archive)) {
            command.add(HarnessFlags.ARCHIVE_FLAG + archive);
        }
        command.addAll(intendedFlags(systemFlags, request));
        command.addAll(List.of("-cp", classPath, HarnessFlags.WORKER_MAIN));
        command.addAll(WorkerArgs.of(request, fork, jit));
        if (warmupTrace) {
            command.add(WorkerArgs.WARMUP_TRACE);
        }
        if (jitLog != null) {
            command.addAll(WorkerArgs.jitLog(jitLog));
        }
        command.addAll(workerArgs);
        return new ProcessBuilder(command);
    }

    /**
     * A file name in a new folder of its own: the JVM refuses to start when the folder of its
     * log file is missing, and creates the file itself. The folder is private to this user.
     */
    private static Path newJitLog() {
        Path folder;
        try {
            folder = Files.createTempDirectory(HarnessFlags.JIT_LOG_FOLDER_PREFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the JIT log: " + e, e);
        }
        Path file = folder.resolve("jit.log");
        // The net for a worker that never opens its log; deleted in the reverse order, file first.
        folder.toFile().deleteOnExit();
        file.toFile().deleteOnExit();
        return file;
    }

    @Override
    public List<String> intendedFlags(RunRequest request) {
        return intendedFlags(jvmSystem(request.system()).jvmFlags(), request);
    }

    /** The JVM flags of {@link #command(List, RunRequest, int, List)}, all but the harness's own. */
    public List<String> intendedFlags(List<String> systemFlags, RunRequest request) {
        List<String> flags = new ArrayList<>(systemFlags);
        flags.addAll(COMMON_FLAGS);
        flags.addAll(request.jvmFlags()); // last, so they can override
        return flags;
    }

    private static SystemSpec jvmSystem(SystemSpec system) {
        if (!system.isJvm()) {
            throw new IllegalArgumentException("system '" + system.name() + "' is not a JVM: it needs its own launcher");
        }
        return system;
    }

    /**
     * java.home's launcher rather than {@code ProcessHandle.info().command()}, which some
     * platforms leave empty.
     */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * The class path this process was started with; when there is none (a jlink image runs
     * from the module path) the place {@code WorkerMain} was loaded from.
     */
    public static String currentClassPath() {
        String cp = System.getProperty("java.class.path", "");
        if (!cp.isBlank()) {
            return cp;
        }
        try {
            return Path.of(HarnessFlags.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot tell where the worker's classes are: " + e.getMessage(), e);
        }
    }
}
