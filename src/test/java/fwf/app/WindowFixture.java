package fwf.app;

import fwf.runner.Runner;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A window on a temporary journal and settings file, and the waiting tests need. */
final class WindowFixture {
    private WindowFixture() {
    }

    /**
     * The real engine on the JVM tiers, with the journal, settings and generated graphs in
     * {@code dir}. Friends are not looked for: discovery builds them, which is the friends' tests'
     * business.
     */
    static AppConfig config(Path dir) {
        return new AppConfig(dir.resolve("results.jsonl"), dir.resolve("window.properties"), null,
                new Runner()::start, SystemAvailability.jvmOnly(), dir.resolve("graphs"));
    }

    /**
     * Closes the window, which saves its settings into the test's folder: now, while the folder
     * is there. TestFX reuses one stage and never hides it, so the window would otherwise close
     * at the JVM's exit, after {@code @TempDir} deleted the folder, and make it again.
     */
    static void closeNow(Stage stage) {
        stage.hide();
        stage.setOnHidden(null);
    }

    static MainWindow open(Stage stage, AppConfig config) {
        return MainWindow.open(stage, config);
    }

    /** Waits for a condition checked on the FX thread. */
    static void waitFor(long seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("still not true after " + seconds + " s", e);
        }
    }

    /** Waits until the journal is read (the status bar says "Ready...") and the systems are shown. */
    static void waitForReady(FxRobot robot, MainWindow window) {
        waitFor(10, () -> window.status().text().startsWith("Ready"));
        waitForSystems(robot);
    }

    /** Waits until the systems are discovered and their check boxes shown. */
    static void waitForSystems(FxRobot robot) {
        waitFor(10, () -> robot.lookup("#system-jvm-c2").tryQuery().isPresent());
    }
}
