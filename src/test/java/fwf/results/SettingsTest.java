package fwf.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void rememberedChoicesSurviveASaveAndALoad() {
        Path file = dir.resolve("deep/folder/window.properties");
        Settings s = Settings.load(file);
        assertThat(s.get("graph.path")).isEmpty();
        s.put("graph.path", "/data/facebook_combined.txt");
        s.put("size.fib", "25");
        s.put("blank", " ");
        assertThat(s.save()).isNull();

        Settings again = Settings.load(file);
        assertThat(again.get("graph.path")).contains("/data/facebook_combined.txt");
        assertThat(again.get("size.fib")).contains("25");
        assertThat(again.get("blank")).isEmpty();
        again.put("size.fib", null);
        assertThat(again.get("size.fib")).isEmpty();
    }

    @Test
    void theConfiguredGraphIsAnExistingFileTheWindowUses() throws Exception {
        Path graph = Files.writeString(dir.resolve("k3.txt"), "1 2\n2 3\n3 1\n");
        Settings s = Settings.load(dir.resolve("window.properties"));
        assertThat(s.configuredGraph()).isEmpty();
        s.put(Settings.GRAPH_PATH, graph.toString());
        assertThat(s.configuredGraph()).contains(graph);
        s.put(Settings.GRAPH_SOURCE, "GENERATED");
        assertThat(s.configuredGraph()).isEmpty();
        s.put(Settings.GRAPH_SOURCE, "FILE");
        s.put(Settings.GRAPH_PATH, dir.resolve("gone.txt").toString());
        assertThat(s.configuredGraph()).isEmpty();
    }

    @Test
    void aDamagedOrMissingFileOnlyLosesTheChoices() throws Exception {
        Path file = dir.resolve("window.properties");
        Files.write(file, new byte[] {'a', '=', '\\', 'u', '1'}); // a broken \\u escape
        assertThat(Settings.load(file).get("a")).isEmpty();
        assertThat(Settings.load(dir.resolve("missing")).get("a")).isEmpty();
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedNotThrown() throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");
        Settings s = Settings.load(blocker.resolve("window.properties"));
        s.put("k", "v");
        assertThat(s.save()).startsWith("could not remember the choices in " + blocker.resolve("window.properties") + ": ");
    }

    @Test
    void theFileLivesUnderXdgConfigHome() {
        Path home = Path.of("/home/ada");
        assertThat(Settings.defaultPath(Map.of("XDG_CONFIG_HOME", "/cfg"), home))
                .isEqualTo(Path.of("/cfg/faster-with-friends/window.properties"));
        assertThat(Settings.defaultPath(Map.of("XDG_CONFIG_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/ada/.config/faster-with-friends/window.properties"));
        assertThat(Settings.defaultPath(Map.of(), home))
                .isEqualTo(Path.of("/home/ada/.config/faster-with-friends/window.properties"));
    }
}
