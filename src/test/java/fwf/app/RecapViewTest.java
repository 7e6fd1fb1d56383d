package fwf.app;

import fwf.run.Measurement;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static fwf.app.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The Recap tab: the talk's table from the board, its baseline chooser, the cold/warm toggle and the copy. */
@ExtendWith(ApplicationExtension.class)
class RecapViewTest {
    private static final long MS = 1_000_000L;
    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowFixture.open(stage, WindowFixture.config(dir));
    }

    /** Closes the window now, while the folder is there (see WindowFixture#closeNow). */
    @org.testfx.framework.junit5.Stop
    void stop() {
        WindowFixture.closeNow(stage);
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(FxRobot robot, String id) {
        return List.copyOf(robot.lookup(id).queryAs(TableView.class).getItems());
    }

    @Test
    void theTalksTableWithAChosenBaselineColdOrWarmAndCopiedAsShown(FxRobot robot) throws Exception {
        WindowFixture.waitForReady(robot, window);
        // Results.ok: warm-ups of 3x and 2x the first sample, so the cold call is 3x the first sample.
        Measurement cpython = Results.ok(Results.request("fib", "recursive", "cpython", 40), 12_000 * MS);
        Measurement c2 = Results.ok(Results.request("fib", "primitive", "jvm-c2", 40), 240 * MS, 300 * MS, 360 * MS);
        robot.interact(() -> {
            window.board().add(c2);
            window.board().add(cpython);
        });
        robot.clickOn("Recap");
        WaitForAsyncUtils.waitForFxEvents();
        // cold: 36.0 s and 720 ms, 0.72 / 36 = 0.0200
        assertThat(rows(robot, "#recap-table")).containsExactly(
                List.of("CPython", "36.0 s", "", "1.00", "", ""),
                List.of("Java C2 (tiered)", "720 ms", "", "0.0200", "", ""));
        assertThat(robot.lookup("#recap-baseline").queryAs(ChoiceBox.class).getValue()).isEqualTo("CPython");
        assertThat(rows(robot, "#recap-talk")).hasSize(7).first().isEqualTo(
                List.of("python 3.10", "31.90 s", "133.96 s", "1.00", "1.00", "1.00"));

        robot.clickOn("#recap-warm");
        WaitForAsyncUtils.waitForFxEvents();
        // warm: the medians, 300 ms / 12.0 s = 0.0250
        assertThat(rows(robot, "#recap-table")).containsExactly(
                List.of("CPython", "12.0 s", "", "1.00", "", ""),
                List.of("Java C2 (tiered)", "300 ms", "", "0.0250", "", ""));
        assertThat(window.recap().markdownProperty().get()).contains("; warm: the median of the measured iterations;");

        robot.interact(() -> robot.lookup("#recap-baseline").queryAs(ChoiceBox.class).setValue("Java C2 (tiered)"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows(robot, "#recap-table")).extracting(r -> r.get(3)).containsExactly("40.0", "1.00");

        robot.clickOn("#copy-markdown");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(window.recap().markdownProperty().get())
                .contains("relative: time over Java C2 (tiered)'s").contains("| CPython          |       12.0 s |");
        waitFor(5, () -> window.status().text().startsWith("Copied the recap table as Markdown"));
    }
}
