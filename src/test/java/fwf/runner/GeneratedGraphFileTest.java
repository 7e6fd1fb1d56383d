package fwf.runner;

import fwf.friends.Friends;
import fwf.graph.EdgeListWriter;
import fwf.graph.Generators;
import fwf.run.Plan;
import fwf.run.RunRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A friend asked to count triangles without a graph file reads the Facebook-like graph from the cache. */
class GeneratedGraphFileTest {
    @TempDir
    Path cache;

    @Test
    void aFriendGetsTheFacebookLikeGraphWrittenOnceIntoTheCache() throws IOException {
        Friends friends = new Friends(System.getenv(), cache);
        org.junit.jupiter.api.Assumptions.assumeTrue(friends.availability("cpython").available(), "needs CPython");
        SystemLauncher launcher = new SystemLauncher(new JvmWorkerLauncher(), friends);
        RunRequest request = RunRequest.ofNames("triangles", "naive", "cpython", 0, null, Plan.ADAPTIVE, List.of(), null);
        Path file = cache.resolve("graphs").resolve("holme-kim-n4000-m22-pt0.9-seed1.txt");

        List<String> command = launcher.command(request, 0).command();
        assertThat(command).contains(file.toString());
        // The same edges in the same order as a JVM worker generates for a run without a file.
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        EdgeListWriter.write(Generators.facebookLike(1), expected, done -> { });
        assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());

        var written = Files.getLastModifiedTime(file);
        assertThat(launcher.command(request, 0).command()).contains(file.toString());
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }
}
