package fwf.app;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * A measuring hook for the start-up benchmark ({@code ./fwf bench}), off unless asked for:
 * with {@code -Dfwf.exitAfterShown=MS} it prints one line to stderr when the main window's first
 * frame is ready, then closes the program MS milliseconds later (0: at once). The line:
 *
 * <pre>fwf-startup first_frame_epoch_ns=1764093123456789012 jvm_uptime_ms=812</pre>
 *
 * <p>The wall-clock instant lets the caller subtract its own launch instant, so the figure
 * covers everything the user waits for: the launcher script, JVM start, class loading, JavaFX's
 * toolkit, building the window and its first layout. "First frame" is the end of the first
 * layout pulse after the stage is shown, not the show call itself: a window mapped but not yet
 * laid out is not what a user sees. (The render thread paints that pulse right after, so the
 * figure is short of the pixels by one paint, a few milliseconds.) The MS delay lets the caller
 * read the resident memory of a shown window.
 */
final class StartupProbe {
    static final String PROPERTY = "fwf.exitAfterShown";

    private StartupProbe() {
    }

    /** Arms the probe on the main stage when the property is set; a no-op otherwise. Call before showing it. */
    static void watch(Stage stage) {
        OptionalLong delay = delayMillis(System.getProperty(PROPERTY));
        if (delay.isEmpty()) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            Scene scene = stage.getScene();
            if (scene == null) {
                report(delay.getAsLong());
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                report(delay.getAsLong());
            };
            scene.addPostLayoutPulseListener(once[0]);
        });
    }

    /**
     * The property's delay: empty when absent or "false"; "true" means 0.
     *
     * @throws IllegalArgumentException for anything else that is not a whole number of milliseconds
     */
    static OptionalLong delayMillis(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return OptionalLong.empty();
        }
        if (value.equalsIgnoreCase("true")) {
            return OptionalLong.of(0);
        }
        try {
            long ms = Long.parseLong(value.strip());
            if (ms >= 0) {
                return OptionalLong.of(ms);
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("-D" + PROPERTY + " takes true or a delay in milliseconds, not '" + value + "'");
    }

    /** The line the benchmark reads. */
    static String line(Instant firstFrame, long jvmUptimeMillis) {
        long epochNanos = firstFrame.getEpochSecond() * 1_000_000_000L + firstFrame.getNano();
        return "fwf-startup first_frame_epoch_ns=" + epochNanos + " jvm_uptime_ms=" + jvmUptimeMillis;
    }

    private static void report(long delayMillis) {
        Instant now = Instant.now();
        // java.management is loaded only here, after the frame, so it does not slow what it measures.
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        PrintStream err = System.err;
        err.println(line(now, uptime));
        err.flush();
        Thread.ofPlatform().daemon().name("fwf-startup-probe").start(() -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // System.exit rather than Platform.exit: a probe run must end even when the window
            // left a non-daemon thread behind, and it has nothing of the user's to save.
            System.exit(0);
        });
    }
}
