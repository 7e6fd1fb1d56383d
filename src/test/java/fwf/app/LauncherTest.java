package fwf.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

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
        // One line (it was three): every message a user can trigger is one line.
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "fwf: cannot open the window: no display (DISPLAY and WAYLAND_DISPLAY are not set); on a server run it"
                        + " under a virtual display (xvfb-run ./fwf), or use the command line (./fwf --help)"
                        + System.lineSeparator());
    }

    /**
     * A DISPLAY nothing answers on (the window's real start, in a JVM of its own, as ./fwf starts
     * it): one line saying which display and what to do instead, exit code 2, no JavaFX stack
     * trace and no JavaFX warning.
     */
    @Test
    void aDisplayThatCannotBeOpenedIsOneLine() throws Exception {
        int n = IntStream.range(7700, 7800)
                .filter(i -> !Files.exists(Path.of("/tmp/.X11-unix/X" + i)) && !Files.exists(Path.of("/tmp/.X" + i + "-lock")))
                .findFirst().orElseThrow();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName());
        pb.environment().put("DISPLAY", ":" + n);
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err.lines().toList()).isEqualTo(List.of("fwf: cannot open display :" + n
                + " (no X server answers there); on a server run it under a virtual display (xvfb-run ./fwf),"
                + " or use the command line (./fwf --help)"));
    }
}
