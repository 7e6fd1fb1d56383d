package fwf.results;

import fwf.io.AppFolders;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The window's remembered choices (graph file, last workload, variants, systems, sizes) in a
 * small properties file the user can read and delete, rather than java.util.prefs, whose
 * storage on Linux is a hidden XML tree the user never finds.
 *
 * <p>Remembering is best effort: a file that cannot be read or written must never stop the
 * window from opening, so problems are returned as text for the status bar, not thrown.
 */
public final class Settings {
    private static final String FILE_NAME = "window.properties";

    private final Path file;
    private final Map<String, String> values = new TreeMap<>();

    private Settings(Path file) {
        this.file = file;
    }

    /** {@code $XDG_CONFIG_HOME/faster-with-friends/window.properties}, else under {@code ~/.config}. */
    public static Path defaultPath(Map<String, String> env, Path home) {
        return AppFolders.of(env, home).config().resolve(FILE_NAME);
    }

    /** Settings from {@code file}; a missing or unreadable file gives empty settings. */
    public static Settings load(Path file) {
        Settings s = new Settings(file);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return s;
        } catch (IOException | IllegalArgumentException e) {
            return s; // a damaged file only loses the remembered choices
        }
        p.stringPropertyNames().forEach(k -> s.values.put(k, p.getProperty(k)));
        return s;
    }

    public Path file() {
        return file;
    }

    /** The graph file the window was last given: the command line's default graph too. */
    public static final String GRAPH_PATH = "graph.path";
    /** FILE or GENERATED: whether the window counts triangles on that file or on a generated graph. */
    public static final String GRAPH_SOURCE = "graph.source";
    /** Which generated graph the window counts on when the source is GENERATED: its key, as {@code fwf.graph.GeneratedGraph#key}. */
    public static final String GRAPH_GENERATED = "graph.generated";

    /**
     * The configured graph file, when the window last used a file and it still exists: so a
     * path given once, in the window or here, is the default everywhere after.
     */
    public Optional<Path> configuredGraph() {
        if (get(GRAPH_SOURCE).filter("GENERATED"::equals).isPresent()) {
            return Optional.empty();
        }
        return get(GRAPH_PATH).map(Path::of).filter(Files::isRegularFile);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public void put(String key, String value) {
        if (value == null || value.isBlank()) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    /**
     * Writes the file (through a temporary file and a move, so a crash mid-write leaves the old
     * choices rather than half of them).
     *
     * @return null when saved, else why not
     */
    public String save() {
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Properties p = new Properties();
            p.putAll(values);
            Path tmp = Files.createTempFile(target.getParent(), "." + FILE_NAME, ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Faster with Friends: the window's remembered choices");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return null;
        } catch (IOException e) {
            return "could not remember the choices in " + file + ": " + e.getMessage();
        }
    }
}
