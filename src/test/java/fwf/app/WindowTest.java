package fwf.app;

import fwf.chart.BarKey;
import fwf.chart.Cell;
import fwf.chart.TimingChart;
import fwf.run.Measurement;
import fwf.workload.Catalogue;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

import static fwf.app.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The window with an engine that answers at once: what the window does with results and input. */
@ExtendWith(ApplicationExtension.class)
class WindowTest {
    /** Injected before {@code @Start} runs, and deleted after each test with the journal and settings. */
    @TempDir
    Path dir;
    private final AtomicInteger started = new AtomicInteger();
    private AppConfig config;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        config = new AppConfig(dir.resolve("results.jsonl"), dir.resolve("window.properties"), null,
                Results.instant(r -> {
                    started.incrementAndGet();
                    return Results.ok(r, 281_000, 282_000, 280_000, 281_500, 281_000);
                }), SystemAvailability.jvmOnly());
        window = WindowFixture.open(stage, config);
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

    private void typeSize(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#size").queryAs(TextField.class).clear());
        robot.clickOn("#size").write(text);
    }

    @Test
    void aBadSizeSaysWhyAndRunsNothing(FxRobot robot) {
        WindowFixture.waitForReady(robot, window);
        typeSize(robot, "0");
        String message = "n must be a whole number from 1 to 50, got '0'";
        assertThat(robot.lookup("#size-message").queryLabeled().getText()).isEqualTo(message);
        robot.clickOn("#run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.notifications().getText()).isEqualTo(message);
        assertThat(window.status().text()).isEqualTo(message);
        assertThat(started).hasValue(0);
        assertThat(window.runs().busyProperty().get()).isFalse();
        assertThat(window.board().dataset().bars()).isEmpty();
        assertThat(dir.resolve("results.jsonl")).doesNotExist();

        typeSize(robot, "51");
        assertThat(robot.lookup("#size-message").queryLabeled().getText())
                .isEqualTo("n must be a whole number from 1 to 50, got '51'");
        typeSize(robot, "25");
        assertThat(robot.lookup("#size-message").queryLabeled().isVisible()).isFalse();
    }

    @Test
    void exportWritesAPngOfTheRequestedSize(FxRobot robot) throws Exception {
        WindowFixture.waitForReady(robot, window);
        typeSize(robot, "25");
        robot.clickOn("#run");
        waitFor(10, () -> window.board().results().size() == 1);

        Path png = dir.resolve("chart.png");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(10, () -> robot.lookup("#export-width").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#export-width").queryAs(TextField.class).setText("800");
            robot.lookup("#export-height").queryAs(TextField.class).setText("450");
            robot.lookup("#export-file").queryAs(TextField.class).setText(png.toString());
        });
        robot.clickOn("#export-save");
        waitFor(20, () -> Files.exists(png) && window.status().text().startsWith("Saved "));

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(450);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        // Text, a bar in the family's colour and anti-aliasing: far more than a blank page's one colour.
        assertThat(colours.size()).isGreaterThan(20);
        assertThat(window.status().text()).isEqualTo("Saved " + png.toAbsolutePath() + " (800x450)");
    }

    @Test
    void anExportFieldThatIsWrongKeepsTheDialogOpen(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(10, () -> robot.lookup("#export-width").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#export-width").queryAs(TextField.class).setText("abc"));
        robot.clickOn("#export-save");
        assertThat(robot.lookup("#export-problem").queryLabeled().getText())
                .isEqualTo("width must be a whole number from 100 to 16,000, got 'abc'");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aSecondStartShowsTheFirstStartsBarsFromTheJournal(FxRobot robot) throws Exception {
        WindowFixture.waitForReady(robot, window);
        typeSize(robot, "25");
        robot.clickOn("#run");
        waitFor(10, () -> window.board().results().size() == 1);
        Measurement first = window.board().results().getFirst();
        Stage firstStage = (Stage) robot.lookup("#root").query().getScene().getWindow();
        robot.interact(firstStage::close);

        MainWindow second = WaitForAsyncUtils.asyncFx(() -> MainWindow.open(new Stage(), config)).get();
        waitFor(10, () -> second.board().dataset().size() == 1);
        assertThat(second.board().results()).extracting(Measurement::id).containsExactly(first.id());
        List<Cell> cells = WaitForAsyncUtils.asyncFx(() -> TimingChart.view(second.timing().chart()).table().cells()).get();
        assertThat(cells).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(new BarKey("fib", 25, null, "jvm-c2", "primitive"));
            assertThat(c.name()).isEqualTo("Java C2 (tiered) · primitive");
        });
        // The choices came back too.
        assertThat(second.controls().sizeTextProperty().get()).isEqualTo("25");

        // A new board starts empty, and so does the next start.
        robot.interact(() -> second.board().newBoard());
        waitFor(10, () -> second.board().dataset().size() == 0);
        robot.interact(() -> ((Stage) second.tabs().getScene().getWindow()).close());
        MainWindow third = WaitForAsyncUtils.asyncFx(() -> MainWindow.open(new Stage(), config)).get();
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(third.board().results()).isEmpty();
        robot.interact(() -> ((Stage) third.tabs().getScene().getWindow()).close());
    }

    @Test
    void keysPickWorkloadsAndChartModesButTypeInTextFields(FxRobot robot) {
        WindowFixture.waitForReady(robot, window);
        robot.clickOn("#views");
        robot.type(KeyCode.DIGIT2);
        assertThat(window.controls().workloadProperty().get()).isSameAs(Catalogue.TRIANGLES);
        robot.type(KeyCode.DIGIT3);
        assertThat(window.controls().workloadProperty().get()).isSameAs(Catalogue.MEAN);
        robot.type(KeyCode.DIGIT1);
        assertThat(window.controls().workloadProperty().get()).isSameAs(Catalogue.FIB);

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertThat(window.board().optionsProperty().get().logScale()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertThat(window.board().optionsProperty().get().logScale()).isFalse();

        // In the size field, digits and Space type instead of picking or running.
        typeSize(robot, "2 3");
        assertThat(window.controls().workloadProperty().get()).isSameAs(Catalogue.FIB);
        assertThat(window.controls().sizeTextProperty().get()).isEqualTo("2 3");
        assertThat(started).hasValue(0);

        // Space runs from anywhere else; Ctrl+R compares with the slowest system on the board.
        robot.clickOn("#views");
        robot.type(KeyCode.SPACE);
        waitFor(10, () -> window.board().results().size() == 1);
        assertThat(started).hasValue(1);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertThat(window.board().optionsProperty().get().relativeTo()).isEqualTo("jvm-c2");
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertThat(window.board().optionsProperty().get().relative()).isFalse();
    }

    @Test
    void theGraphTabReplaysTheSearchAndSpacePlaysIt(FxRobot robot) {
        WindowFixture.waitForReady(robot, window);
        // Its content is in the scene from the start, as every tab's; it loads nothing until shown.
        assertThat(window.graph().loadedOnce()).isFalse();
        robot.interact(() -> window.tabs().getSelectionModel().select(4));
        assertThat(window.graph().loadedOnce()).isTrue();
        assertThat(window.tabs().getTabs()).extracting(javafx.scene.control.Tab::getText)
                .containsExactly("Times", "Warm-up", "Growth", "Recap", "Graph");
        // With no ego-Facebook file the view falls back on a generated graph, loaded when first shown.
        waitFor(30, () -> window.graph().player().trace() != null);
        robot.clickOn("#views");
        robot.type(KeyCode.SPACE);
        assertThat(window.graph().player().isPlaying()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(window.graph().player().isPlaying()).isFalse();
        assertThat(started).as("Space on the graph tab plays the replay, it starts no run").hasValue(0);
    }
}
