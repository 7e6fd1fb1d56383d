package fwf.graphview;

import fwf.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static fwf.graphview.GraphFixtures.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The carpet draws towards the levels it is given, a budget of lines at a time. */
@ExtendWith(ApplicationExtension.class)
class GraphCarpetTest {
    private final Graph graph = GraphFixtures.clustered();
    private final int[] levels = new int[graph.edgeCount()];
    private final GraphCarpet carpet = onFx(() -> {
        float[] xs = new float[graph.nodeCount()];
        float[] ys = new float[graph.nodeCount()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = 10 + (i * 37) % 180;
            ys[i] = 10 + (i * 53) % 180;
        }
        BufferedImage base = GraphCarpet.paintEdges(200, 200, graph, xs, ys, 0xFF000000, 0xFF333333, 1f);
        return new GraphCarpet(base, graph, xs, ys, new int[] {0, 0xFFFFC400, 0xFFFFFFFF}, new float[] {1, 1, 2},
                e -> levels[e]);
    });

    private List<Integer> drawn() {
        return onFx(() -> {
            List<Integer> out = new ArrayList<>();
            for (int e = 0; e < graph.edgeCount(); e++) {
                out.add(carpet.level(e));
            }
            return out;
        });
    }

    private GraphDirtySet all() {
        GraphDirtySet set = new GraphDirtySet(graph.edgeCount());
        set.addAll();
        return set;
    }

    @Test
    void risingLevelsAreDrawnABudgetAtATime() {
        for (int e = 0; e < 25; e++) {
            levels[e] = 1;
        }
        onFx(() -> carpet.touched(all()));
        assertThat(onFx(carpet::pending)).isEqualTo(25);
        assertThat(onFx(() -> carpet.draw(10))).isTrue();
        assertThat(onFx(carpet::pending)).isEqualTo(15);
        assertThat(drawn().stream().filter(l -> l == 1).count()).isEqualTo(10);
        onFx(() -> carpet.draw(10));
        onFx(() -> carpet.draw(10));
        assertThat(onFx(carpet::pending)).isZero();
        assertThat(onFx(() -> carpet.draw(10))).as("nothing left to draw").isFalse();
        for (int e = 0; e < graph.edgeCount(); e++) {
            assertThat(drawn().get(e)).isEqualTo(levels[e]);
        }
    }

    @Test
    void aFallingLevelStartsAgainFromTheBaseDimmestFirst() {
        levels[0] = 2;
        levels[1] = 1;
        levels[2] = 2;
        onFx(() -> {
            carpet.touched(all());
            carpet.settle();
        });
        levels[2] = 1;
        levels[3] = 2;
        onFx(() -> carpet.touched(all()));
        assertThat(drawn()).allMatch(level -> level == 0);
        assertThat(onFx(carpet::pending)).isEqualTo(4);
        // Dimmest first: the two level-1 edges come out of the queue before the level-2 ones.
        onFx(() -> carpet.draw(2));
        assertThat(drawn().subList(0, 4)).containsExactly(0, 1, 1, 0);
        onFx(carpet::settle);
        assertThat(drawn().subList(0, 4)).containsExactly(2, 1, 1, 2);
    }
}
