package fwf.graphview;

import fwf.graph.Graph;
import fwf.graph.Layout;
import fwf.workload.StepKind;
import fwf.workload.StepTrace;
import fwf.workload.TriangleSearch;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import static fwf.graphview.GraphFixtures.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The live scene: what each node and edge shows at a step, however the replay got there. */
@ExtendWith(ApplicationExtension.class)
class GraphSceneTest {
    private final Graph graph = GraphFixtures.clustered();
    private final Layout layout = GraphFixtures.layout(graph);
    private final StepTrace trace = GraphFixtures.trace(graph, TriangleSearch.NAIVE);
    private final GraphTriangleIndex index = GraphTriangleIndex.build(graph, trace, () -> false);
    private GraphScene scene;

    @Start
    void start(Stage stage) {
        scene = new GraphScene(graph, layout, trace, index);
        // TestFX hands every test class the same primary stage, and the main window's tests leave
        // its minimum size at 960x600: this scene is meant to be 640 wide.
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(new Scene(new StackPane(scene.view()), 640, 480));
        stage.sizeToScene();
        stage.show();
    }

    /** Every node's and edge's class, every edge's level, and the level the carpet draws it at. */
    record State(List<String> nodes, List<String> edges, List<Integer> levels, List<Integer> drawn) {
    }

    private static State state(GraphScene s) {
        return onFx(() -> {
            List<String> nodes = new ArrayList<>();
            List<String> edges = new ArrayList<>();
            List<Integer> levels = new ArrayList<>();
            List<Integer> drawn = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                nodes.add(s.nodeClass(n));
            }
            for (int e = 0; e < EDGES; e++) {
                edges.add(s.edgeClass(e));
                levels.add(s.edgeLevel(e));
                drawn.add(s.carpetLevel(e));
            }
            return new State(nodes, edges, levels, drawn);
        });
    }

    private static final int NODES = GraphFixtures.clustered().nodeCount();
    private static final int EDGES = GraphFixtures.clustered().edgeCount();

    /** Shows {@code position}, lets the carpet finish drawing, and renders. */
    private void showAndDraw(int position) {
        onFx(() -> {
            scene.show(position);
            scene.settle();
            scene.frame();
        });
    }

    @Test
    void steppingForwardThenBackRestoresExactlyTheEarlierState() {
        showAndDraw(40);
        State before = state(scene);
        for (int p = 41; p <= 400; p++) {
            showAndDraw(p);
        }
        assertThat(trace.foundSoFar(400)).as("triangles found on the way").isGreaterThan(trace.foundSoFar(40));
        for (int p = 399; p >= 40; p--) {
            showAndDraw(p);
        }
        assertThat(state(scene)).isEqualTo(before);
    }

    @Test
    void scrubbingToIThenJGivesTheStateSteppingToJGives() {
        int i = trace.size() - 10;
        int j = 250;
        showAndDraw(i);
        showAndDraw(j);
        State scrubbed = state(scene);
        showAndDraw(-1);
        for (int p = 0; p <= j; p++) {
            showAndDraw(p);
        }
        assertThat(state(scene)).isEqualTo(scrubbed);
    }

    @Test
    void eachStepShowsItsPartsAndEveryTriangleFoundBeforeIt() {
        GraphTriangleScale edgeScale = GraphTriangleScale.upTo(index.maxEdgeTotal());
        Map<Long, Integer> edgeIds = new HashMap<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            edgeIds.put(key(graph.edgeFrom(e), graph.edgeTo(e)), e);
        }
        boolean sawSkip = false;
        boolean sawFound = false;
        for (int p : new int[] {-1, 0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, trace.size() / 2,
                trace.size() - 2, trace.size() - 1}) {
            showAndDraw(p);
            State s = state(scene);
            // Counted independently: straight from the trace's found steps.
            int[] nodeTriangles = new int[graph.nodeCount()];
            int[] edgeTriangles = new int[graph.edgeCount()];
            for (int k = 0; k < trace.foundSoFar(p); k++) {
                int step = trace.foundStep(k);
                int a = trace.node(step);
                int b = trace.neighbour(step);
                int c = trace.far(step);
                nodeTriangles[a]++;
                nodeTriangles[b]++;
                nodeTriangles[c]++;
                edgeTriangles[edgeIds.get(key(a, b))]++;
                edgeTriangles[edgeIds.get(key(b, c))]++;
                edgeTriangles[edgeIds.get(key(a, c))]++;
            }
            GraphRoles roles = GraphRoles.at(trace, p);
            for (int n = 0; n < graph.nodeCount(); n++) {
                String expected;
                if (n == roles.node()) {
                    expected = "current";
                } else if (n == roles.neighbour()) {
                    expected = roles.skipped() && roles.kind() == StepKind.TRY_NEIGHBOUR ? "skipped" : "neighbour";
                } else if (n == roles.far()) {
                    expected = roles.skipped() && roles.kind() == StepKind.TEST_FAR_NEIGHBOUR ? "skipped" : "far";
                } else {
                    expected = nodeTriangles[n] > 0 ? "found" : null;
                }
                assertThat(s.nodes().get(n)).as("node %d at step %d", n, p).isEqualTo(expected);
            }
            int ab = roles.neighbour() < 0 ? -1 : edgeIds.get(key(roles.node(), roles.neighbour()));
            int bc = roles.far() < 0 ? -1 : edgeIds.get(key(roles.neighbour(), roles.far()));
            int ac = roles.found() ? edgeIds.get(key(roles.node(), roles.far())) : -1;
            for (int e = 0; e < graph.edgeCount(); e++) {
                int level = edgeScale.bucket(edgeTriangles[e]);
                String expected;
                if (roles.found() && (e == ab || e == bc || e == ac)) {
                    expected = "closing";
                } else if (e == ab) {
                    expected = roles.skipped() && roles.kind() == StepKind.TRY_NEIGHBOUR ? "skipped" : "active";
                } else if (e == bc) {
                    expected = roles.skipped() && roles.kind() == StepKind.TEST_FAR_NEIGHBOUR ? "skipped" : "testing";
                } else {
                    expected = null;
                }
                assertThat(s.edges().get(e)).as("edge %d at step %d", e, p).isEqualTo(expected);
                assertThat(s.levels().get(e)).as("level of edge %d at step %d", e, p).isEqualTo(level);
                assertThat(s.drawn().get(e)).as("carpet level of edge %d at step %d", e, p).isEqualTo(level);
            }
            sawSkip |= roles.skipped();
            sawFound |= roles.found();
        }
        assertThat(sawSkip).as("some sampled step is a skip").isTrue();
        assertThat(sawFound || trace.kind(trace.size() - 1) == StepKind.DONE).isTrue();
    }

    @Test
    void aFoundTriangleClosesWithItsThreeEdges() {
        int step = trace.foundStep(3);
        showAndDraw(step);
        int a = trace.node(step);
        int b = trace.neighbour(step);
        int c = trace.far(step);
        State s = state(scene);
        assertThat(List.of(s.nodes().get(a), s.nodes().get(b), s.nodes().get(c)))
                .containsExactly("current", "neighbour", "far");
        long closing = s.edges().stream().filter("closing"::equals).count();
        assertThat(closing).isEqualTo(3);
    }

    @Test
    void colouringByTrianglesUsesTheCountsSoFarAndTurnsBackOff() {
        int p = trace.size() / 3;
        showAndDraw(p);
        State plain = state(scene);
        GraphTriangleScale scale = GraphTriangleScale.upTo(index.maxNodeTotal());
        int[] counts = new int[graph.nodeCount()];
        for (int k = 0; k < trace.foundSoFar(p); k++) {
            int step = trace.foundStep(k);
            counts[trace.node(step)]++;
            counts[trace.neighbour(step)]++;
            counts[trace.far(step)]++;
        }
        onFx(() -> {
            scene.setColourByTriangles(true);
            scene.settle();
            scene.frame();
        });
        State coloured = state(scene);
        GraphRoles roles = GraphRoles.at(trace, p);
        for (int n = 0; n < graph.nodeCount(); n++) {
            if (n != roles.node() && n != roles.neighbour() && n != roles.far()) {
                assertThat(coloured.nodes().get(n)).as("node %d", n).isEqualTo("t" + scale.bucket(counts[n]));
            }
        }
        assertThat(coloured.edges()).isEqualTo(plain.edges());
        onFx(() -> {
            scene.setColourByTriangles(false);
            scene.settle();
            scene.frame();
        });
        assertThat(state(scene)).isEqualTo(plain);
    }

    @Test
    void aSnapshotAfterTrianglesAreFoundShowsTheFoundColour(@TempDir Path dir) throws Exception {
        showAndDraw(-1);
        Image before = onFx(() -> GraphSnapshot.capture(scene.view()));
        int p = trace.foundStep(20) + 1;
        showAndDraw(p);
        Image after = onFx(() -> GraphSnapshot.capture(scene.view()));
        Path beforeFile = dir.resolve("before.png");
        Path afterFile = dir.resolve("after.png");
        GraphSnapshot.writePng(before, beforeFile);
        GraphSnapshot.writePng(after, afterFile);
        assertThat(pixelsOf(ImageIO.read(beforeFile.toFile()), GraphScene.FOUND_ARGB)).isZero();
        assertThat(pixelsOf(ImageIO.read(afterFile.toFile()), GraphScene.FOUND_ARGB)).isGreaterThan(20);
        assertThat(ImageIO.read(afterFile.toFile()).getWidth()).isEqualTo(640);
    }

    /** How many pixels are exactly {@code argb}. */
    static int pixelsOf(BufferedImage image, int argb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == argb) {
                    count++;
                }
            }
        }
        return count;
    }

    private static long key(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }
}
