package fwf.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {
    @Test
    void linuxWithoutADisplayIsAProblem() {
        assertThat(Launcher.displayProblem(Map.of(), null, "Linux"))
                .isEqualTo("no display (DISPLAY and WAYLAND_DISPLAY are not set)");
        assertThat(Launcher.displayProblem(Map.of("DISPLAY", " "), null, "Linux")).isNotNull();
    }

    @Test
    void anyDisplayOrTheHeadlessPlatformWillDo() {
        assertThat(Launcher.displayProblem(Map.of("DISPLAY", ":99"), null, "Linux")).isNull();
        assertThat(Launcher.displayProblem(Map.of("WAYLAND_DISPLAY", "wayland-0"), null, "Linux")).isNull();
        assertThat(Launcher.displayProblem(Map.of(), "Headless", "Linux")).isNull();
        assertThat(Launcher.displayProblem(Map.of(), null, "Mac OS X")).isNull();
    }

    @Test
    void theMessageSuggestsXvfbAndTheCommandLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Launcher.explainNoDisplay("no display (DISPLAY and WAYLAND_DISPLAY are not set)",
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                fwf: cannot open the window: no display (DISPLAY and WAYLAND_DISPLAY are not set).
                  On a server, run it under a virtual display:  xvfb-run ./fwf
                  or use the command line:                      ./fwf --help
                """);
    }
}
