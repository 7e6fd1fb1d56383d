package fwf.results;

import fwf.io.AppFolders;
import fwf.io.InputFiles;
import fwf.json.Json;
import fwf.run.Measurement;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The append-only journal of results: one JSON object per line (JSON lines).
 *
 * <p>Why append-only: a result that took two minutes of CPython to get must survive a crash,
 * a kill -9 or a power cut of whatever comes after it. So a record is written with one
 * {@code write} on a file opened for appending, then forced to the disk before
 * {@link #append} returns, and the file is never rewritten in place: "clearing" appends a
 * board marker instead. The worst a crash can leave is a torn last line, which
 * {@link #load()} skips with a warning while keeping every other record, and which the next
 * append closes with a newline so the new record starts on a line of its own.
 *
 * <p>Appends from threads sharing one Journal are serialised by it. Separate processes
 * appending to the same file do not interleave either: with O_APPEND the kernel positions
 * and writes each record in one step on a local file system.
 */
public final class Journal {
    private static final String FILE_NAME = "results.jsonl";

    private final Path path;

    private Journal(Path path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    /** A journal at {@code path}; nothing is created until the first append. */
    public static Journal open(Path path) {
        return new Journal(path);
    }

    public Path path() {
        return path;
    }

    /**
     * Whether {@code other} is this journal's file, however it is spelled: through a symbolic
     * link, {@code ./} or {@code ..}, another hard link. Exports ask, so that none writes over
     * the journal it reads.
     */
    public boolean isFile(Path other) {
        try {
            if (Files.exists(path) && Files.exists(other)) {
                return Files.isSameFile(path, other);
            }
        } catch (IOException e) {
            // cannot tell by the file system: the names decide
        }
        return path.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
    }

    /** Where results live by default, from this process's environment and home folder. */
    public static Path defaultPath() {
        return defaultPath(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * {@code $XDG_DATA_HOME/faster-with-friends/results.jsonl}, else
     * {@code <home>/.local/share/faster-with-friends/results.jsonl}. A relative or empty
     * XDG_DATA_HOME is ignored, as the XDG base directory specification asks.
     */
    public static Path defaultPath(Map<String, String> env, Path home) {
        return AppFolders.of(env, home).data().resolve(FILE_NAME);
    }

    /**
     * Fails unless an append could work now, so a run is refused before it costs minutes rather
     * than lost after them. Creates the folder; never the file, and never writes to it: an
     * existing journal is opened for appending and closed, so the system says what stops it
     * (a read-only file system, an immutable or read-only file).
     *
     * @throws IOException naming the file (or its folder) and the reason, e.g.
     *                     {@code /x/results.jsonl: is a directory}
     */
    public void checkWritable() throws IOException {
        Path file = path.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new FileSystemException(path.toString(), null, InputFiles.IS_A_DIRECTORY);
        }
        if (Files.exists(file)) {
            try (FileChannel ignored = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                return;
            } catch (IOException e) {
                throw InputFiles.explained(path, e);
            }
        }
        Path parent = file.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw InputFiles.explained(parent, e);
        }
        if (!Files.isWritable(parent)) {
            throw new FileSystemException(path.toString(), null, Files.getFileStore(parent).isReadOnly()
                    ? "read-only file system" : "cannot be created: " + InputFiles.PERMISSION_DENIED + " in its folder");
        }
    }

    /** Appends one measurement and returns once it is on the disk. */
    public void append(Measurement m) throws IOException {
        appendLine(Json.write(MeasurementCodec.toJson(m)));
    }

    /**
     * Keeps a finished run: the one path by which the window and the command line both append
     * their results. A write that fails comes back as the sentence to show instead of an
     * exception, so the run is still shown or printed first; each caller then makes the lost
     * line a failure the user sees (exit 1 on the command line, an error in the window).
     *
     * @return empty when the measurement is on the disk, else why it is not, as
     *         "the result was not saved: PATH: REASON"
     */
    public Optional<String> record(Measurement m) {
        try {
            append(m);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("the result was not saved: " + whyNotWritten(e));
        }
    }

    /** "PATH: REASON" for a failed append, worded for a write (InputFiles words reads). */
    private String whyNotWritten(IOException e) {
        Path folder = path.toAbsolutePath().getParent();
        if (e instanceof java.nio.file.FileAlreadyExistsException exists && folder != null
                && Path.of(exists.getFile()).toAbsolutePath().equals(folder)) {
            return path + ": " + folder + " is not a folder";
        }
        String explained = InputFiles.explained(path, e).getMessage();
        return explained.endsWith(": cannot be read") ? path + ": cannot be written" : explained;
    }

    /**
     * Appends a "start a fresh board" marker: {@link JournalLoad#sinceLastBoard()} then holds
     * only what comes after it. Nothing is deleted.
     */
    public void startBoard(Instant started) throws IOException {
        appendLine(Json.write(Json.obj()
                .put("schema", MeasurementCodec.SCHEMA)
                .put("type", JournalReader.BOARD)
                .put("started", started.toString())
                .map()));
    }

    public void startBoard() throws IOException {
        startBoard(Instant.now());
    }

    private synchronized void appendLine(String json) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // Json.write escapes every control character, so the record cannot contain a newline.
        String line = (endsMidLine() ? "\n" : "") + json + "\n";
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        try (FileChannel ch = FileChannel.open(path,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(true);
        }
    }

    /** True when a crash left a torn last line (the file does not end with a newline). */
    private boolean endsMidLine() throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, size - 1);
            return last.get(0) != '\n';
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Reads every record. A missing file is an empty journal; a damaged line is skipped with
     * a warning such as
     * {@code results.jsonl:17: skipped a damaged record (unexpected end of text at offset 312)}.
     *
     * @throws IOException when the file exists but cannot be read
     */
    public JournalLoad load() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return new JournalLoad(List.of(), List.of(), List.of());
        }
        // Decoding replaces malformed bytes (a multi-byte character cut by a crash) instead
        // of failing the whole file; the damaged line then fails to parse on its own.
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new JournalReader(String.valueOf(path.getFileName())).read(text);
    }

    @Override
    public String toString() {
        return "Journal[" + path + "]";
    }
}
