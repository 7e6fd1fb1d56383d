package fwf.results;

import fwf.io.AtomicFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes export files so that a reader never sees half of one. */
public final class Exports {
    private Exports() {
    }

    /**
     * Writes {@code text} (UTF-8) to {@code target}: first to a temporary file in the same
     * folder, forced to the disk, then renamed over the target in one atomic step. A crash or
     * a full disk leaves the old file whole (and no temporary file behind), and a slide deck
     * watching the file never reads a half-written table. The same folder matters: a rename
     * is only atomic within one file system. A new export gets the umask's permissions, a
     * replaced one keeps its own (see {@link AtomicFiles}).
     */
    public static void write(Path target, String text) throws IOException {
        Path file = target.toAbsolutePath();
        AtomicFiles.write(file, tmp -> {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true); // on disk before the move makes it visible
            }
        });
    }
}
