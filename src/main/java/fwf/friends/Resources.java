package fwf.friends;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The friends' own sources, shipped as class-path resources under {@code /fwf/friends/}. A jar
 * cannot list a folder, so each friend names its files where it is built ({@link Probe#sources()}).
 */
final class Resources {
    static final String BASE = "/fwf/friends/";

    /** What discovery runs to learn about a Python interpreter (see {@link PythonInterpreter}). */
    static final String PROBE = "python/fwf_probe.py";

    private Resources() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name + ": the build is incomplete");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Copies a resource to {@code target}, creating its folder. */
    static void copy(String name, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(target, bytes(name));
    }

    /** The file name of a resource path ({@code c/fwf_main.c} gives {@code fwf_main.c}). */
    static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /**
     * A short hash of the named resources and of the given facts (tool paths and versions):
     * 16 hex digits of SHA-256, plenty to tell builds apart and short enough for a folder name.
     */
    static String key(List<String> resources, List<String> facts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : resources) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                byte[] content = bytes(name);
                digest.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
            }
            for (String fact : facts) {
                digest.update(fact.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
