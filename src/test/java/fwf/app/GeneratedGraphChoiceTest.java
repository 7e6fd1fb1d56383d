package fwf.app;

import fwf.friends.Systems;
import fwf.graph.GeneratedGraph;
import fwf.results.Settings;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.workload.Catalogue;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Graph box's generated graphs: a big one is generated and written into the cache in the
 * background (here: on the test's thread, when it says so), nothing runs meanwhile, runs then
 * name its file, another choice cancels it, a failure says why, and the choice is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class GeneratedGraphChoiceTest {
    private static final GeneratedGraph TEN_THOUSAND = GeneratedGraph.PRESETS.get(1);
    private static final GeneratedGraph HUNDRED_THOUSAND = GeneratedGraph.PRESETS.get(2);
    private static final String TEN_THOUSAND_FILE = "holme-kim-n10000-m10-pt0.9-seed1.txt";

    @TempDir
    Path dir;
    private Stage stage;
    /** What the model hands to its background: run by the test, in order. */
    private final List<Runnable> pending = new CopyOnWriteArrayList<>();
    private final List<GraphStatus> statuses = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private ControlsModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A model on these settings and cache, its panel on the stage, the triangle count on jvm-c2's forward. */
    private ControlsModel show(FxRobot robot, Settings settings, Path cache) {
        robot.interact(() -> {
            model = new ControlsModel(settings, null, cache, pending::add);
            model.setSystemChoices(SystemAvailability.allOf(Systems.all()).discover(), true);
            model.graphStatusProperty().addListener((o, old, now) -> statuses.add(now));
            model.problemProperty().addListener((o, old, now) -> problems.add(now));
            ControlPanel panel = new ControlPanel(model, () -> { }, () -> { }, () -> { }, new SimpleBooleanProperty(false));
            stage.setScene(new Scene((javafx.scene.Parent) panel.node(), 420, 900));
            stage.show();
        });
        return model;
    }

    private void pickTriangles(FxRobot robot) {
        robot.interact(() -> {
            model.workloadProperty().set(Catalogue.TRIANGLES);
            model.graphSourceProperty().set(GraphSource.GENERATED);
            model.variants().setAll("forward");
            model.systems().setAll("jvm-c2");
            model.sizeTextProperty().set("all");
        });
    }

    @SuppressWarnings("unchecked")
    private ComboBox<GeneratedGraph> sizes(FxRobot robot) {
        return robot.lookup("#graph-generated-size").queryAs(ComboBox.class);
    }

    private void choose(FxRobot robot, GeneratedGraph g) {
        robot.interact(() -> sizes(robot).setValue(g));
    }

    /** Runs the next background task here, then lets its reports reach the FX thread. */
    private void runPending() {
        pending.removeFirst().run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aBigGraphIsWrittenOnceInTheBackgroundAndRunsThenNameItsFile(FxRobot robot) throws IOException {
        Path cache = dir.resolve("graphs");
        Settings settings = Settings.load(dir.resolve("w.properties"));
        show(robot, settings, cache);
        pickTriangles(robot);
        assertThat(model.graphStatusProperty().get()).isEqualTo(new GraphStatus.None());
        assertThat(model.requests()).extracting(RunRequest::graph).containsExactly((Path) null);
        assertThat(sizes(robot).isVisible()).isTrue();
        assertThat(sizes(robot).getItems()).extracting(GeneratedGraph::label).containsExactly(
                "Facebook-like: 4,000 nodes, 87,747 edges", "10,000 nodes, 99,945 edges",
                "100,000 nodes, 999,945 edges", "1,000,000 nodes, 9,999,945 edges");
        assertThat(text(robot, "#graph-generated-note")).isEqualTo(ControlPanel.GENERATED_GRAPH);
        assertThat(sizes(robot).getButtonCell().getText()).isEqualTo("4,000 nodes, 87,747 edges");

        statuses.clear();
        problems.clear();
        choose(robot, TEN_THOUSAND);
        assertThat(model.generatedGraphProperty().get()).isEqualTo(TEN_THOUSAND);
        assertThat(sizes(robot).getButtonCell().getText()).isEqualTo("10,000 nodes, 99,945 edges");
        assertThat(text(robot, "#graph-generated-note")).isEqualTo("Generated: a Holme-Kim graph of 10,000 nodes and"
                + " 99,945 edges (after a seed clique of 11 nodes, each later node links to 10 earlier ones; seed 1), for"
                + " seeing how a count's cost grows with the graph, not a stand-in for ego-Facebook. Written once into"
                + " the cache, then reused.");
        // Nothing is queued while it is made, and the panel shows how far it is.
        assertThat(model.problemProperty().get()).isEqualTo("the generated graph of 10,000 nodes is still being generated");
        assertThat(model.requests()).isEmpty();
        ProgressBar progress = robot.lookup("#graph-generated-progress").queryAs(ProgressBar.class);
        assertThat(progress.isVisible()).isTrue();
        assertThat(progress.getProgress()).isZero();
        assertThat(text(robot, "#graph-file-status")).isEqualTo("generating: 0 of 10,000 nodes...");
        // The size field's bound is the chosen graph's.
        robot.interact(() -> model.sizeTextProperty().set("10001"));
        assertThat(model.sizeCheckProperty().get()).isEqualTo(new SizeRules.Check.Bad(
                "nodes must be empty (all) or a whole number from 1 to 10,000 (the graph's node count),"
                        + " got '10001'"));
        robot.interact(() -> model.sizeTextProperty().set("all"));
        assertThat(model.problemProperty().get()).isEqualTo("the generated graph of 10,000 nodes is still being generated");

        // A file opened meanwhile (the Graph tab shares the path) does not start it again.
        robot.interact(() -> model.graphPathProperty().set(dir.resolve("other.txt")));
        problems.clear();
        assertThat(pending).hasSize(1);
        runPending();
        Path file = cache.resolve(TEN_THOUSAND_FILE);
        assertThat(statuses).containsExactly(
                new GraphStatus.Generating(TEN_THOUSAND, GeneratedGraph.Phase.GENERATING, 0, 10_000),
                new GraphStatus.Generating(TEN_THOUSAND, GeneratedGraph.Phase.GENERATING, 10_000, 10_000),
                new GraphStatus.Generating(TEN_THOUSAND, GeneratedGraph.Phase.WRITING, 65_536, 99_945),
                new GraphStatus.Generating(TEN_THOUSAND, GeneratedGraph.Phase.WRITING, 99_945, 99_945),
                new GraphStatus.Read(TEN_THOUSAND_FILE, 10_000, 99_945));
        assertThat(problems).containsExactly("the generated graph of 10,000 nodes is still being written into the cache",
                null);
        assertThat(ControlPanel.generatingText((GraphStatus.Generating) statuses.get(2)))
                .isEqualTo("writing: 65,536 of 99,945 edges...");
        assertThat(progress.isVisible()).isFalse();
        assertThat(text(robot, "#graph-file-status")).isEqualTo(TEN_THOUSAND_FILE + ": 10,000 nodes, 99,945 edges");
        assertThat(files(cache)).containsExactly(file);
        assertThat(fwf.graph.EdgeListReader.read(file).graph().edgeCount()).isEqualTo(99_945);
        assertThat(model.requests()).containsExactly(
                RunRequest.ofNames("triangles", "forward", "jvm-c2", 0, file, Plan.ADAPTIVE, List.of(), null));
        robot.interact(() -> model.sizeTextProperty().set("10000"));
        assertThat(model.requests()).extracting(RunRequest::size, RunRequest::graph)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10_000, file));

        // Another window on the same cache finds the file and writes nothing.
        var written = Files.getLastModifiedTime(file);
        model.remember();
        assertThat(settings.save()).isNull();
        statuses.clear();
        show(robot, Settings.load(dir.resolve("w.properties")), cache);
        assertThat(model.generatedGraphProperty().get()).isEqualTo(TEN_THOUSAND);
        assertThat(sizes(robot).getValue()).isEqualTo(TEN_THOUSAND);
        assertThat(model.problemProperty().get()).isEqualTo("the generated graph of 10,000 nodes is still being generated");
        runPending();
        assertThat(statuses).containsExactly(new GraphStatus.Read(TEN_THOUSAND_FILE, 10_000, 99_945));
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
        assertThat(model.problemProperty().get()).isNull();
        assertThat(model.requests()).extracting(RunRequest::graph).containsExactly(file);
        assertThat(pending).isEmpty();
    }

    @Test
    void choosingAnotherGraphCancelsTheOneBeingMade(FxRobot robot) throws IOException {
        Path cache = dir.resolve("graphs");
        show(robot, Settings.load(dir.resolve("w.properties")), cache);
        pickTriangles(robot);
        choose(robot, TEN_THOUSAND);
        choose(robot, HUNDRED_THOUSAND);
        assertThat(pending).hasSize(2);
        assertThat(model.graphStatusProperty().get()).isEqualTo(
                new GraphStatus.Generating(HUNDRED_THOUSAND, GeneratedGraph.Phase.GENERATING, 0, 100_000));
        assertThat(model.problemProperty().get()).isEqualTo("the generated graph of 100,000 nodes is still being generated");

        statuses.clear();
        runPending(); // the 10,000 nodes, cancelled: it stops at once, writes nothing and reports nothing
        assertThat(statuses).isEmpty();
        assertThat(files(cache)).isEmpty();

        // Back to the Facebook-like graph: the 100,000 nodes are cancelled too, and runs generate their own.
        choose(robot, GeneratedGraph.FACEBOOK_LIKE);
        assertThat(model.graphStatusProperty().get()).isEqualTo(new GraphStatus.None());
        assertThat(robot.lookup("#graph-generated-progress").queryAs(ProgressBar.class).isVisible()).isFalse();
        assertThat(model.problemProperty().get()).isNull();
        assertThat(model.requests()).extracting(RunRequest::graph).containsExactly((Path) null);
        runPending();
        assertThat(model.graphStatusProperty().get()).isEqualTo(new GraphStatus.None());
        assertThat(files(cache)).isEmpty();

        // The file source cancels as well, and hides the sizes.
        choose(robot, TEN_THOUSAND);
        robot.interact(() -> model.graphSourceProperty().set(GraphSource.FILE));
        assertThat(sizes(robot).isVisible()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("choose a graph file (Open...) or use the generated graph");
        runPending();
        assertThat(files(cache)).isEmpty();
        assertThat(model.graphStatusProperty().get()).isEqualTo(new GraphStatus.None());
    }

    @Test
    void aCacheThatCannotBeWrittenSaysWhy(FxRobot robot) throws IOException {
        Path inTheWay = Files.writeString(dir.resolve("graphs"), "a file where the folder should be");
        show(robot, Settings.load(dir.resolve("w.properties")), inTheWay);
        pickTriangles(robot);
        choose(robot, TEN_THOUSAND);
        runPending();
        String message = "cannot write the generated graph of 10,000 nodes into " + inTheWay + ": " + inTheWay
                + " is in the way: it is not a folder";
        assertThat(model.graphStatusProperty().get()).isEqualTo(new GraphStatus.Unreadable(message));
        assertThat(model.problemProperty().get()).isEqualTo(message);
        assertThat(model.requests()).isEmpty();
        Label status = robot.lookup("#graph-file-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo(message);
        assertThat(status.getStyleClass()).contains("error");
        assertThat(robot.lookup("#graph-generated-progress").queryAs(ProgressBar.class).isVisible()).isFalse();
    }

    @Test
    void theChoiceIsRememberedAndABigGraphWaitsForTheTriangleCount(FxRobot robot) {
        Path cache = dir.resolve("graphs");
        Settings settings = Settings.load(dir.resolve("w.properties"));
        show(robot, settings, cache);
        robot.interact(() -> model.graphSourceProperty().set(GraphSource.GENERATED));
        choose(robot, HUNDRED_THOUSAND);
        // fib reads no graph: nothing is generated for it.
        assertThat(model.workloadProperty().get()).isSameAs(Catalogue.FIB);
        assertThat(pending).isEmpty();
        assertThat(model.graphStatusProperty().get()).isEqualTo(new GraphStatus.None());
        assertThat(model.problemProperty().get()).isNull();
        model.remember();
        assertThat(settings.get(Settings.GRAPH_GENERATED)).contains("holme-kim-n100000-m10-pt0.9-seed1");
        assertThat(settings.save()).isNull();

        show(robot, Settings.load(dir.resolve("w.properties")), cache);
        assertThat(model.generatedGraphProperty().get()).isEqualTo(HUNDRED_THOUSAND);
        assertThat(sizes(robot).getValue()).isEqualTo(HUNDRED_THOUSAND);
        assertThat(pending).isEmpty();
        robot.interact(() -> model.workloadProperty().set(Catalogue.TRIANGLES));
        assertThat(pending).hasSize(1);
        assertThat(model.graphStatusProperty().get()).isEqualTo(
                new GraphStatus.Generating(HUNDRED_THOUSAND, GeneratedGraph.Phase.GENERATING, 0, 100_000));
        // Back to fib and to the triangles again: the one generation goes on, no second starts.
        robot.interact(() -> {
            model.workloadProperty().set(Catalogue.FIB);
            model.workloadProperty().set(Catalogue.TRIANGLES);
        });
        assertThat(pending).hasSize(1);
        // An unknown remembered key falls back to the Facebook-like graph.
        Settings odd = Settings.load(dir.resolve("odd.properties"));
        odd.put(Settings.GRAPH_GENERATED, "holme-kim-n123-m10-pt0.9-seed1");
        show(robot, odd, cache);
        assertThat(model.generatedGraphProperty().get()).isEqualTo(GeneratedGraph.FACEBOOK_LIKE);
    }
}
