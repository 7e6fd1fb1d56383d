package fwf.app;

import fwf.chart.Cell;
import fwf.chart.TimingChart;
import fwf.chart.TimingTable;
import fwf.friends.FriendRequirement;
import fwf.run.Measurement;
import fwf.run.Status;
import fwf.runner.Runner;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fwf.app.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/demo.md, driven end to end through the real window at small sizes: the talk's table on
 * fib(20) (CPython, PyPy, Cython, mypyc, PyO3, then the JVM's interpreter, C1 and C2), the naive
 * triangle count on the first 100 nodes of data/holme-kim-500.txt, the Graph tab, the Recap tab,
 * and the exports (the chart as PNG, the recap as Markdown). Real worker processes, real friends:
 * a friend missing here skips the demo with the reason, and fails it under
 * {@code FWF_REQUIRE_FRIENDS=1} (CI).
 */
@ExtendWith(ApplicationExtension.class)
class TalkDemoTest {
    /** The demo's systems in the talk's order, each with its display name and its talk variants (fib, triangles). */
    private static final List<String> FRIENDS = List.of("cpython", "pypy", "cython", "mypyc", "pyo3");
    private static final List<String> JVM = List.of("jvm-int", "jvm-c1", "jvm-c2");
    private static final Map<String, String> LABEL = Map.of("cpython", "CPython", "pypy", "PyPy", "cython", "Cython",
            "mypyc", "mypyc", "pyo3", "PyO3 (Rust)", "jvm-int", "Java -Xint", "jvm-c1", "Java C1",
            "jvm-c2", "Java C2 (tiered)");
    private static final Map<String, String> FIB_VARIANT = Map.of("cpython", "recursive", "pypy", "recursive",
            "cython", "typed", "mypyc", "recursive", "pyo3", "recursive", "jvm-int", "primitive",
            "jvm-c1", "primitive", "jvm-c2", "primitive");
    private static final Map<String, String> TRIANGLES_VARIANT = Map.of("cpython", "naive", "pypy", "naive",
            "cython", "typed", "mypyc", "naive", "pyo3", "naive-hashmap", "jvm-int", "naive-primitive",
            "jvm-c1", "naive-primitive", "jvm-c2", "naive-primitive");
    private static final Path GRAPH = Path.of("data/holme-kim-500.txt").toAbsolutePath();

    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // As the window's own AppConfig.fromEnvironment(): one launcher for the JVM tiers and the friends.
        fwf.runner.SystemLauncher launcher = fwf.runner.SystemLauncher.standard();
        AppConfig config = new AppConfig(dir.resolve("results.jsonl"), dir.resolve("window.properties"), null,
                new Runner(launcher)::start, SystemAvailability.of(launcher.friends()));
        window = WindowFixture.open(stage, config);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    /** Closes the window now, while the folder is there (see WindowFixture#closeNow). */
    @org.testfx.framework.junit5.Stop
    void stop() {
        WindowFixture.closeNow(stage);
    }

    private static List<String> order() {
        List<String> all = new ArrayList<>(FRIENDS);
        all.addAll(JVM);
        return all;
    }

    /** Waits for friend discovery (a first start builds the compiled ones) and requires each demo friend. */
    private void waitForFriends(FxRobot robot) {
        WindowFixture.waitForSystems(robot);
        waitFor(300, () -> window.controls().systemChoices().stream()
                .noneMatch(c -> SystemAvailability.LOOKING.equals(c.unavailableReason())));
        // The status bar says "Ready" only once discovery is over.
        waitFor(10, () -> window.status().text().startsWith("Ready"));
        for (String friend : FRIENDS) {
            SystemChoice choice = window.controls().systemChoices().stream().filter(c -> c.name().equals(friend))
                    .findFirst().orElseThrow();
            if (!choice.available()) {
                throw FriendRequirement.missing(friend, choice.unavailableReason());
            }
        }
    }

    /** Ticks exactly the demo's systems by clicking their boxes, one variant, and types the size. */
    private void pick(FxRobot robot, String variant, String size) {
        CheckComboBox<String> variants = robot.lookup("#variants").query();
        robot.interact(() -> {
            variants.getCheckModel().clearChecks();
            variants.getCheckModel().check(variant);
        });
        for (SystemChoice c : List.copyOf(window.controls().systemChoices())) {
            CheckBox box = robot.lookup("#system-" + c.name()).query();
            if (box.isSelected() != order().contains(c.name())) {
                robot.clickOn(box);
            }
        }
        robot.interact(() -> robot.lookup("#size").queryAs(TextField.class).clear());
        robot.clickOn("#size").write(size);
        assertThat(window.controls().variants()).containsExactly(variant);
        assertThat(window.controls().systems()).containsExactlyInAnyOrderElementsOf(order());
    }

    private void runAndWait(FxRobot robot, int results) {
        robot.clickOn("#run");
        waitFor(150, () -> window.board().results().size() == results && !window.runs().busyProperty().get());
    }

    private TimingTable board() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> TimingChart.view(window.timing().chart()).table()).get();
    }

    /** The results of one workload, each OK and verified, one per system in the demo's order. */
    private List<Measurement> results(String workload) {
        List<Measurement> ms = window.board().results().stream()
                .filter(m -> m.request().workload().name().equals(workload)).toList();
        for (Measurement m : ms) {
            assertThat(m.status()).as(m.request().system().name()).isEqualTo(Status.OK);
            assertThat(m.answer()).as(m.request().system().name()).isEqualTo(m.expected());
        }
        return ms;
    }

    private static List<String> names(Map<String, String> variants) {
        return order().stream().map(s -> LABEL.get(s) + " · " + variants.get(s)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(FxRobot robot, String id) {
        return List.copyOf(robot.lookup(id).queryAs(TableView.class).getItems());
    }

    private void showTab(FxRobot robot, String title) {
        robot.clickOn(title);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTalkInTheWindowAtSmallSizes(FxRobot robot) throws Exception {
        long t0 = System.nanoTime();
        waitForFriends(robot);

        // Step 1: the talk's table on fib. Only "primitive" is ticked: each friend runs its own
        // talk variant and the window says so.
        robot.clickOn("#workload-fib");
        pick(robot, "primitive", "20");
        runAndWait(robot, order().size());
        assertThat(window.notifications().getText()).isEqualTo("CPython has no primitive: runs recursive; PyPy has no"
                + " primitive: runs recursive; Cython has no primitive: runs typed; mypyc has no primitive: runs"
                + " recursive; PyO3 (Rust) has no primitive: runs recursive");
        List<Measurement> fib = results("fib");
        assertThat(fib).extracting(m -> m.request().system().name()).containsExactlyInAnyOrderElementsOf(order());
        assertThat(fib).allSatisfy(m -> {
            assertThat(m.answer()).isEqualTo("6765");
            assertThat(m.request().variant()).isEqualTo(FIB_VARIANT.get(m.request().system().name()));
            assertThat(m.request().size()).isEqualTo(20);
        });
        TimingTable fibBoard = board();
        assertThat(fibBoard.columns()).containsExactly("fib(20)");
        assertThat(fibBoard.cells()).allSatisfy(c -> assertThat(c).isInstanceOf(Cell.Timed.class));
        assertThat(fibBoard.cells()).extracting(Cell::name).containsExactlyInAnyOrderElementsOf(names(FIB_VARIANT));

        // Step 2: triangles on the first 100 nodes of a graph file (on stage, ego-Facebook). The
        // workload's button, as a person picks it: the digit keys do nothing in a text field.
        robot.clickOn("#workload-triangles");
        // File, and the file as Open... would give it (a file chooser is the platform's, not the window's).
        robot.interact(() -> {
            window.controls().graphSourceProperty().set(GraphSource.FILE);
            window.controls().graphPathProperty().set(GRAPH);
        });
        waitFor(10, () -> window.controls().graphStatusProperty().get() instanceof GraphStatus.Read);
        assertThat(window.controls().graphStatusProperty().get())
                .isEqualTo(new GraphStatus.Read("holme-kim-500.txt", 500, 2_485));
        pick(robot, "naive-primitive", "100");
        runAndWait(robot, 2 * order().size());
        List<Measurement> triangles = results("triangles");
        assertThat(triangles).extracting(m -> m.request().system().name()).containsExactlyInAnyOrderElementsOf(order());
        String count = triangles.getFirst().answer();
        assertThat(triangles).allSatisfy(m -> {
            assertThat(m.answer()).isEqualTo(count);
            assertThat(m.request().variant()).isEqualTo(TRIANGLES_VARIANT.get(m.request().system().name()));
            assertThat(m.request().size()).isEqualTo(100);
        });
        TimingTable trianglesBoard = board();
        assertThat(trianglesBoard.columns()).containsExactly("triangles (100 nodes)");
        assertThat(trianglesBoard.cells()).extracting(Cell::name)
                .containsExactlyInAnyOrderElementsOf(names(TRIANGLES_VARIANT));
        // Key 1 brings the fib board back, untouched, once the focus is out of the text fields.
        robot.clickOn("Times");
        robot.type(KeyCode.DIGIT1);
        assertThat(board().cells()).extracting(Cell::name).containsExactlyInAnyOrderElementsOf(names(FIB_VARIANT));

        // Step 3: the Graph tab reads the same file and the arrow keys step the search.
        showTab(robot, "Graph");
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.graph().facebookFileProperty().get()).get()).isEqualTo(GRAPH);
        waitFor(60, () -> !window.graph().isBusy() && window.graph().player().trace() != null);
        int before = WaitForAsyncUtils.asyncFx(() -> window.graph().player().position()).get();
        // One step with the player's button, as a person starts; then the arrow keys step wherever the focus is.
        robot.clickOn("#graph-step-forward");
        robot.type(KeyCode.RIGHT, 2);
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.graph().player().position()).get()).isEqualTo(before + 3);
        int steps = WaitForAsyncUtils.asyncFx(() -> window.graph().player().trace().size()).get();
        assertThat(WaitForAsyncUtils.asyncFx(window.graph()::snapshotCaption).get()).isEqualTo(
                "ego network of node 0 · naive-primitive search · step " + (before + 4) + " of "
                        + String.format(java.util.Locale.ROOT, "%,d", steps) + " · 0 triangles found");

        // Step 4: the Recap tab is the talk's table, in the talk's order, CPython the baseline.
        showTab(robot, "Recap");
        List<List<String>> recap = rows(robot, "#recap-table");
        assertThat(recap).extracting(r -> r.getFirst()).containsExactlyElementsOf(order().stream().map(LABEL::get).toList());
        assertThat(recap).allSatisfy(r -> {
            assertThat(r).hasSize(6);
            assertThat(r.get(1)).isNotEmpty();
            assertThat(r.get(2)).isNotEmpty();
        });
        assertThat(recap.getFirst().subList(3, 6)).containsExactly("1.00", "1.00", "1.00");
        assertThat(robot.lookup("#recap-baseline").queryAs(javafx.scene.control.ChoiceBox.class).getValue())
                .isEqualTo("CPython");

        // Step 5a: the recap as Markdown, for the slides.
        robot.clickOn("#copy-markdown");
        WaitForAsyncUtils.waitForFxEvents();
        String markdown = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        Path md = Files.writeString(dir.resolve("recap.md"), markdown);
        assertThat(Files.readString(md)).isEqualTo(window.recap().markdownProperty().get())
                .contains("| system ", "| time fib(20) ", "| time triangles (100 nodes) ")
                .startsWith("The talk's table, measured here (fib(20) and the naive triangle count on"
                        + " holme-kim-500.txt (100 nodes)); cold: one call in a fresh process");
        for (String system : order()) {
            assertThat(markdown).contains("| " + LABEL.get(system) + " ");
        }
        // No row is marked as off the talk: every system ran its talk variant.
        assertThat(markdown).doesNotContain("not its talk variant");

        // Step 5b: the chart as PNG, 1920x1080, from the Times tab.
        showTab(robot, "Times");
        Path png = dir.resolve("talk.png");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(10, () -> robot.lookup("#export-file").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#export-file").queryAs(TextField.class).setText(png.toString()));
        robot.clickOn("#export-save");
        waitFor(30, () -> window.status().text().startsWith("Saved "));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
        System.out.printf("TalkDemoTest: the demo took %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
