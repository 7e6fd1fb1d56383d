package fwf.friends;

import fwf.io.AppFolders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where friends are built, once per machine and reused after that.
 *
 * <p>Layout: {@code ROOT/v2/UNIT-KEY/} holds one finished build ({@code c-1f2e...}: the C program
 * {@code fwf-c} and {@code libfwf_c.so}); KEY hashes the sources and the toolchain, so a new
 * compiler or an edited source makes a new entry and never reuses a stale one. A build runs in
 * {@code ROOT/v2/.building-UNIT-*}, then its output folder is renamed into place in one atomic
 * step: a reader sees a whole entry or none, and when two processes build the same entry at
 * once, the first rename wins and the other discards its copy. Nothing is ever written into
 * the repository.
 *
 * <p>Each entry checks what it holds: its {@value #STAMP} lists the SHA-256 of every product
 * (in {@code sha256sum} format, so {@code sha256sum -c} checks it by hand too), and an entry
 * whose products no longer match (a binary truncated or emptied, a library half-copied, a file
 * deleted) or that has no stamp is moved aside and built again, instead of failing to run until
 * someone deletes the folder. {@code v2} is the layout with stamps: entries of the older layout
 * are left alone for the programs that still use them.
 */
public final class BuildCache {
    /** The record each entry keeps of how it was built. */
    public static final String BUILD_LOG = "build.log";
    /** The hash of each product of an entry, written last. */
    public static final String STAMP = "products.sha256";
    /** The folder of the layout with stamps, under the root. */
    static final String LAYOUT = "v2";

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
        return entries().resolve(build.unit() + "-" + build.key());
    }

    private Path entries() {
        return root.resolve(LAYOUT);
    }

    /**
     * The finished build, building it first when no process has.
     *
     * @throws BuildException when the build fails; nothing is cached then, so the next call tries again
     */
    Path ensure(Build build) throws BuildException, IOException {
        Path entry = entry(build);
        if (Files.isDirectory(entry)) {
            if (damage(entry).isEmpty()) {
                return entry;
            }
            discard(entry);
        }
        Files.createDirectories(entries());
        Path temp = Files.createTempDirectory(entries(), ".building-" + build.unit() + "-");
        try {
            Path work = Files.createDirectory(temp.resolve("work"));
            Path out = Files.createDirectory(temp.resolve("out"));
            long start = System.nanoTime();
            build.build(work, out);
            long ms = (System.nanoTime() - start) / 1_000_000;
            Files.writeString(out.resolve(BUILD_LOG), "unit " + build.unit() + "\nkey " + build.key()
                    + "\nbuilt " + Instant.now() + " in " + ms + " ms\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve(STAMP), stamp(out), StandardCharsets.UTF_8);
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

    /**
     * What is wrong with a finished entry, or empty when every product it stamped is there with
     * the hash it was built with. Files it did not stamp (none, unless someone adds them) do not
     * matter.
     */
    static Optional<String> damage(Path entry) throws IOException {
        Path stamp = entry.resolve(STAMP);
        if (!Files.isRegularFile(stamp)) {
            return Optional.of("no " + STAMP);
        }
        List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.of(STAMP + " is empty");
        }
        for (String line : lines) {
            int gap = line.indexOf("  ");
            if (gap != SHA256_HEX) {
                return Optional.of(STAMP + " has a damaged line: " + line);
            }
            Path product = entry.resolve(line.substring(gap + 2));
            if (!Files.isRegularFile(product)) {
                return Optional.of(line.substring(gap + 2) + " is missing");
            }
            if (!sha256(product).equals(line.substring(0, gap))) {
                return Optional.of(line.substring(gap + 2) + " changed since it was built");
            }
        }
        return Optional.empty();
    }

    private static final int SHA256_HEX = 64;

    /** One {@code sha256sum} line per product, sorted by path; the log and the stamp are no products. */
    private static String stamp(Path out) throws IOException {
        List<Path> products;
        try (Stream<Path> files = Files.walk(out)) {
            products = files.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(out.resolve(BUILD_LOG)) && !p.equals(out.resolve(STAMP)))
                    .sorted().toList();
        }
        StringBuilder lines = new StringBuilder();
        for (Path p : products) {
            lines.append(sha256(p)).append("  ").append(out.relativize(p).toString().replace('\\', '/')).append('\n');
        }
        return lines.toString();
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Moves a damaged entry out of the way in one step, then deletes it. A process that already
     * runs a program from it keeps running (the files stay until it closes them); when another
     * process discards the same entry first, there is nothing left to move.
     */
    private void discard(Path entry) throws IOException {
        Path aside = entries().resolve(".damaged-" + entry.getFileName() + "-" + System.nanoTime());
        try {
            Files.move(entry, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            return;
        }
        deleteTree(aside);
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
