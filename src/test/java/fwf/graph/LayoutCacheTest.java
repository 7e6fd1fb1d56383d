package fwf.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutCacheTest {
    private static final LayoutParameters PARAMETERS = LayoutParameters.DEFAULT.withIterations(30);
    private static final Graph GRAPH = Generators.holmeKim(120, 2, 0.8, 3);

    @TempDir
    Path dir;

    private CachedLayout get(LayoutCache cache) {
        return cache.getOrCompute(GRAPH, PARAMETERS, LayoutProgress.NONE, () -> false);
    }

    private static int fileSize(int nodes) {
        return 4 + 4 + 32 + 4 + 16 * nodes + 8;
    }

    @Test
    void computesOnceThenReadsTheSameLayoutBack() throws IOException {
        LayoutCache cache = new LayoutCache(dir.resolve("layouts"));
        assertThat(cache.load(GRAPH, PARAMETERS)).isEmpty();
        CachedLayout first = get(cache);
        assertThat(first.fromCache()).isFalse();
        assertThat(first.note()).isEmpty();
        assertThat(first.layout()).isEqualTo(ForceLayout.compute(GRAPH, PARAMETERS));
        Path file = cache.fileFor(GRAPH, PARAMETERS);
        assertThat(file.getParent()).isEqualTo(dir.resolve("layouts"));
        assertThat(file.getFileName().toString()).matches("[0-9a-f]{64}\\.layout");
        assertThat(Files.size(file)).isEqualTo(fileSize(120));

        CachedLayout second = get(new LayoutCache(dir.resolve("layouts")));
        assertThat(second.fromCache()).isTrue();
        assertThat(second.note()).isEmpty();
        assertThat(second.layout()).isEqualTo(first.layout());
        assertThat(cache.load(GRAPH, PARAMETERS)).contains(first.layout());
        try (Stream<Path> files = Files.list(dir.resolve("layouts"))) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void theKeyIsTheEdgesAndTheParameters() {
        LayoutCache cache = new LayoutCache(dir);
        Path file = cache.fileFor(GRAPH, PARAMETERS);
        assertThat(cache.fileFor(GRAPH, PARAMETERS.withSeed(7))).isNotEqualTo(file);
        assertThat(cache.fileFor(GRAPH, PARAMETERS.withIterations(31))).isNotEqualTo(file);
        assertThat(cache.fileFor(GRAPH, new LayoutParameters(30, 42, 0.6, 0.02))).isNotEqualTo(file);
        assertThat(cache.fileFor(GRAPH, new LayoutParameters(30, 42, 0.7, 0.03))).isNotEqualTo(file);
        assertThat(cache.fileFor(Generators.holmeKim(120, 2, 0.8, 4), PARAMETERS)).isNotEqualTo(file);
        // The same edges under another name (labels and names do not move a node).
        assertThat(cache.fileFor(GRAPH.firstNodes(GRAPH.nodeCount()), PARAMETERS)).isEqualTo(file);
    }

    private void damageAndExpect(byte[] contents, String reason) throws IOException {
        LayoutCache cache = new LayoutCache(dir);
        Path file = cache.fileFor(GRAPH, PARAMETERS);
        Files.write(file, contents);
        assertThat(cache.load(GRAPH, PARAMETERS)).isEmpty();
        CachedLayout recomputed = get(cache);
        assertThat(recomputed.fromCache()).isFalse();
        assertThat(recomputed.note()).contains("ignored damaged layout cache file " + file.getFileName() + ": " + reason);
        assertThat(recomputed.layout()).isEqualTo(ForceLayout.compute(GRAPH, PARAMETERS));
        // Replaced by a sound file.
        assertThat(get(cache).fromCache()).isTrue();
    }

    private byte[] soundFile() throws IOException {
        LayoutCache cache = new LayoutCache(dir);
        cache.store(GRAPH, PARAMETERS, ForceLayout.compute(GRAPH, PARAMETERS));
        return Files.readAllBytes(cache.fileFor(GRAPH, PARAMETERS));
    }

    @Test
    void ignoresATruncatedFile() throws IOException {
        byte[] sound = soundFile();
        damageAndExpect(java.util.Arrays.copyOf(sound, 100), "it has 100 bytes, expected " + fileSize(120));
    }

    @Test
    void ignoresAFlippedBit() throws IOException {
        byte[] bytes = soundFile();
        bytes[500] ^= 0x10;
        damageAndExpect(bytes, "checksum mismatch");
    }

    @Test
    void ignoresSomethingElseOfTheRightLength() throws IOException {
        damageAndExpect(new byte[fileSize(120)], "not a layout file");
    }

    @Test
    void ignoresAnotherVersion() throws IOException {
        byte[] bytes = soundFile();
        bytes[7] = 9;
        damageAndExpect(bytes, "format version 9, expected 1");
    }

    @Test
    void ignoresAFileOfAnotherGraphUnderThisName() throws IOException {
        Graph other = Generators.holmeKim(120, 2, 0.8, 99);
        LayoutCache cache = new LayoutCache(dir);
        cache.store(other, PARAMETERS, ForceLayout.compute(other, PARAMETERS));
        damageAndExpect(Files.readAllBytes(cache.fileFor(other, PARAMETERS)),
                "it was written for another graph or other parameters");
    }

    @Test
    void aCacheThatCannotBeWrittenStillGivesTheLayout() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        CachedLayout result = get(new LayoutCache(notADirectory));
        assertThat(result.fromCache()).isFalse();
        assertThat(result.layout()).isEqualTo(ForceLayout.compute(GRAPH, PARAMETERS));
        Path file = new LayoutCache(notADirectory).fileFor(GRAPH, PARAMETERS);
        // Both halves are reported: the read failed (on Linux, "Not a directory"), then the write.
        assertThat(result.note()).contains("could not read layout cache file " + file
                + ": java.nio.file.FileSystemException: " + file + ": Not a directory"
                + "; could not save the layout in " + notADirectory
                + ": java.nio.file.FileAlreadyExistsException: " + notADirectory);
    }

    @Test
    void defaultDirectoryFollowsXdg() {
        assertThat(LayoutCache.defaultDirectory(Map.of("XDG_CACHE_HOME", "/var/cache/me"), "/home/me"))
                .isEqualTo(Path.of("/var/cache/me/faster-with-friends/layouts"));
        assertThat(LayoutCache.defaultDirectory(Map.of(), "/home/me"))
                .isEqualTo(Path.of("/home/me/.cache/faster-with-friends/layouts"));
        assertThat(LayoutCache.defaultDirectory(Map.of("XDG_CACHE_HOME", ""), "/home/me"))
                .isEqualTo(Path.of("/home/me/.cache/faster-with-friends/layouts"));
        assertThat(LayoutCache.defaultDirectory(Map.of("XDG_CACHE_HOME", "relative/cache"), "/home/me"))
                .isEqualTo(Path.of("/home/me/.cache/faster-with-friends/layouts"));
    }

    @Test
    void storeRefusesALayoutOfAnotherSize() {
        LayoutCache cache = new LayoutCache(dir);
        Layout small = new Layout(new double[3], new double[3]);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.store(GRAPH, PARAMETERS, small))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layout of 3 nodes for a graph of 120");
        assertThat(Optional.of(cache.directory())).contains(dir);
    }
}
