package fwf.runner;

import fwf.friends.BuildCache;
import fwf.friends.Launch;
import fwf.io.AtomicFiles;
import fwf.run.Inputs;
import fwf.run.LoadedInput;
import fwf.run.RunRequest;
import fwf.workload.Operations;
import fwf.workload.Replay;
import fwf.workload.Workload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operations of a run's computation, counted by {@link Operations}' untimed replay in the
 * caller, before any worker starts, and cached: a count depends on the algorithm and the input,
 * never on the system, so CPython's naive count and C's share one. Counts on a graph file are
 * also kept in a small file (by default {@code $XDG_CACHE_HOME/faster-with-friends/operations.txt}),
 * keyed by the replay, the size and the file's path, length and modification time, so an edited
 * file is counted again; counts of fib, mean and the generated graph take milliseconds and stay
 * in memory.
 */
public final class OperationCounts {
    /** Changes when a replay's definition changes, so old counts are not read as new ones. */
    static final String FORMAT = "operations 1";
    /** The file keeps at most this many counts, the newest; a dropped one is counted again. */
    static final int MAX_ENTRIES = 500;

    private final Path file;
    private final Map<String, Long> memory = new ConcurrentHashMap<>();

    /** @param file the cache file, or null to keep counts in memory only */
    public OperationCounts(Path file) {
        this.file = file;
    }

    /** The cache file under the user's XDG cache folder. */
    public static OperationCounts inDefaultCache() {
        return new OperationCounts(BuildCache.defaultRoot(System.getenv()).resolve("operations.txt"));
    }

    /**
     * The operations of one computation of the request, or empty when its variant has no fixed
     * count on its system or the input cannot be counted (a graph that is not a regular file is
     * never read a second time; a failure to count never fails the run).
     *
     * @param request the request with its effective size (not 0 for "the default")
     */
    public Optional<Long> count(RunRequest request) {
        boolean javaCollections = request.system().launch() == Launch.JVM_WORKER;
        Workload<?> workload = request.workload();
        Optional<Replay> replay = Operations.forRun(workload, request.variant(), javaCollections);
        if (replay.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path graph = workload.readsGraph() ? request.graph() : null;
            if (graph != null && !Files.isRegularFile(graph)) {
                return Optional.empty();
            }
            String key = key(replay.get(), request, graph);
            Long known = memory.get(key);
            if (known == null && graph != null) {
                known = readFile().get(key);
            }
            if (known == null) {
                LoadedInput input = Inputs.load(workload, request.size(), graph);
                known = Operations.trace(request.workload(), request.variant(), input.value()).operations().value();
                if (graph != null) {
                    store(key, known);
                }
            }
            memory.put(key, known);
            return Optional.of(known);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // counts are an extra: the run stands without one
        }
    }

    /** The replay, not the variant: every variant of one algorithm shares the count. */
    private static String key(Replay replay, RunRequest request, Path graph) throws IOException {
        StringBuilder k = new StringBuilder(FORMAT).append('\n').append(request.workload().name()).append('\n')
                .append(replay.name()).append('\n').append(request.size());
        if (graph != null) {
            Path p = graph.toAbsolutePath().normalize();
            k.append('\n').append(p).append('\n').append(Files.size(p)).append('\n')
                    .append(Files.getLastModifiedTime(p).toMillis());
        } else if (request.workload().readsGraph()) {
            k.append("\ngenerated graph, seed ").append(Inputs.GENERATED_GRAPH_SEED);
        }
        // Hashed, so a path with any characters makes one clean token in the file.
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(k.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** "hash count" lines; anything unreadable is skipped (it is only a cache). */
    private Map<String, Long> readFile() {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return counts;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2) {
                    try {
                        counts.put(parts[0], Long.parseLong(parts[1]));
                    } catch (NumberFormatException e) {
                        // a damaged line: counted again when needed
                    }
                }
            }
        } catch (IOException e) {
            return counts;
        }
        return counts;
    }

    private synchronized void store(String key, long count) {
        if (file == null) {
            return;
        }
        Map<String, Long> counts = readFile();
        counts.remove(key);
        counts.put(key, count);
        List<Map.Entry<String, Long>> entries = List.copyOf(counts.entrySet());
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Long> e : entries.subList(Math.max(0, entries.size() - MAX_ENTRIES), entries.size())) {
            text.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        try {
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // An unwritable cache costs a recount next time, nothing more.
        }
    }

    /** The cache file, or null for memory only. */
    public Path file() {
        return file;
    }
}
