package fwf.graph;

import fwf.io.AppFolders;
import fwf.io.AtomicFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.zip.CRC32;

/**
 * Layouts kept on disk, so a graph is laid out once per machine rather than once per run:
 * one file per (graph edges, parameters), named by a SHA-256 of both.
 *
 * <p>File format, big-endian: magic {@code FWLY}, format version, the 32-byte key (so a renamed
 * or colliding file is caught), node count, the x then y coordinates as doubles, and a CRC-32
 * of everything before it. Files are written to a temporary file in the same folder and then
 * moved into place atomically, so a reader never sees half a file and two writers of the same
 * layout cannot mix. A file that fails any check is ignored, recomputed and replaced.
 */
public final class LayoutCache {
    /** Bumped whenever {@link ForceLayout} or the format changes what a key stands for. */
    static final int FORMAT_VERSION = 1;
    private static final int MAGIC = 0x46574C59; // "FWLY"
    private static final int KEY_BYTES = 32;
    private static final int HEADER_BYTES = 4 + 4 + KEY_BYTES + 4;
    private static final String SUFFIX = ".layout";

    private final Path directory;

    public LayoutCache(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** The cache under the user's cache folder, see {@link #defaultDirectory(Map, String)}. */
    public static LayoutCache inDefaultDirectory() {
        return new LayoutCache(defaultDirectory(System.getenv(), System.getProperty("user.home")));
    }

    /**
     * {@code $XDG_CACHE_HOME/faster-with-friends/layouts}, or {@code ~/.cache/...} when that
     * variable is unset, empty or relative (the XDG rules say to ignore a relative one).
     */
    public static Path defaultDirectory(Map<String, String> environment, String userHome) {
        return AppFolders.of(environment, Path.of(userHome)).cache().resolve("layouts");
    }

    public Path directory() {
        return directory;
    }

    /** The file holding (or to hold) the layout of {@code graph} with {@code parameters}. */
    public Path fileFor(Graph graph, LayoutParameters parameters) {
        return fileFor(key(graph, parameters));
    }

    private Path fileFor(byte[] key) {
        return directory.resolve(HexFormat.of().formatHex(key) + SUFFIX);
    }

    /**
     * SHA-256 of what decides the layout: the format version, the node count, every edge in
     * order (the force sums run in edge order, so order matters to the last bit) and the
     * parameters. Labels and the graph's name do not matter.
     */
    static byte[] key(Graph graph, LayoutParameters parameters) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        buffer.putInt(FORMAT_VERSION).putInt(graph.nodeCount()).putInt(graph.edgeCount());
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (buffer.remaining() < 8) {
                sha.update(buffer.flip());
                buffer.clear();
            }
            buffer.putInt(graph.edgeFrom(e)).putInt(graph.edgeTo(e));
        }
        if (buffer.remaining() < 32) {
            sha.update(buffer.flip());
            buffer.clear();
        }
        buffer.putInt(parameters.iterations()).putLong(parameters.seed())
                .putDouble(parameters.theta()).putDouble(parameters.gravity());
        sha.update(buffer.flip());
        return sha.digest();
    }

    /** The cached layout, if a sound file is there; a missing or damaged file gives empty. */
    public Optional<Layout> load(Graph graph, LayoutParameters parameters) {
        try {
            return Optional.of(read(key(graph, parameters), graph.nodeCount()));
        } catch (IOException | DamagedFileException e) {
            return Optional.empty();
        }
    }

    /**
     * The cached layout, or a fresh one (then saved). Problems with the cache are reported in
     * the result's note, never thrown: the layout is what matters.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} stops the layout
     */
    public CachedLayout getOrCompute(Graph graph, LayoutParameters parameters, LayoutProgress progress,
                                     BooleanSupplier cancelled) {
        byte[] key = key(graph, parameters);
        Path file = fileFor(key);
        String damage = null;
        try {
            return new CachedLayout(read(key, graph.nodeCount()), true, Optional.empty());
        } catch (NoSuchFileException e) {
            // The usual first time: nothing to report.
        } catch (DamagedFileException e) {
            damage = "ignored damaged layout cache file " + file.getFileName() + ": " + e.getMessage();
        } catch (IOException e) {
            damage = "could not read layout cache file " + file + ": " + e;
        }
        Layout layout = ForceLayout.compute(graph, parameters, progress, cancelled);
        String saveProblem = null;
        try {
            write(key, layout);
        } catch (IOException e) {
            saveProblem = "could not save the layout in " + directory + ": " + e;
        }
        String note = damage == null ? saveProblem : saveProblem == null ? damage : damage + "; " + saveProblem;
        return new CachedLayout(layout, false, Optional.ofNullable(note));
    }

    /** Writes {@code layout} for {@code graph} and {@code parameters}, atomically replacing any file. */
    public void store(Graph graph, LayoutParameters parameters, Layout layout) throws IOException {
        if (layout.nodeCount() != graph.nodeCount()) {
            throw new IllegalArgumentException("layout of " + layout.nodeCount() + " nodes for a graph of "
                    + graph.nodeCount());
        }
        write(key(graph, parameters), layout);
    }

    private void write(byte[] key, Layout layout) throws IOException {
        int n = layout.nodeCount();
        ByteBuffer bytes = ByteBuffer.allocate(HEADER_BYTES + 16 * n + 8);
        bytes.putInt(MAGIC).putInt(FORMAT_VERSION).put(key).putInt(n);
        for (int i = 0; i < n; i++) {
            bytes.putDouble(layout.x(i));
        }
        for (int i = 0; i < n; i++) {
            bytes.putDouble(layout.y(i));
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.array(), 0, bytes.position());
        bytes.putLong(crc.getValue());

        AtomicFiles.write(fileFor(key), bytes.array());
    }

    private Layout read(byte[] expectedKey, int n) throws IOException, DamagedFileException {
        byte[] bytes = Files.readAllBytes(fileFor(expectedKey));
        long expected = HEADER_BYTES + 16L * n + 8;
        if (bytes.length != expected) {
            throw new DamagedFileException("it has " + bytes.length + " bytes, expected " + expected);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getInt() != MAGIC) {
            throw new DamagedFileException("not a layout file");
        }
        int version = in.getInt();
        if (version != FORMAT_VERSION) {
            throw new DamagedFileException("format version " + version + ", expected " + FORMAT_VERSION);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != crc.getValue()) {
            throw new DamagedFileException("checksum mismatch");
        }
        byte[] key = new byte[KEY_BYTES];
        in.get(key);
        if (!Arrays.equals(key, expectedKey) || in.getInt() != n) {
            throw new DamagedFileException("it was written for another graph or other parameters");
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = in.getDouble();
        }
        for (int i = 0; i < n; i++) {
            y[i] = in.getDouble();
        }
        try {
            return new Layout(x, y);
        } catch (IllegalArgumentException e) {
            throw new DamagedFileException(e.getMessage());
        }
    }

    /** A cache file that exists but cannot be trusted; the message says why. */
    private static final class DamagedFileException extends Exception {
        DamagedFileException(String reason) {
            super(reason);
        }
    }
}
