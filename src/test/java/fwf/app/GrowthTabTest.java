package fwf.app;

import fwf.chart.ChartTheme;
import fwf.chart.GrowthLine;
import fwf.run.GrowthScale;
import fwf.run.RunRequest;
import fwf.workload.Catalogue;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;

import static fwf.app.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Sweep (Ctrl+G and its button) and the Growth tab, with an engine that answers at once with
 * medians of a known growth: fib's time 2^n ns, a triangle count's 1 ns * edges^1.5.
 */
@ExtendWith(ApplicationExtension.class)
class GrowthTabTest {
    /** The generated graph's edges per size, counted once for every test (the window counts its own). */
    private static final GrowthScale GENERATED = GrowthScale.of(Catalogue.TRIANGLES, null);

    @TempDir
    Path dir;
    private final List<RunRequest> started = new CopyOnWriteArrayList<>();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppConfig config = new AppConfig(dir.resolve("results.jsonl"), dir.resolve("window.properties"), null,
                Results.instant(r -> {
                    started.add(r);
                    long ns = r.workload().readsGraph() ? Math.round(Math.pow(GENERATED.size(r.size()), 1.5))
                            : 1L << r.size();
                    return Results.ok(r, ns);
                }), SystemAvailability.jvmOnly());
        window = WindowFixture.open(stage, config);
    }

    @Stop
    void stop() {
        WindowFixture.closeNow(stage);
    }

    private void showGrowth(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                .filter(t -> t.getText().equals("Growth")).findFirst().orElseThrow()));
    }

    @Test
    void ctrlGSweepsFibAndTheGrowthTabFitsItsBase(FxRobot robot) throws Exception {
        WindowFixture.waitForReady(robot, window);
        showGrowth(robot);
        assertThat(WaitForAsyncUtils.asyncFx(window.growth()::emptyText).get()).isEqualTo(
                "Nothing to fit yet: a line needs one variant on one system at two or more sizes."
                        + " Press Sweep (Ctrl+G), or run one variant at two or more sizes.");
        assertThat(robot.lookup("#growth-empty").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#sweep").queryButton().getText()).isEqualTo("Sweep  (Ctrl+G)");

        robot.interact(() -> window.controls().sizeTextProperty().set("30"));
        robot.clickOn("#views");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitFor(10, () -> window.board().results().size() == 5);
        assertThat(started).extracting(RunRequest::variant, r -> r.system().name(), RunRequest::size).containsExactly(
                tuple("primitive", "jvm-c2", 22), tuple("primitive", "jvm-c2", 24), tuple("primitive", "jvm-c2", 26),
                tuple("primitive", "jvm-c2", 28), tuple("primitive", "jvm-c2", 30));

        waitFor(10, () -> !window.growth().lines().isEmpty());
        List<GrowthLine> lines = WaitForAsyncUtils.asyncFx(window.growth()::lines).get();
        assertThat(lines).extracting(GrowthLine::legend).containsExactly("primitive on jvm-c2: time ~ 2.000^n");
        assertThat(lines.getFirst().points()).extracting(p -> p.size()).containsExactly(22.0, 24.0, 26.0, 28.0, 30.0);
        assertThat(WaitForAsyncUtils.asyncFx(window.growth()::emptyText).get()).isNull();
        XYPlot plot = WaitForAsyncUtils.asyncFx(() -> window.growth().chart().getXYPlot()).get();
        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getDomainAxis()).isNotInstanceOf(LogAxis.class);

        // Presenter mode draws it in the presenter's theme; F11 again puts it back.
        robot.type(KeyCode.F11);
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.growth().chart().getBackgroundPaint()).get())
                .isEqualTo(ChartTheme.PRESENTER.background());
        robot.type(KeyCode.F11);
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.growth().chart().getBackgroundPaint()).get())
                .isEqualTo(ChartTheme.LIGHT.background());
    }

    @Test
    void theSweepButtonClimbsToTheWholeGraphAndTheTabFitsTheEdges(FxRobot robot) throws Exception {
        WindowFixture.waitForReady(robot, window);
        robot.interact(() -> {
            window.controls().workloadProperty().set(Catalogue.TRIANGLES);
            window.controls().sizeTextProperty().set("");
            window.controls().variants().setAll("forward");
        });
        robot.clickOn("#sweep");
        waitFor(20, () -> window.board().results().size() == 5);
        assertThat(started).extracting(RunRequest::variant, RunRequest::size, RunRequest::graph).containsExactly(
                tuple("forward", 250, null), tuple("forward", 500, null), tuple("forward", 1_000, null),
                tuple("forward", 2_000, null), tuple("forward", 0, null));
        assertThat(window.notifications().getText()).isEqualTo("Sweep: 5 runs at sizes 250, 500, 1,000, 2,000, all;"
                + " see the Growth tab");

        // The edges are counted when the tab is first shown, off the FX thread.
        assertThat(window.growth().lines()).isEmpty();
        showGrowth(robot);
        waitFor(30, () -> !window.growth().lines().isEmpty());
        GrowthLine line = WaitForAsyncUtils.asyncFx(() -> window.growth().lines().getFirst()).get();
        assertThat(line.legend()).isEqualTo("forward on jvm-c2: time ~ edges^1.50");
        assertThat(line.fit().exponent()).isCloseTo(1.5, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(line.points()).extracting(p -> p.size()).containsExactly(GENERATED.size(250), GENERATED.size(500),
                GENERATED.size(1_000), GENERATED.size(2_000), 87_747.0);

        // Ctrl+E on this tab exports the growth chart.
        Path png = dir.resolve("growth.png");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(10, () -> robot.lookup("#export-width").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#export-width").queryAs(TextField.class).setText("1280");
            robot.lookup("#export-height").queryAs(TextField.class).setText("720");
            robot.lookup("#export-file").queryAs(TextField.class).setText(png.toString());
        });
        robot.clickOn("#export-save");
        waitFor(20, () -> Files.exists(png) && window.status().text().startsWith("Saved "));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
    }
}
