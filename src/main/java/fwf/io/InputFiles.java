package fwf.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a file the user named, so that every failure says which file and why, in one line:
 * {@code data/fb.txt: no such file}, {@code data: is a directory},
 * {@code data/fb.txt: permission denied}.
 *
 * <p>Why: the JDK's own exceptions say {@code /x/fb.txt} with no reason (a missing file),
 * the reason with no path ({@code Is a directory}, raised by the first read, not the open), or
 * neither well. The exceptions thrown stay the JDK's types ({@link NoSuchFileException},
 * {@link AccessDeniedException}, {@link FileSystemException}), so callers that tell them apart
 * still can; only their message is complete.
 */
public final class InputFiles {
    /** The reasons, as words a user reads after the path. */
    public static final String NO_SUCH_FILE = "no such file";
    public static final String IS_A_DIRECTORY = "is a directory";
    public static final String PERMISSION_DENIED = "permission denied";

    private InputFiles() {
    }

    /** Opens {@code file} for reading; the stream is the caller's to close. */
    public static InputStream open(Path file) throws IOException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new FileSystemException(name, null, IS_A_DIRECTORY);
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw explained(file, e);
        }
    }

    /**
     * A failure on {@code file} (opening, reading or writing it) as {@code <file>: <reason>},
     * the path as the user spelled it and the reason in words, e.g. {@code Is a directory} or
     * {@code No space left on device} from a read or a write.
     */
    public static IOException explained(Path file, IOException e) {
        String name = file.toString();
        return switch (e) {
            case NoSuchFileException _ -> new NoSuchFileException(name, null, NO_SUCH_FILE);
            case AccessDeniedException _ -> new AccessDeniedException(name, null, PERMISSION_DENIED);
            case FileSystemException fs when fs.getReason() != null -> new FileSystemException(name, null, words(fs.getReason()));
            case FileSystemException _ -> new FileSystemException(name, null, "cannot be read");
            default -> e.getMessage() == null ? e : new FileSystemException(name, null, words(e.getMessage()));
        };
    }

    /** "Too many levels of symbolic links" reads as "too many levels of symbolic links" after a colon. */
    private static String words(String reason) {
        return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
