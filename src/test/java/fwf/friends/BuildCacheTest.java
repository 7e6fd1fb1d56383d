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
        assertThat(entry).isEqualTo(root.resolve("fake-k1"));
        assertThat(cache.ensure(build)).isEqualTo(entry);
        assertThat(runs).hasValue(1);
        assertThat(Files.readString(entry.resolve("second"))).isEqualTo("run 1");
        assertThat(entry.resolve("scratch.o")).doesNotExist(); // only the output is kept
        assertThat(Files.readString(entry.resolve(BuildCache.BUILD_LOG))).startsWith("unit fake\nkey k1\nbuilt ");
        assertThat(leftovers(root)).isEmpty();
        // Another key (new sources or toolchain) is another entry, built anew.
        assertThat(cache.ensure(new FakeBuild("k2", runs, null, false))).isEqualTo(root.resolve("fake-k2"));
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailedBuildLeavesNothingBehind(@TempDir Path root) {
        BuildCache cache = new BuildCache(root);
        AtomicInteger runs = new AtomicInteger();
        FakeBuild failing = new FakeBuild("bad", runs, null, true);
        assertThatThrownBy(() -> cache.ensure(failing)).isInstanceOf(BuildException.class)
                .hasMessage("fake build failed: on purpose");
        assertThat(root.resolve("fake-bad")).doesNotExist();
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
        assertThat(entries).containsOnly(root.resolve("fake-race"));
        Path entry = root.resolve("fake-race");
        // Both files come from the same builder: the winner's folder moved in whole.
        assertThat(Files.readString(entry.resolve("first"))).isEqualTo(Files.readString(entry.resolve("second")));
        assertThat(leftovers(root)).isEmpty();
    }

    private static List<String> leftovers(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".building-")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
