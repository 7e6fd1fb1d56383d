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

    public static Graph load() {
        if (!Files.isRegularFile(PATH)) {
            String reason = "the SNAP ego-Facebook file is missing: " + PATH.toAbsolutePath().normalize();
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        try {
            return EdgeListReader.read(PATH).graph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
