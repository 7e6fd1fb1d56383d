package fwf.graphview;

import fwf.graph.LayoutCache;
import fwf.workload.TriangleSearch;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static fwf.graphview.GraphFixtures.onFx;
import static fwf.graphview.GraphFixtures.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speaker's keys on the Graph tab (issue 14): Left and Right always step, wherever the focus
 * is (they used to move the focus between buttons), and the speed moves in presets, never from
 * 1 to 1,000,000 steps a second in one press.
 */
@ExtendWith(ApplicationExtension.class)
class GraphKeysTest {
    @TempDir
    static Path dir;
    private GraphViewPane pane;

    @Start
    void start(Stage stage) {
        pane = new GraphViewPane(dir.resolve("no-such-facebook.txt"), new LayoutCache(dir.resolve("layouts")));
        pane.load(new GraphChoice.HolmeKim(80, GraphPicker.SEED), TriangleSearch.NAIVE);
        stage.setScene(new Scene(pane, 1100, 700));
        stage.show();
    }

    @Test
    void arrowKeysStepWhereverTheFocusIs(FxRobot robot) {
        waitFor(60, () -> !pane.isBusy() && pane.player().trace() != null);
        assertThat(onFx(() -> pane.player().speed())).isEqualTo(GraphPlayerModel.DEFAULT_SPEED);
        for (String focus : new String[]{"#graph-step-forward", "#graph-speed", "#graph-scrubber"}) {
            robot.interact(() -> robot.lookup(focus).query().requestFocus());
            int before = onFx(() -> pane.player().position());
            robot.type(KeyCode.RIGHT, 3);
            assertThat(onFx(() -> pane.player().position())).as(focus).isEqualTo(before + 3);
            robot.type(KeyCode.LEFT);
            assertThat(onFx(() -> pane.player().position())).as(focus).isEqualTo(before + 2);
            assertThat(onFx(() -> robot.lookup(focus).query().isFocused())).as(focus).isTrue();
        }
    }

    @Test
    void upAndDownMoveTheSpeedOnePresetAtATime(FxRobot robot) {
        waitFor(60, () -> !pane.isBusy() && pane.player().trace() != null);
        robot.interact(() -> robot.lookup("#graph-speed").query().requestFocus());
        robot.type(KeyCode.UP);
        assertThat(onFx(() -> pane.player().speed())).isEqualTo(10.0);
        robot.type(KeyCode.UP, 2);
        assertThat(onFx(() -> pane.player().speed())).isEqualTo(50.0);
        robot.type(KeyCode.DOWN, 5);
        assertThat(onFx(() -> pane.player().speed())).isEqualTo(1.0);
        assertThat(robot.lookup("#graph-speed-label").queryLabeled().getText()).isEqualTo("1 steps/s");
        // The slider itself moves by half a decade a step when it gets a key of its own.
        Slider speed = robot.lookup("#graph-speed").queryAs(Slider.class);
        assertThat(speed.getBlockIncrement()).isEqualTo(0.5);
    }

    @Test
    void aSnapshotCarriesACaption(FxRobot robot) throws Exception {
        waitFor(60, () -> !pane.isBusy() && pane.player().trace() != null);
        fwf.workload.StepTrace trace = onFx(() -> pane.player().trace());
        onFx(() -> pane.player().seek(trace.foundStep(1)));
        String caption = onFx(pane::snapshotCaption);
        assertThat(caption).isEqualTo("generated Holme-Kim graph of 80 nodes · naive-primitive search · step "
                + String.format(java.util.Locale.ROOT, "%,d of %,d", trace.foundStep(1) + 1, trace.size())
                + " · 2 triangles found");
        Path file = dir.resolve("captioned.png");
        var task = onFx(() -> pane.saveSnapshot(file));
        waitFor(30, task::isDone);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        // The picture, then a strip twice the caption's font size high.
        int strip = image.getHeight() - (int) Math.round(onFx(() -> GraphSnapshot.capture(pane.lookup("#graph-area")).getHeight()));
        assertThat(strip).isEqualTo(2 * Math.max(14, image.getWidth() / 70));
    }
}
