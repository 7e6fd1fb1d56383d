package fwf.friends;

import fwf.io.AppFolders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Map;

/**
 * Where friends are built, once per machine and reused after that.
 *
 * <p>Layout: {@code ROOT/UNIT-KEY/} holds one finished build ({@code c-1f2e...}: the C program
 * {@code fwf-c} and {@code libfwf_c.so}); KEY hashes the sources and the toolchain, so a new
 * compiler or an edited source makes a new entry and never reuses a stale one. A build runs in
 * {@code ROOT/.building-UNIT-*}, then its output folder is renamed into place in one atomic
 * step: a reader sees a whole entry or none, and when two processes build the same entry at
 * once, the first rename wins and the other discards its copy. Nothing is ever written into
 * the repository.
 */
public final class BuildCache {
    /** The record each entry keeps of how it was built. */
    public static final String BUILD_LOG = "build.log";

    private final Path root;

    public BuildCache(Path root) {
        this.root = root.toAbsolutePath();
    }

    /** {@code $XDG_CACHE_HOME/faster-with-friends}, else {@code ~/.cache/faster-with-friends}. */
    public static Path defaultRoot(Map<String, String> environment) {
        // HOME from the given environment too, so a caller that passes one decides the folder whole.
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return AppFolders.of(environment, Path.of(home)).cache();
    }

    public Path root() {
        return root;
    }

    /** The folder a build of this unit and key lives in, whether or not it exists yet. */
    Path entry(Build build) {
        return root.resolve(build.unit() + "-" + build.key());
    }

    /**
     * The finished build, building it first when no process has.
     *
     * @throws BuildException when the build fails; nothing is cached then, so the next call tries again
     */
    Path ensure(Build build) throws BuildException, IOException {
        Path entry = entry(build);
        if (Files.isDirectory(entry)) {
            return entry;
        }
        Files.createDirectories(root);
        Path temp = Files.createTempDirectory(root, ".building-" + build.unit() + "-");
        try {
            Path work = Files.createDirectory(temp.resolve("work"));
            Path out = Files.createDirectory(temp.resolve("out"));
            long start = System.nanoTime();
            build.build(work, out);
            long ms = (System.nanoTime() - start) / 1_000_000;
            Files.writeString(out.resolve(BUILD_LOG), "unit " + build.unit() + "\nkey " + build.key()
                    + "\nbuilt " + Instant.now() + " in " + ms + " ms\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            try {
                Files.move(out, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // Another process finished the same build first; its entry is as good as ours.
                // Linux's rename says ENOTEMPTY, which the JDK reports as a plain
                // FileSystemException, so the test is whether the entry is there now.
                if (!Files.isDirectory(entry)) {
                    throw raced;
                }
            }
            return entry;
        } finally {
            deleteTree(temp);
        }
    }

    static void deleteTree(Path top) throws IOException {
        if (!Files.exists(top)) {
            return;
        }
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
