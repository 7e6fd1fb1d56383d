package fwf.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Writes a file so that readers see the old content or the new, never half of it: the content
 * goes to a temporary file in the same folder (a move is only atomic within one file system),
 * which then replaces the target in one step. A failure leaves the old file as it was and no
 * temporary file behind. Exports, charts, layouts and generated graphs all go through here.
 *
 * <p>The file ends up with the permissions any program saving it would give it: a new file gets
 * the user's umask (rw-r--r-- under the usual 022), a replaced file keeps its own. Not the
 * rw------- of {@link Files#createTempFile}, which made SVG charts unreadable to the group and
 * others while PNGs (which ImageIO creates anew) were readable.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_ATTEMPTS = 100;

    private AtomicFiles() {
    }

    /** Fills the temporary file that will become the target. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp = newTemporary(dir, file.getFileName().toString());
        try {
            content.writeTo(tmp);
            keepPermissions(tmp, file);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, tmp -> Files.write(tmp, bytes));
    }

    /**
     * A new empty file next to the target, created as a plain open(O_CREAT|O_EXCL) with mode
     * 0666 does, so the umask decides its permissions (no attributes given: the JDK's default).
     */
    private static Path newTemporary(Path dir, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException taken) {
                if (attempt == NAME_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    /** A replaced file keeps its permissions, as it would if it were written over in place. */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null || !Files.isRegularFile(target)) {
            return;
        }
        Set<PosixFilePermission> old = Files.getPosixFilePermissions(target);
        view.setPermissions(old);
    }
}
