package fwf.graph;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SNAP ego-Facebook file beside the worktree: skipped (with the reason) when absent, a
 * failure on CI, where it must be there.
 */
public final class FacebookFile {
    public static final Path PATH = Path.of("../shared/data/facebook_combined.txt");

    private FacebookFile() {
    }

    /**
     * The file's path, or the calling test fails (CI=true) or is skipped (elsewhere) with the
     * reason. Call it per test, not in a {@code @BeforeAll}: Surefire hides a class-level skip.
     */
    public static Path path() {
        if (!Files.isRegularFile(PATH)) {
            String reason = "the SNAP ego-Facebook file is missing: " + PATH.toAbsolutePath().normalize()
                    + (ci() ? "; CI needs it" : " (data/download-snap.sh fetches it)");
            if (ci()) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        return PATH;
    }

    private static boolean ci() {
        return "true".equals(System.getenv("CI"));
    }

    public static Graph load() {
        try {
            return EdgeListReader.read(path()).graph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
