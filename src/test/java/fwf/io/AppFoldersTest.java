package fwf.io;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppFoldersTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void withoutXdgVariablesTheUsualFoldersUnderHome() {
        assertThat(AppFolders.of(Map.of(), HOME)).isEqualTo(new AppFolders(
                Path.of("/home/ada/.config/faster-with-friends"),
                Path.of("/home/ada/.local/share/faster-with-friends"),
                Path.of("/home/ada/.cache/faster-with-friends")));
    }

    @Test
    void eachAbsoluteXdgVariableMovesItsOwnFolderOnly() {
        AppFolders f = AppFolders.of(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data",
                "XDG_CACHE_HOME", "/var/cache/ada"), HOME);
        assertThat(f).isEqualTo(new AppFolders(Path.of("/cfg/faster-with-friends"),
                Path.of("/data/faster-with-friends"), Path.of("/var/cache/ada/faster-with-friends")));
        assertThat(AppFolders.of(Map.of("XDG_DATA_HOME", "/data"), HOME).cache())
                .isEqualTo(Path.of("/home/ada/.cache/faster-with-friends"));
    }

    @Test
    void anEmptyBlankOrRelativeVariableIsIgnoredAsTheSpecificationAsks() {
        for (String ignored : new String[] {"", "  ", "relative/cache"}) {
            AppFolders f = AppFolders.of(Map.of("XDG_CONFIG_HOME", ignored, "XDG_DATA_HOME", ignored,
                    "XDG_CACHE_HOME", ignored), HOME);
            assertThat(f).as("'%s'", ignored).isEqualTo(AppFolders.of(Map.of(), HOME));
        }
    }
}
