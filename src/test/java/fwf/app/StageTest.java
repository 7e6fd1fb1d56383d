package fwf.app;

import fwf.chart.Bar;
import fwf.run.Measurement;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import fwf.runner.RunHandle;
import fwf.workload.Catalogue;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static fwf.app.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a speaker rehearsing on stage ran into (issue 14): a running bar left behind when the
 * result lands in another group, and ticked systems skipped in silence. The engine is scripted:
 * each run says it loaded a graph of {@link #NODES} nodes, iterates until the test lets it
 * finish, and answers with the size the worker measured, as the real runner does.
 */
@ExtendWith(ApplicationExtension.class)
class StageTest {
    private static final int NODES = 4_039;

    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private Stage stage;
    private final CountDownLatch finish = new CountDownLatch(1);
    private final List<RunRequest> started = new CopyOnWriteArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppConfig config = new AppConfig(dir.resolve("results.jsonl"), dir.resolve("window.properties"), null,
                this::scripted, SystemAvailability.jvmOnly());
        window = WindowFixture.open(stage, config);
    }

    /** Closes the window now, while the folder is there (see WindowFixture#closeNow). */
    @org.testfx.framework.junit5.Stop
    void stop() {
        WindowFixture.closeNow(stage);
    }

    @AfterEach
    void release() {
        finish.countDown();
    }

    /** A run that loads, iterates every 20 ms until released, then gives its verdict. */
    private RunHandle scripted(RunRequest asked, fwf.runner.RunListener listener) {
        started.add(asked);
        CompletableFuture<Measurement> result = new CompletableFuture<>();
        int size = asked.workload().readsGraph() && asked.size() == 0 ? NODES
                : asked.size() == 0 ? asked.workload().defaultSize() : asked.size();
        RunRequest measured = asked.withSize(size);
        Thread worker = Thread.ofVirtual().start(() -> {
            listener.forkStarted(0, 1, List.of("scripted"));
            listener.event(new WorkerEvent.Started(0, 1, "25", "test", List.of()));
            listener.event(new WorkerEvent.Loaded(0, "scripted input", size, 1_000, 1_000, "1612010"));
            try {
                int i = 0;
                while (!finish.await(20, TimeUnit.MILLISECONDS) && !result.isDone()) {
                    listener.event(new WorkerEvent.Iteration(0, i++, true, 20_000_000, "1612010", 1));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            result.complete(Results.ok(measured, 20_000_000, 20_100_000, 19_900_000));
        });
        return new RunHandle() {
            @Override
            public CompletableFuture<Measurement> result() {
                return result;
            }

            @Override
            public void cancel() {
                // As the real runner: past its reference answer, the request names the measured size.
                Measurement m = Results.ok(measured, 20_000_000);
                result.complete(new Measurement(m.id(), measured, Status.CANCELLED, null, m.expected(), 0, List.of(),
                        List.of(), null, m.environment(), "cancelled", List.of()));
                worker.interrupt();
            }
        };
    }

    private void pickTrianglesOfTheWholeGraph(FxRobot robot) {
        WindowFixture.waitForReady(robot, window);
        robot.interact(() -> {
            ControlsModel c = window.controls();
            c.workloadProperty().set(Catalogue.TRIANGLES);
            c.graphSourceProperty().set(GraphSource.GENERATED);
            c.variants().setAll("naive-primitive");
            c.systems().setAll("jvm-c2");
            c.sizeTextProperty().set("all");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long runningBars() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.board().dataset().bars().stream()
                .filter(b -> b instanceof Bar.Running).count()).get();
    }

    @Test
    void aRunOfTheWholeGraphLeavesNoRunningBarBehind(FxRobot robot) throws Exception {
        pickTrianglesOfTheWholeGraph(robot);
        robot.clickOn("#run");
        waitFor(10, () -> window.board().dataset().bars().stream().anyMatch(b -> b instanceof Bar.Running));
        finish.countDown();
        waitFor(10, () -> window.board().results().size() == 1 && !window.runs().busyProperty().get());

        assertThat(runningBars()).isZero();
        List<Bar> bars = WaitForAsyncUtils.asyncFx(() -> List.copyOf(window.board().dataset().bars())).get();
        assertThat(bars).singleElement().satisfies(b -> {
            assertThat(b).isInstanceOf(Bar.Finished.class);
            assertThat(b.key().workloadTitle()).isEqualTo("triangles (4,039 nodes)");
        });
    }

    @Test
    void aCancelledRunLeavesNoRunningBarBehind(FxRobot robot) throws Exception {
        pickTrianglesOfTheWholeGraph(robot);
        robot.clickOn("#run");
        waitFor(10, () -> window.board().dataset().bars().stream().anyMatch(b -> b instanceof Bar.Running));
        robot.type(KeyCode.ESCAPE);
        waitFor(10, () -> !window.runs().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(runningBars()).isZero();
        assertThat(window.board().dataset().bars()).isEmpty();
        assertThat(window.status().text()).doesNotContain("running");
    }

    @Test
    void aTickedSystemWithoutTheTickedVariantRunsItsOwnAndSaysSo(FxRobot robot) {
        WindowFixture.waitForReady(robot, window);
        robot.interact(() -> {
            window.controls().setSystemChoices(List.of(
                    new SystemChoice(fwf.friends.Systems.JVM_C2, null),
                    new SystemChoice(fwf.friends.Systems.CPYTHON, null),
                    new SystemChoice(fwf.friends.Systems.C, null)), true);
            ControlsModel c = window.controls();
            c.workloadProperty().set(Catalogue.FIB);
            c.variants().setAll("primitive");
            c.systems().setAll("jvm-c2", "cpython", "c");
            c.sizeTextProperty().set("20");
        });
        WaitForAsyncUtils.waitForFxEvents();
        finish.countDown();
        robot.clickOn("#run");
        waitFor(10, () -> started.size() == 3);

        assertThat(started).extracting(r -> r.system().name(), RunRequest::variant).containsExactly(
                org.assertj.core.groups.Tuple.tuple("jvm-c2", "primitive"),
                org.assertj.core.groups.Tuple.tuple("cpython", "recursive"),
                org.assertj.core.groups.Tuple.tuple("c", "recursive"));
        waitFor(10, () -> window.notifications().getText() != null);
        assertThat(window.notifications().getText())
                .isEqualTo("CPython has no primitive: runs recursive; C (gcc -O2) has no primitive: runs recursive");
    }

    private boolean controlsShown() throws Exception {
        return WaitForAsyncUtils.asyncFx(window::controlsShown).get();
    }

    private void showTab(FxRobot robot, String title) {
        robot.interact(() -> window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                .filter(t -> t.getText().equals(title)).findFirst().orElseThrow()));
    }

    @Test
    void f11RoundTripsComeBackToTheSameLayoutOnEveryTab(FxRobot robot) throws Exception {
        WindowFixture.waitForReady(robot, window);
        assertThat(controlsShown()).isTrue();
        // Into presenter mode on the Times tab, out of it on the Graph tab: the bug flipped which
        // tab showed the controls.
        robot.type(KeyCode.F11);
        assertThat(controlsShown()).isFalse();
        showTab(robot, "Graph");
        robot.type(KeyCode.F11);
        assertThat(controlsShown()).as("Graph tab after F11 out").isFalse();
        showTab(robot, "Times");
        assertThat(controlsShown()).as("Times tab after the round trip").isTrue();
        // And the other way round, with Ctrl+B folding them on the Times tab first.
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        assertThat(controlsShown()).isFalse();
        showTab(robot, "Graph");
        robot.type(KeyCode.F11);
        robot.type(KeyCode.F11);
        showTab(robot, "Times");
        assertThat(controlsShown()).as("Times tab keeps Ctrl+B's choice").isFalse();
    }

    @Test
    void theGraphTabReadsTheWindowsGraphFile(FxRobot robot) throws Exception {
        WindowFixture.waitForReady(robot, window);
        Path chosen = Path.of("data/holme-kim-500.txt").toAbsolutePath();
        robot.interact(() -> window.controls().graphPathProperty().set(chosen));
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.graph().facebookFileProperty().get()).get()).isEqualTo(chosen);
        Path other = Path.of("data/erdos-renyi-200.txt").toAbsolutePath();
        robot.interact(() -> window.graph().facebookFileProperty().set(other));
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.controls().graphPathProperty().get()).get()).isEqualTo(other);
    }

    @Test
    void exportAsksBeforeWritingOverAFile(FxRobot robot) throws Exception {
        WindowFixture.waitForReady(robot, window);
        Path png = dir.resolve("slides.png");
        java.nio.file.Files.writeString(png, "last week's chart");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(10, () -> robot.lookup("#export-width").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#export-file").queryAs(javafx.scene.control.TextField.class)
                .setText(png.toString()));
        robot.clickOn("#export-save");
        assertThat(robot.lookup("#export-problem").queryLabeled().getText())
                .isEqualTo("slides.png already exists: Save again to replace it");
        assertThat(robot.lookup("#export-save").queryButton().getText()).isEqualTo("Replace");
        assertThat(java.nio.file.Files.readString(png)).isEqualTo("last week's chart");

        robot.clickOn("#export-save");
        waitFor(20, () -> window.status().text().startsWith("Saved "));
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(1920);
    }

    @Test
    void aFirstExportGoesToThePicturesFolder(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        assertThat(ExportDialog.defaultFolder(home)).isEqualTo(home);
        java.nio.file.Files.createDirectories(home.resolve("Pictures"));
        assertThat(ExportDialog.defaultFolder(home)).isEqualTo(home.resolve("Pictures"));
        java.nio.file.Files.createDirectories(home.resolve("Bilder"));
        java.nio.file.Files.createDirectories(home.resolve(".config"));
        java.nio.file.Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_PICTURES_DIR=\"$HOME/Bilder\"\n");
        assertThat(ExportDialog.defaultFolder(home)).isEqualTo(home.resolve("Bilder"));
    }

    @Test
    void eachWorkloadHasItsBoardAndABoardSpanningOver100xTurnsLogarithmic(FxRobot robot) throws Exception {
        WindowFixture.waitForReady(robot, window);
        robot.interact(() -> {
            window.board().add(Results.ok(Results.request("fib", "primitive", "jvm-c2", 30), 2_000_000));
            window.board().add(Results.ok(Results.request("triangles", "forward", "jvm-c2", 500), 1_000_000));
        });
        robot.type(KeyCode.DIGIT1);
        assertThat(shownWorkloads()).containsExactly("fib");
        robot.type(KeyCode.DIGIT2);
        assertThat(shownWorkloads()).containsExactly("triangles");
        assertThat(window.board().optionsProperty().get().logScale()).isFalse();

        // 1 ms and 150 ms on one board: past 100x, the board reads on a log scale by itself...
        robot.interact(() -> window.board().add(
                Results.ok(Results.request("triangles", "naive-primitive", "jvm-c2", 500), 150_000_000)));
        assertThat(window.board().optionsProperty().get().logScale()).isTrue();
        // ...the other board keeps its own...
        robot.type(KeyCode.DIGIT1);
        assertThat(window.board().optionsProperty().get().logScale()).isFalse();
        // ...and Ctrl+L's choice wins over the automatic one.
        robot.type(KeyCode.DIGIT2);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        assertThat(window.board().optionsProperty().get().logScale()).isFalse();
        robot.interact(() -> window.board().add(
                Results.ok(Results.request("triangles", "naive-boxed", "jvm-c2", 500), 400_000_000)));
        assertThat(window.board().optionsProperty().get().logScale()).isFalse();
    }

    @Test
    void theGeneratedGraphIsExplainedInThePanelNotOnlyInATooltip(FxRobot robot) {
        WindowFixture.waitForReady(robot, window);
        robot.interact(() -> {
            window.controls().workloadProperty().set(Catalogue.TRIANGLES);
            window.controls().graphSourceProperty().set(GraphSource.GENERATED);
        });
        javafx.scene.control.Label note = robot.lookup("#graph-generated-note").queryAs(javafx.scene.control.Label.class);
        assertThat(note.isVisible()).isTrue();
        // The figures are GeneratorsTest's for Generators.facebookLike(1).
        assertThat(note.getText()).isEqualTo("Generated: a Holme-Kim graph of 4,000 nodes and 87,747 edges, a stand-in"
                + " for ego-Facebook's size (4,039 nodes, 88,234 edges), not its triangle count: 190,165 triangles"
                + " against ego-Facebook's 1,612,010.");
        robot.interact(() -> window.controls().graphSourceProperty().set(GraphSource.FILE));
        assertThat(note.isVisible()).isFalse();
        assertThat(note.isManaged()).isFalse();
    }

    private List<String> shownWorkloads() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> fwf.chart.TimingChart.view(window.timing().chart()).table().rows()
                .stream().map(fwf.chart.BarKey::workload).distinct().toList()).get();
    }
}
