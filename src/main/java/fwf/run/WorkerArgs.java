package fwf.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The worker's command line, parsed by hand: the worker's start-up is on every run's critical
 * path, so it loads no argument library.
 *
 * <pre>--workload fib --variant primitive --size 40 [--graph FILE] --warmup N|none --iterations N --fork K
 *     [--no-jit | --jit-log FILE] [--native-library FILE]</pre>
 *
 * <p>With {@code --jit-log} the worker reads its JIT events from FILE, the unified log its JVM
 * writes as {@link JitLog#xlogOption} asks, and deletes FILE once open (see {@link JitLog}).
 * Without it a worker reports no JIT events, and with {@code --no-jit} it is told not to.
 *
 * <p>With {@code --native-library} the worker runs that library's kernels through FFM
 * ({@link NativeKernels}) instead of the catalogue's, and the variant names are the library's.
 *
 * @param variant    null for the workload's default variant
 * @param size       0 for the workload's default
 * @param graph      null unless given
 * @param warmup     0 to let the worker choose (see {@link TimingLoop}), {@link Plan#NONE} for none
 *                   ({@code --warmup none})
 * @param iterations 0 to let the worker choose
 * @param jit        false when JIT events are not wanted ({@code --no-jit})
 * @param nativeLibrary the kernel library to call through FFM, null for the Java kernels
 * @param jitLog     the JVM's JIT log to read the JIT events from, null for none
 */
public record WorkerArgs(String workload, String variant, int size, Path graph, int warmup, int iterations,
                         int fork, boolean jit, Path nativeLibrary, Path jitLog, boolean warmupTrace) {
    public static final String NATIVE_LIBRARY = "--native-library";
    /** Time the first operations one by one before the plan ({@link WarmupTrace}). */
    public static final String WARMUP_TRACE = "--warmup-trace";
    public static final String JIT_LOG = "--jit-log";
    /** {@code --warmup}'s word for {@link Plan#NONE}, on the JVM worker's and the friends' command lines. */
    public static final String NO_WARMUP = "none";

    /** Arguments without a warm-up trace. */
    public WorkerArgs(String workload, String variant, int size, Path graph, int warmup, int iterations, int fork,
                      boolean jit, Path nativeLibrary, Path jitLog) {
        this(workload, variant, size, graph, warmup, iterations, fork, jit, nativeLibrary, jitLog, false);
    }

    /** Arguments for the Java kernels, without a JIT log. */
    public WorkerArgs(String workload, String variant, int size, Path graph, int warmup, int iterations, int fork,
                      boolean jit) {
        this(workload, variant, size, graph, warmup, iterations, fork, jit, null, null);
    }

    /** Arguments without a JIT log. */
    public WorkerArgs(String workload, String variant, int size, Path graph, int warmup, int iterations, int fork,
                      boolean jit, Path nativeLibrary) {
        this(workload, variant, size, graph, warmup, iterations, fork, jit, nativeLibrary, null);
    }

    /** The extra arguments that make a worker call {@code library} through FFM. */
    public static List<String> nativeLibrary(Path library) {
        // Absolute, as for --graph: the worker's working directory does not matter.
        return List.of(NATIVE_LIBRARY, library.toAbsolutePath().toString());
    }

    /** The extra arguments that make a worker read its JIT events from {@code file}. */
    public static List<String> jitLog(Path file) {
        // Absolute, as the JVM's -Xlog option names it: the worker's working directory does not matter.
        return List.of(JIT_LOG, file.toAbsolutePath().toString());
    }

    /** Turns a request into the worker's arguments; the inverse of {@link #parse}. */
    public static List<String> of(RunRequest request, int fork, boolean jit) {
        List<String> out = new ArrayList<>(List.of("--workload", request.workload().name(), "--variant", request.variant(),
                "--size", Integer.toString(request.size())));
        if (request.graph() != null) {
            // Absolute, so the worker's working directory does not matter.
            out.addAll(List.of("--graph", request.graph().toAbsolutePath().toString()));
        }
        out.addAll(List.of("--warmup", warmupWord(request.plan().warmup()),
                "--iterations", Integer.toString(request.plan().iterations()), "--fork", Integer.toString(fork)));
        if (!jit) {
            out.add("--no-jit");
        }
        return out;
    }

    /** @throws IllegalArgumentException with a message for the user */
    public static WorkerArgs parse(String[] args) {
        String workload = null;
        String variant = null;
        int size = 0;
        Path graph = null;
        int warmup = 0;
        int iterations = 0;
        int fork = 0;
        boolean jit = true;
        boolean warmupTrace = false;
        Path nativeLibrary = null;
        Path jitLog = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            if (arg.equals("--no-jit")) {
                if (value != null) {
                    throw new IllegalArgumentException("--no-jit takes no value");
                }
                jit = false;
                continue;
            }
            if (arg.equals(WARMUP_TRACE)) {
                if (value != null) {
                    throw new IllegalArgumentException(WARMUP_TRACE + " takes no value");
                }
                warmupTrace = true;
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                value = args[++i];
            }
            switch (arg) {
                case "--workload" -> workload = value;
                case "--variant" -> variant = value;
                case "--size" -> size = count(arg, value);
                case "--graph" -> graph = Path.of(value);
                case "--warmup" -> warmup = value.equals(NO_WARMUP) ? Plan.NONE : count(arg, value);
                case "--iterations" -> iterations = count(arg, value);
                case "--fork" -> fork = count(arg, value);
                case NATIVE_LIBRARY -> nativeLibrary = Path.of(value);
                case JIT_LOG -> jitLog = Path.of(value);
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        if (workload == null) {
            throw new IllegalArgumentException("--workload is required");
        }
        if (!jit && jitLog != null) {
            throw new IllegalArgumentException("--no-jit and --jit-log exclude each other");
        }
        return new WorkerArgs(workload, variant, size, graph, warmup, iterations, fork, jit, nativeLibrary, jitLog,
                warmupTrace);
    }

    /** A warm-up count as a worker's command line writes it: {@link #NO_WARMUP} for {@link Plan#NONE}. */
    public static String warmupWord(int warmup) {
        return warmup == Plan.NONE ? NO_WARMUP : Integer.toString(warmup);
    }

    private static int count(String option, String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, got '" + value + "'");
        }
        if (n < 0) {
            throw new IllegalArgumentException(option + " must be >= 0, got " + n);
        }
        return n;
    }
}
