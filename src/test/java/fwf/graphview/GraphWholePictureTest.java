package fwf.graphview;

import fwf.graph.Graph;
import fwf.graph.Layout;
import fwf.graph.LayoutPicture;
import fwf.graph.PictureStyle;
import fwf.workload.StepKind;
import fwf.workload.StepTrace;
import fwf.workload.TriangleSearch;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static fwf.graphview.GraphFixtures.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The still picture of a big graph, with found triangles lit over it. */
@ExtendWith(ApplicationExtension.class)
class GraphWholePictureTest {
    private final Graph graph = GraphFixtures.clustered();
    private final Layout layout = GraphFixtures.layout(graph);
    private final StepTrace trace = GraphFixtures.trace(graph, TriangleSearch.FORWARD);
    private final GraphTriangleIndex index = GraphTriangleIndex.build(graph, trace, () -> false);
    private GraphWholePicture picture;

    @Start
    void start(Stage stage) {
        LayoutPicture mapping = new LayoutPicture(400, 400, 10);
        BufferedImage base = mapping.render(graph, layout, PictureStyle.dark(graph.edgeCount()));
        picture = new GraphWholePicture(graph, layout, trace, index, base, mapping);
        stage.setScene(new Scene(new StackPane(picture.view()), 400, 400));
        stage.show();
    }

    private void showAndDraw(int position) {
        onFx(() -> {
            picture.show(position);
            picture.settle();
            picture.frame();
        });
    }

    private List<Integer> levels() {
        return onFx(() -> {
            List<Integer> levels = new ArrayList<>();
            for (int e = 0; e < graph.edgeCount(); e++) {
                levels.add(picture.carpetLevel(e));
            }
            return levels;
        });
    }

    @Test
    void edgesAreLitByTheTrianglesFoundSoFarWhicheverWayTheReplayCame() {
        GraphTriangleScale edgeScale = GraphTriangleScale.upTo(index.maxEdgeTotal());
        int p = trace.foundStep(index.foundCount() / 2);
        showAndDraw(p);
        List<Integer> direct = levels();
        int[] counts = new int[graph.edgeCount()];
        for (int k = 0; k < trace.foundSoFar(p); k++) {
            for (int c = 0; c < 3; c++) {
                counts[index.side(k, c)]++;
            }
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            assertThat(direct.get(e)).as("edge %d", e).isEqualTo(edgeScale.bucket(counts[e]));
        }
        assertThat(direct).anyMatch(level -> level > 0);
        showAndDraw(trace.size() - 1);
        showAndDraw(-1);
        assertThat(levels()).allMatch(level -> level == 0);
        for (int i = 0; i <= p; i += 7) {
            showAndDraw(i);
        }
        showAndDraw(p);
        assertThat(levels()).isEqualTo(direct);
        assertThat(onFx(() -> picture.found())).isEqualTo(trace.foundSoFar(p));
    }

    @Test
    void theSearchsPartsAndTheFoundEdgesShowInASnapshot() {
        showAndDraw(-1);
        BufferedImage before = onFx(() -> SwingFXUtils.fromFXImage(GraphSnapshot.capture(picture.view()), null));
        int visit = -1;
        for (int i = trace.size() / 2; visit < 0; i++) {
            if (trace.kind(i) == StepKind.VISIT_NODE) {
                visit = i;
            }
        }
        showAndDraw(visit);
        BufferedImage after = onFx(() -> SwingFXUtils.fromFXImage(GraphSnapshot.capture(picture.view()), null));
        assertThat(amber(before)).isZero();
        assertThat(amber(after)).isGreaterThan(100);
        assertThat(GraphSceneTest.pixelsOf(before, 0xFFFF4D6D)).isZero();
        assertThat(GraphSceneTest.pixelsOf(after, 0xFFFF4D6D)).as("the visited node's dot").isGreaterThan(0);
    }

    @Test
    void colouringByTrianglesDrawsNodesAndCanBeUndone() {
        int p = trace.size() - 1;
        showAndDraw(p);
        BufferedImage plain = onFx(() -> SwingFXUtils.fromFXImage(GraphSnapshot.capture(picture.view()), null));
        onFx(() -> {
            picture.setColourByTriangles(true);
            picture.frame();
        });
        BufferedImage coloured = onFx(() -> SwingFXUtils.fromFXImage(GraphSnapshot.capture(picture.view()), null));
        // The top bucket's colour, #F46D43, marks the busiest nodes.
        assertThat(GraphSceneTest.pixelsOf(coloured, 0xFFF46D43)).isGreaterThan(0);
        onFx(() -> {
            picture.setColourByTriangles(false);
            picture.frame();
        });
        BufferedImage again = onFx(() -> SwingFXUtils.fromFXImage(GraphSnapshot.capture(picture.view()), null));
        assertThat(GraphSceneTest.pixelsOf(again, 0xFFF46D43)).isEqualTo(GraphSceneTest.pixelsOf(plain, 0xFFF46D43));
    }

    /** Pixels where the found colour dominates: much red and green, little blue. */
    private static int amber(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (r > 110 && g > 85 && b < 70 && r > 2 * b) {
                    count++;
                }
            }
        }
        return count;
    }
}
