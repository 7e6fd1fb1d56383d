package fwf.run;

import java.nio.file.Path;
import java.util.List;

/**
 * The JVM flags the harness puts in front of a JVM worker's command, and the worker's main class:
 * the half of the worker protocol that is the JVM's command line. The runner writes these flags
 * ({@code fwf.runner.JvmWorkerLauncher}) and the worker recognises them to leave them out of the
 * flags it reports ({@code fwf.worker.WorkerMain}), so both read them here and neither reaches
 * into the other's classes.
 */
public final class HarnessFlags {
    /** The worker's entry point, named as a string so that the runner loads no worker class. */
    public static final String WORKER_MAIN = "fwf.worker.WorkerMain";

    /**
     * Every JVM warning and error to stderr, none to stdout. By default unified logging writes
     * them to stdout, which is the protocol's: one warning (a user's {@code -XX:+UseLargePages}
     * on a machine without large pages) made a run FAILED as garbage.
     */
    public static final List<String> OUTPUT_FLAGS = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

    /** The class-data archive flag; the archive's path follows. */
    public static final String ARCHIVE_FLAG = "-XX:SharedArchiveFile=";

    /** The crash file flag; the file's path follows. */
    public static final String ERROR_FILE_FLAG = "-XX:ErrorFile=";

    /** The crash file's name; the JVM puts its pid in place of {@code %p}. */
    public static final String ERROR_FILE_NAME = "fwf-hs_err_pid%p.log";

    /** The launcher's JIT-log folders are named so; the worker deletes only those with the file. */
    public static final String JIT_LOG_FOLDER_PREFIX = "fwf-jit-";

    /**
     * The JIT log's tag sets: PrintCompilation's lines at compile start, code installation, and
     * uncommon traps (debug level, the only one they are written at). Decorations: {@code tn},
     * the time in ns on the clock of {@link System#nanoTime()} (os::javaTimeNanos), {@code ti},
     * the thread that pairs a start with its install, {@code tg}, the tag set.
     * {@code filecount=0}: no rotation, so the file is never renamed under the reader.
     */
    private static final String JIT_SELECTIONS = "jit+compilation=info,nmethod+install=info,deoptimization=debug";
    private static final String JIT_DECORATIONS = "tn,ti,tg";
    /**
     * With the warm-up trace, every call site each compilation looked at too (debug level, the
     * only one it is written at): many more lines, so only when the lesson asks for them.
     */
    private static final String INLINING_SELECTION = ",jit+inlining=debug";

    private HarnessFlags() {
    }

    /**
     * The JVM flag that makes a JVM write its JIT log to {@code file}. The name is quoted so
     * that ':' and ',' in it are not read as -Xlog's separators.
     *
     * @throws IllegalArgumentException for a name -Xlog cannot take: one with '"' (no escape
     *                                  inside quotes) or '%' (-Xlog expands %p, %t and %hn)
     */
    public static String jitLogOption(Path file) {
        return jitLogOption(file, false);
    }

    /**
     * {@link #jitLogOption(Path)}, with the inlining decisions too when {@code inlining} (the
     * warm-up trace's log).
     */
    public static String jitLogOption(Path file, boolean inlining) {
        String name = file.toString();
        if (name.indexOf('"') >= 0 || name.indexOf('%') >= 0) {
            throw new IllegalArgumentException("-Xlog cannot write to a file whose name holds '\"' or '%': " + name);
        }
        return "-Xlog:" + JIT_SELECTIONS + (inlining ? INLINING_SELECTION : "") + ":file=\"" + name + "\":" + JIT_DECORATIONS + ":filecount=0";
    }

    /** Where a crashing worker writes its crash file: this JVM's temporary directory. */
    public static String errorFileFlag() {
        return ERROR_FILE_FLAG + Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().resolve(ERROR_FILE_NAME);
    }

    /**
     * Whether a worker's JVM argument is one of the harness's own, which lead its command:
     * {@link #OUTPUT_FLAGS}, the crash file, the class-data archive, or the JIT log {@code jitLogOption}
     * (null when there is none). The same flags further on are a request's, and count.
     */
    public static boolean isHarnessFlag(String argument, String jitLogOption) {
        return OUTPUT_FLAGS.contains(argument) || argument.startsWith(ERROR_FILE_FLAG)
                || argument.startsWith(ARCHIVE_FLAG) || argument.equals(jitLogOption);
    }
}
