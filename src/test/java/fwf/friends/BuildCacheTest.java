package fwf.friends;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Builds happen once, land whole or not at all, and survive builders racing for the same entry. */
class BuildCacheTest {

    /** A build that writes two files, counts its runs and can wait for company. */
    private record FakeBuild(String key, AtomicInteger runs, CyclicBarrier together, boolean fails) implements Build {
        @Override
        public String unit() {
            return "fake";
        }

        @Override
        public void build(Path work, Path out) throws BuildException, IOException {
            int run = runs.incrementAndGet();
            Files.writeString(work.resolve("scratch.o"), "intermediate");
            Files.writeString(out.resolve("first"), "run " + run);
            if (together != null) {
                try {
                    together.await(30, TimeUnit.SECONDS); // every builder is now mid-build
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
            if (fails) {
                throw new BuildException("fake build failed: on purpose");
            }
            Files.writeString(out.resolve("second"), "run " + run);
        }
    }

    @Test
    void defaultRootFollowsXdgThenHome() {
        assertThat(BuildCache.defaultRoot(Map.of("XDG_CACHE_HOME", "/x/cache", "HOME", "/home/u")))
                .isEqualTo(Path.of("/x/cache/faster-with-friends"));
        assertThat(BuildCache.defaultRoot(Map.of("HOME", "/home/u")))
                .isEqualTo(Path.of("/home/u/.cache/faster-with-friends"));
        // The XDG spec ignores a relative value.
        assertThat(BuildCache.defaultRoot(Map.of("XDG_CACHE_HOME", "relative", "HOME", "/home/u")))
                .isEqualTo(Path.of("/home/u/.cache/faster-with-friends"));
    }

    @Test
    void buildsOnceThenReuses(@TempDir Path root) throws Exception {
        BuildCache cache = new BuildCache(root);
        AtomicInteger runs = new AtomicInteger();
        FakeBuild build = new FakeBuild("k1", runs, null, false);
        Path entry = cache.ensure(build);
        assertThat(entry).isEqualTo(root.resolve("v2/fake-k1"));
        assertThat(cache.ensure(build)).isEqualTo(entry);
        assertThat(runs).hasValue(1);
        assertThat(Files.readString(entry.resolve("second"))).isEqualTo("run 1");
        assertThat(entry.resolve("scratch.o")).doesNotExist(); // only the output is kept
        assertThat(Files.readString(entry.resolve(BuildCache.BUILD_LOG))).startsWith("unit fake\nkey k1\nbuilt ");
        assertThat(leftovers(root)).isEmpty();
        // Another key (new sources or toolchain) is another entry, built anew.
        assertThat(cache.ensure(new FakeBuild("k2", runs, null, false))).isEqualTo(root.resolve("v2/fake-k2"));
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailedBuildLeavesNothingBehind(@TempDir Path root) {
        BuildCache cache = new BuildCache(root);
        AtomicInteger runs = new AtomicInteger();
        FakeBuild failing = new FakeBuild("bad", runs, null, true);
        assertThatThrownBy(() -> cache.ensure(failing)).isInstanceOf(BuildException.class)
                .hasMessage("fake build failed: on purpose");
        assertThat(root.resolve("v2/fake-bad")).doesNotExist();
        assertThat(leftovers(root)).isEmpty();
        // Failures are not cached: the next call tries again.
        assertThatThrownBy(() -> cache.ensure(failing)).isInstanceOf(BuildException.class);
        assertThat(runs).hasValue(2);
    }

    @Test
    void racingBuildersAllGetOneWholeEntry(@TempDir Path root) throws Exception {
        int builders = 4;
        AtomicInteger runs = new AtomicInteger();
        FakeBuild build = new FakeBuild("race", runs, new CyclicBarrier(builders), false);
        List<Path> entries = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(builders)) {
            List<Future<Path>> futures = new ArrayList<>();
            for (int i = 0; i < builders; i++) {
                // Separate BuildCache objects, as separate processes would have.
                futures.add(pool.submit(() -> new BuildCache(root).ensure(build)));
            }
            for (Future<Path> f : futures) {
                entries.add(f.get(60, TimeUnit.SECONDS));
            }
        }
        assertThat(runs).hasValue(builders); // all were mid-build at once
        assertThat(entries).containsOnly(root.resolve("v2/fake-race"));
        Path entry = root.resolve("v2/fake-race");
        // Both files come from the same builder: the winner's folder moved in whole.
        assertThat(Files.readString(entry.resolve("first"))).isEqualTo(Files.readString(entry.resolve("second")));
        assertThat(leftovers(root)).isEmpty();
    }

    @Test
    void eachProductIsStampedWithItsHashAsSha256sumWritesIt(@TempDir Path root) throws Exception {
        Path entry = new BuildCache(root).ensure(new FakeBuild("k1", new AtomicInteger(), null, false));
        assertThat(Files.readString(entry.resolve(BuildCache.STAMP))).isEqualTo(
                sha256("run 1") + "  first\n" + sha256("run 1") + "  second\n");
        assertThat(BuildCache.damage(entry)).isEmpty();
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aDamagedProductIsNoticedAndBuiltAgain(@TempDir Path root) throws Exception {
        BuildCache cache = new BuildCache(root);
        AtomicInteger runs = new AtomicInteger();
        FakeBuild build = new FakeBuild("k1", runs, null, false);
        Path entry = cache.ensure(build);
        // Truncated, emptied, deleted: each is found and the entry built again, whole.
        Files.writeString(entry.resolve("second"), "ru");
        assertThat(BuildCache.damage(entry)).hasValue("second changed since it was built");
        assertThat(cache.ensure(build)).isEqualTo(entry);
        assertThat(runs).hasValue(2);
        assertThat(Files.readString(entry.resolve("second"))).isEqualTo("run 2");
        Files.write(entry.resolve("first"), new byte[0]);
        assertThat(cache.ensure(build)).isEqualTo(entry);
        assertThat(Files.readString(entry.resolve("first"))).isEqualTo("run 3");
        Files.delete(entry.resolve("first"));
        assertThat(BuildCache.damage(entry)).hasValue("first is missing");
        cache.ensure(build);
        assertThat(runs).hasValue(4);
        assertThat(BuildCache.damage(entry)).isEmpty();
        // An entry without its stamp cannot be trusted either.
        Files.delete(entry.resolve(BuildCache.STAMP));
        cache.ensure(build);
        assertThat(runs).hasValue(5);
        assertThat(leftovers(root)).isEmpty();
        try (Stream<Path> files = Files.list(root.resolve("v2"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("fake-k1"); // nothing set aside is left
        }
    }

    private static List<String> leftovers(Path root) {
        Path entries = root.resolve("v2");
        if (!Files.exists(entries)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(entries)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".building-")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
