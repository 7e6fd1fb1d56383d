package fwf.graphview;

import fwf.graph.LayoutCache;
import fwf.workload.StepTrace;
import fwf.workload.TriangleSearch;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import static fwf.graphview.GraphFixtures.onFx;
import static fwf.graphview.GraphFixtures.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole view: its controls drive the player, and the player drives what is drawn. */
@ExtendWith(ApplicationExtension.class)
class GraphViewPaneTest {
    private static final GraphChoice SMALL = new GraphChoice.HolmeKim(80, GraphPicker.SEED);

    /** Injected before {@code @Start} runs, and deleted after each test with what the view wrote. */
    @TempDir
    Path dir;
    private Path missingFacebook;
    private GraphViewPane pane;

    @Start
    void start(Stage stage) {
        missingFacebook = dir.resolve("no-such-facebook.txt");
        pane = new GraphViewPane(missingFacebook, new LayoutCache(dir.resolve("layouts")));
        pane.load(SMALL, TriangleSearch.NAIVE);
        stage.setScene(new Scene(pane, 1100, 700));
        stage.show();
    }

    private void waitUntilLoaded() {
        waitFor(60, () -> !pane.isBusy() && pane.player().trace() != null);
        // The frame timer must not move anything under the test's feet: playing is off until asked.
        assertThat(onFx(() -> pane.player().isPlaying())).isFalse();
    }

    /** What the view shows: position, code line, step text, and every class in the scene. */
    private List<Object> shown() {
        return onFx(() -> {
            GraphScene scene = (GraphScene) pane.stage();
            scene.settle();
            scene.frame();
            List<Object> state = new ArrayList<>();
            state.add(pane.player().position());
            state.add(pane.player().foundSoFar());
            state.add(pane.code().highlightedLine());
            state.add(pane.code().highlightedSkipped());
            state.add(pane.lookup("#graph-step-text") instanceof javafx.scene.control.Label l ? l.getText() : null);
            int nodes = pane.prepared().graph().nodeCount();
            int edges = pane.prepared().graph().edgeCount();
            for (int n = 0; n < nodes; n++) {
                state.add(scene.nodeClass(n));
            }
            for (int e = 0; e < edges; e++) {
                state.add(scene.edgeClass(e));
                state.add(scene.edgeLevel(e));
                state.add(scene.carpetLevel(e));
            }
            return state;
        });
    }

    @Test
    void stepForwardThenBackReturnsToTheSameHighlightedState(FxRobot robot) {
        waitUntilLoaded();
        for (int i = 0; i < 12; i++) {
            robot.clickOn("#graph-step-forward");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> pane.player().position())).isEqualTo(11);
        List<Object> at11 = shown();
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#graph-step-forward");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown()).isNotEqualTo(at11);
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#graph-step-back");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown()).isEqualTo(at11);
    }

    @Test
    void scrubbingToIThenJShowsWhatSteppingToJShows(FxRobot robot) {
        waitUntilLoaded();
        StepTrace trace = onFx(() -> pane.player().trace());
        int j = 40;
        Slider scrubber = robot.lookup("#graph-scrubber").queryAs(Slider.class);
        onFx(() -> scrubber.setValue(trace.size() - 5 + 1));
        assertThat(onFx(() -> pane.player().position())).isEqualTo(trace.size() - 5);
        onFx(() -> scrubber.setValue(j + 1));
        List<Object> scrubbed = shown();
        robot.clickOn("#graph-start");
        for (int i = 0; i <= j; i++) {
            robot.clickOn("#graph-step-forward");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown()).isEqualTo(scrubbed);
        assertThat(onFx(() -> scrubber.getValue())).isEqualTo(j + 1.0);
    }

    @Test
    void theCodePanelHighlightsTheStepsLineAndGreysSkips(FxRobot robot) {
        waitUntilLoaded();
        StepTrace trace = onFx(() -> pane.player().trace());
        int skip = -1;
        for (int i = 0; i < trace.size() && skip < 0; i++) {
            if (trace.skipped(i)) {
                skip = i;
            }
        }
        int s = skip;
        onFx(() -> pane.player().seek(s));
        assertThat(onFx(() -> pane.code().highlightedLine())).isEqualTo(trace.line(s));
        assertThat(onFx(() -> pane.code().highlightedSkipped())).isTrue();
        onFx(() -> pane.player().seek(trace.foundStep(0)));
        assertThat(onFx(() -> pane.code().highlightedLine())).isEqualTo(10);
        assertThat(onFx(() -> pane.code().lineText(10))).isEqualTo("11                      triangles += 1");
        assertThat(onFx(() -> pane.code().highlightedSkipped())).isFalse();
        assertThat(robot.lookup("#graph-found-label").queryLabeled().getText()).isEqualTo("1 triangle found");
    }

    @Test
    void playPlaysAndPauses(FxRobot robot) {
        waitUntilLoaded();
        // Slow enough that the replay cannot reach its end (and stop by itself) during the test.
        onFx(() -> pane.player().setSpeed(100));
        robot.clickOn("#graph-play");
        assertThat(robot.lookup("#graph-play").queryAs(Button.class).getText()).isEqualTo("\u275A\u275A pause");
        waitFor(30, () -> pane.player().position() > 10);
        robot.clickOn("#graph-play");
        assertThat(onFx(() -> pane.player().isPlaying())).isFalse();
        assertThat(robot.lookup("#graph-play").queryAs(Button.class).getText()).isEqualTo("\u25B6 play");
    }

    @Test
    void colourByTrianglesShowsTheScaleInTheLegend(FxRobot robot) {
        waitUntilLoaded();
        robot.clickOn("#graph-end");
        assertThat(onFx(() -> pane.legend().scaleLabels())).isEmpty();
        robot.clickOn("#graph-colour");
        assertThat(robot.lookup("#graph-colour").queryAs(ToggleButton.class).isSelected()).isTrue();
        GraphTriangleScale scale = onFx(() -> pane.stage().scale());
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < scale.buckets(); b++) {
            labels.add(scale.label(b));
        }
        assertThat(onFx(() -> pane.legend().scaleLabels())).isEqualTo(labels).hasSizeGreaterThan(2);
        GraphScene scene = (GraphScene) onFx(() -> pane.stage());
        onFx(scene::frame);
        assertThat(onFx(() -> scene.nodeClass(pane.prepared().graph().nodeCount() - 1))).startsWith("t");
        robot.clickOn("#graph-colour");
        assertThat(onFx(() -> pane.legend().scaleLabels())).isEmpty();
    }

    @Test
    void aSnapshotIsWrittenAtomicallyAndShowsTheFoundColour() throws Exception {
        waitUntilLoaded();
        StepTrace trace = onFx(() -> pane.player().trace());
        onFx(() -> pane.player().seek(trace.foundStep(30)));
        Path file = dir.resolve("snapshot.png");
        Files.writeString(file, "an older file, replaced whole");
        var task = onFx(() -> {
            pane.stage().frame();
            return pane.saveSnapshot(file);
        });
        waitFor(30, task::isDone);
        assertThat(onFx(task::getState)).isEqualTo(Worker.State.SUCCEEDED);
        assertThat(GraphSceneTest.pixelsOf(ImageIO.read(file.toFile()), GraphScene.FOUND_ARGB)).isGreaterThan(0);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("snapshot.png", "layouts");
        }
        assertThat(onFx(() -> pane.status().getText())).isEqualTo("snapshot saved to " + file);
    }

    @Test
    void aSnapshotToAMissingFolderSaysWhy() {
        waitUntilLoaded();
        Path file = dir.resolve("nowhere").resolve("snapshot.png");
        var task = onFx(() -> pane.saveSnapshot(file));
        waitFor(30, task::isDone);
        assertThat(onFx(task::getState)).isEqualTo(Worker.State.FAILED);
        assertThat(onFx(() -> pane.status().getText()))
                .isEqualTo("cannot save the snapshot to " + file + ": no such folder " + file.getParent());
    }

    @Test
    void withoutTheFacebookFileItSaysWhatToDo(FxRobot robot) {
        waitUntilLoaded();
        onFx(() -> pane.load(new GraphChoice.EgoNetwork(0), TriangleSearch.NAIVE));
        waitFor(30, () -> !pane.isBusy());
        assertThat(onFx(() -> pane.status().getText())).isEqualTo("could not prepare the graph: the ego-Facebook file is missing: "
                + missingFacebook.toAbsolutePath().normalize() + "; use Open\u2026 to choose it, or pick a generated graph");
        assertThat(robot.lookup("#graph-file").queryLabeled().getText())
                .isEqualTo("ego-Facebook file not found: generated graphs only");
        // What was shown stays shown.
        assertThat(onFx(() -> pane.player().trace())).isNotNull();
    }

    @Test
    void loadingAnotherVariantReplacesTheTraceAndTheCode(FxRobot robot) {
        waitUntilLoaded();
        onFx(() -> pane.load(SMALL, TriangleSearch.FORWARD));
        waitFor(60, () -> !pane.isBusy() && pane.prepared().search() == TriangleSearch.FORWARD);
        assertThat(onFx(() -> pane.code().lineText(0))).isEqualTo(" 1  rank = nodes sorted by (degree, id)");
        assertThat(onFx(() -> pane.player().position())).isEqualTo(-1);
        assertThat(onFx(() -> pane.player().trace().search())).isEqualTo(TriangleSearch.FORWARD);
    }

    @Test
    void aHiddenViewWaitsWhereItIs(FxRobot robot) {
        waitUntilLoaded();
        onFx(() -> {
            pane.player().setSpeed(100);
            pane.setVisible(false);
            pane.player().play();
        });
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(onFx(() -> pane.player().position())).isEqualTo(-1);
        onFx(() -> pane.setVisible(true));
        waitFor(30, () -> pane.player().position() >= 0);
        onFx(() -> pane.player().pause());
    }

    @Test
    void closingStopsEverything() {
        waitUntilLoaded();
        onFx(() -> pane.close());
        assertThat(onFx(() -> pane.player().trace())).isNull();
        assertThat(onFx(() -> pane.stage())).isNull();
        assertThat(onFx(() -> pane.graphArea().getChildren().get(0))).isInstanceOf(javafx.scene.control.Label.class);
    }
}
