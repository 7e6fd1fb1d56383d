package fwf.runner;

import fwf.io.InputFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every reader of an input file (the reference answer here, each fork's worker, a
 * friend's own reader) a regular file it can open as often as it needs.
 *
 * <p>Why: a FIFO or a process substitution ({@code --graph <(cat F)}, which is
 * {@code /dev/fd/63}) can be read once, by one process. Opened again, it blocks for a writer
 * that never comes or gives nothing; a worker cannot open the caller's {@code /dev/fd/63} at
 * all. So such an input is read once, here, into a private temporary folder (the copy keeps
 * the file's name, so messages and graph names read as before) and every reader gets the copy.
 * A regular file that starts with a UTF-8 byte-order mark is copied without it too: the Java
 * reader skips one, but each friend reads the file with its own parser. Any other regular file
 * is used as it is, with no copy.
 *
 * <p>A copy lives until {@link #close}, or until this JVM exits; a non-regular input is read
 * once for the life of this object (it cannot be read again), a regular one again when its size
 * or modification time changes. Thread-safe.
 */
final class StagedInputs implements AutoCloseable {
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private record Copy(Path file, long sourceSize, long sourceModified) {
    }

    private final Map<String, Copy> copies = new HashMap<>();
    private final List<Path> made = new ArrayList<>();

    /**
     * The regular file to read for {@code asked}: itself, or its copy.
     *
     * @throws IOException naming {@code asked} with the reason ({@code ...: no such file},
     *                     {@code ...: is a directory}, {@code ...: permission denied})
     */
    synchronized Path regular(Path asked) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(asked, BasicFileAttributes.class);
        } catch (IOException e) {
            throw InputFiles.explained(asked, e);
        }
        if (attributes.isDirectory()) {
            throw new FileSystemException(asked.toString(), null, InputFiles.IS_A_DIRECTORY);
        }
        String key = asked.toAbsolutePath().normalize().toString();
        Copy known = copies.get(key);
        if (!attributes.isRegularFile()) {
            if (known == null) {
                known = copy(asked, -1, -1);
                copies.put(key, known);
            }
            return known.file();
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        if (known != null && known.sourceSize() == size && known.sourceModified() == modified) {
            return known.file();
        }
        if (!startsWithByteOrderMark(asked)) {
            return asked;
        }
        known = copy(asked, size, modified);
        copies.put(key, known);
        return known.file();
    }

    private static boolean startsWithByteOrderMark(Path file) throws IOException {
        try (InputStream in = InputFiles.open(file)) {
            return Arrays.equals(in.readNBytes(BYTE_ORDER_MARK.length), BYTE_ORDER_MARK);
        }
    }

    /** Reads {@code asked} once, to its end, into a new private folder, without a leading byte-order mark. */
    private Copy copy(Path asked, long size, long modified) throws IOException {
        Path folder = Files.createTempDirectory("fwf-input-");
        folder.toFile().deleteOnExit();
        made.add(folder);
        Path name = asked.getFileName();
        Path file = folder.resolve(name == null ? "input" : name.toString());
        file.toFile().deleteOnExit(); // the net for a caller that never closes; deleted before its folder
        made.add(file);
        try (InputStream in = InputFiles.open(asked); OutputStream out = Files.newOutputStream(file)) {
            byte[] head = in.readNBytes(BYTE_ORDER_MARK.length);
            if (!Arrays.equals(head, BYTE_ORDER_MARK)) {
                out.write(head);
            }
            in.transferTo(out);
        }
        return new Copy(file, size, modified);
    }

    /** Deletes every copy. */
    @Override
    public synchronized void close() throws IOException {
        copies.clear();
        IOException first = null;
        for (Path p : made.reversed()) { // each file before its folder
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        made.clear();
        if (first != null) {
            throw first;
        }
    }
}
