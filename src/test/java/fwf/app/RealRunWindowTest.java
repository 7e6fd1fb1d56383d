package fwf.app;

import fwf.chart.Cell;
import fwf.chart.TimingChart;
import fwf.chart.TimingTable;
import fwf.results.Journal;
import fwf.run.Durations;
import fwf.run.Measurement;
import fwf.run.Status;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static fwf.app.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The window driving real worker processes through the engine. */
@ExtendWith(ApplicationExtension.class)
class RealRunWindowTest {
    /** Injected before {@code @Start} runs, and deleted after each test with the journal and settings. */
    @TempDir
    Path dir;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowFixture.open(stage, WindowFixture.config(dir));
    }

    /**
     * Closes the window, which saves its settings into {@code dir}: now, while the folder is
     * there, and only now. TestFX reuses one stage for every test and never hides it, so
     * otherwise the window would close when the JVM exits, after {@code @TempDir} has deleted
     * the folder, and make it again.
     */
    @Stop
    void stop() {
        WindowFixture.closeNow(stage);
    }

    /** Picks fib, one variant, one system and a size through the controls. */
    private void pick(FxRobot robot, String variant, String system, String size) {
        WindowFixture.waitForReady(robot, window);
        robot.clickOn("#workload-fib");
        CheckComboBox<String> variants = robot.lookup("#variants").query();
        robot.interact(() -> {
            variants.getCheckModel().clearChecks();
            variants.getCheckModel().check(variant);
        });
        for (String s : List.of("jvm-int", "jvm-c1", "jvm-c2", "jvm-c2-only")) {
            CheckBox box = robot.lookup("#system-" + s).query();
            if (box.isSelected() != s.equals(system)) {
                robot.clickOn(box);
            }
        }
        robot.interact(() -> robot.lookup("#size").queryAs(TextField.class).clear());
        robot.clickOn("#size").write(size);
        assertThat(window.controls().variants()).containsExactly(variant);
        assertThat(window.controls().systems()).containsExactly(system);
    }

    @Test
    void fibOnC2GivesOneVerifiedBar(FxRobot robot) throws Exception {
        pick(robot, "primitive", "jvm-c2", "25");
        robot.clickOn("#run");
        waitFor(180, () -> !window.board().results().isEmpty() && !window.runs().busyProperty().get());

        Measurement m = window.board().results().getFirst();
        assertThat(m.status()).isEqualTo(Status.OK);
        assertThat(m.answer()).isEqualTo("75025");
        assertThat(m.expected()).isEqualTo("75025");
        TimingTable table = WaitForAsyncUtils.asyncFx(() -> TimingChart.view(window.timing().chart()).table()).get();
        assertThat(table.columns()).containsExactly("fib(25)");
        assertThat(table.cells()).hasSize(1);
        Cell.Timed bar = (Cell.Timed) table.cells().getFirst();
        assertThat(bar.name()).isEqualTo("Java C2 (tiered) · primitive");
        // The chart flags a spread too wide to trust beside the median, as the statistics do.
        // The label then gives the interval the whisker draws: the quartiles of the measured runs.
        String spread = m.stats().cv() > fwf.run.Stats.WIDE_CV
                ? " (quartiles " + Durations.human(Math.round(fwf.chart.TimingTable.quantile(m.samplesNs(), 0.25)))
                + " to " + Durations.human(Math.round(fwf.chart.TimingTable.quantile(m.samplesNs(), 0.75))) + ")" : "";
        assertThat(bar.label()).isEqualTo(Durations.human(m.stats().medianNs()) + spread);
        assertThat(window.status().text()).startsWith(
                "fib(25) primitive on Java C2 (tiered): 75025 verified, median " + Durations.human(m.stats().medianNs()));
        assertThat(Journal.open(dir.resolve("results.jsonl")).load().records()).extracting(Measurement::id)
                .containsExactly(m.id());
    }

    @Test
    void aResultThatCannotBeSavedEndsAsAnErrorInTheStatusBar(FxRobot robot) throws Exception {
        pick(robot, "primitive", "jvm-c2", "20");
        // The window has read its (missing) journal; now the journal's path is a folder.
        Path journal = java.nio.file.Files.createDirectory(dir.resolve("results.jsonl"));
        robot.clickOn("#run");
        waitFor(180, () -> !window.board().results().isEmpty() && !window.runs().busyProperty().get());
        assertThat(window.board().results().getFirst().status()).isEqualTo(Status.OK); // measured, shown, not saved
        // The error comes after the run's own outcome, so it is what the bar keeps saying.
        waitFor(5, () -> window.status().text().startsWith("error"));
        assertThat(window.status().text()).isEqualTo("error: the result was not saved: " + journal + ": is a directory");
    }

    @Test
    void escCancelsALongRunAndLeavesNoWorker(FxRobot robot) throws Exception {
        pick(robot, "primitive", "jvm-int", "45");
        assertThat(robot.lookup("#size-message").queryLabeled().getText()).isEqualTo(
                "fib(45) on jvm-int can take minutes (each step past 40 costs 1.6 times more): Esc cancels");
        robot.clickOn("#run");
        // Wait until the worker is up and computing: cancelling must reach a live process.
        waitFor(60, () -> window.runs().progressProperty().get() != null
                && window.runs().progressProperty().get().phase() == RunProgress.Phase.WARMUP);
        assertThat(ProcessHandle.current().descendants().count()).isPositive();

        robot.type(KeyCode.ESCAPE);
        // fib(45) on the interpreter takes over a minute: stopping within 2 s is the cancel.
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> !window.runs().busyProperty().get()
                && ProcessHandle.current().descendants().findAny().isEmpty());

        assertThat(window.status().text()).isEqualTo("fib(45) primitive on Java -Xint: cancelled");
        assertThat(window.board().dataset().bars()).isEmpty();
        assertThat(window.board().results()).isEmpty();
        List<Measurement> journaled = Journal.open(dir.resolve("results.jsonl")).load().records();
        assertThat(journaled).extracting(Measurement::status).containsExactly(Status.CANCELLED);
    }
}
