package fwf.graphview;

import fwf.graph.Graph;
import fwf.workload.StepTrace;
import fwf.workload.TriangleSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphTriangleIndexTest {
    @Test
    void k4HasFourTrianglesEachNodeInThreeEachEdgeInTwo() {
        Graph k4 = GraphFixtures.k4();
        StepTrace trace = GraphFixtures.trace(k4, TriangleSearch.NAIVE);
        GraphTriangleIndex index = GraphTriangleIndex.build(k4, trace, () -> false);
        assertThat(index.foundCount()).isEqualTo(4);
        for (int n = 0; n < 4; n++) {
            assertThat(index.nodeTotal(n)).isEqualTo(3);
        }
        for (int e = 0; e < 6; e++) {
            assertThat(index.edgeTotal(e)).isEqualTo(2);
        }
        assertThat(index.maxNodeTotal()).isEqualTo(3);
        assertThat(index.maxEdgeTotal()).isEqualTo(2);
        // The naive search finds 0-1-2 first: node 0, neighbour 1, far 2.
        assertThat(new int[] {index.corner(0, 0), index.corner(0, 1), index.corner(0, 2)}).containsExactly(0, 1, 2);
        assertThat(new int[] {index.side(0, 0), index.side(0, 1), index.side(0, 2)})
                .containsExactly(k4Edge(k4, 0, 1), k4Edge(k4, 1, 2), k4Edge(k4, 0, 2));
    }

    private static int k4Edge(Graph g, int a, int b) {
        for (int e = 0; e < g.edgeCount(); e++) {
            if (g.edgeFrom(e) == a && g.edgeTo(e) == b || g.edgeFrom(e) == b && g.edgeTo(e) == a) {
                return e;
            }
        }
        return -1;
    }

    @Test
    void edgesAreLookedUpBothWays() {
        Graph g = GraphFixtures.graph("path", "5 6\n6 7\n");
        GraphTriangleIndex index = GraphTriangleIndex.build(g, GraphFixtures.trace(g, TriangleSearch.NAIVE), () -> false);
        assertThat(index.edgeBetween(0, 1)).isZero();
        assertThat(index.edgeBetween(2, 1)).isEqualTo(1);
        assertThat(index.edgeBetween(0, 2)).isEqualTo(-1);
        assertThat(index.edgeBetween(-1, 2)).isEqualTo(-1);
        assertThat(index.edgeBetween(0, 3)).isEqualTo(-1);
        assertThat(index.foundCount()).isZero();
        assertThat(index.maxNodeTotal()).isZero();
    }

    @Test
    void aTraceOfAnotherGraphIsRefused() {
        Graph k4 = GraphFixtures.k4();
        Graph path = GraphFixtures.graph("path", "0 1\n1 2\n2 3\n0 3\n");
        StepTrace trace = GraphFixtures.trace(k4, TriangleSearch.NAIVE);
        assertThatThrownBy(() -> GraphTriangleIndex.build(path, trace, () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("triangle 0 (0, 1, 2) of the trace is not a triangle of path");
    }

    @ParameterizedTest
    @EnumSource(TriangleSearch.class)
    void countsAtAnyTriangleAreTheSameWhicheverWayTheCounterCame(TriangleSearch search) {
        Graph g = GraphFixtures.clustered();
        StepTrace trace = GraphFixtures.trace(g, search);
        GraphTriangleIndex index = GraphTriangleIndex.build(g, trace, () -> false);
        int found = index.foundCount();
        assertThat(found).isGreaterThan(100);
        int[] nodeSum = new int[g.nodeCount()];
        for (int n = 0; n < g.nodeCount(); n++) {
            nodeSum[n] = index.nodeTotal(n);
        }
        assertThat(Arrays.stream(nodeSum).sum()).isEqualTo(3 * found);

        GraphTriangleCounter forward = new GraphTriangleCounter(index);
        GraphTriangleCounter backward = new GraphTriangleCounter(index);
        GraphDirtySet nodes = new GraphDirtySet(g.nodeCount());
        GraphDirtySet edges = new GraphDirtySet(g.edgeCount());
        backward.moveTo(found, nodes, edges);
        for (int k : new int[] {found, found / 2, 17, 1, 0}) {
            forward.moveTo(k, new GraphDirtySet(g.nodeCount()), new GraphDirtySet(g.edgeCount()));
            nodes.clear();
            edges.clear();
            backward.moveTo(k, nodes, edges);
            int[] expectedNodes = new int[g.nodeCount()];
            int[] expectedEdges = new int[g.edgeCount()];
            for (int t = 0; t < k; t++) {
                for (int c = 0; c < 3; c++) {
                    expectedNodes[index.corner(t, c)]++;
                    expectedEdges[index.side(t, c)]++;
                }
            }
            for (int n = 0; n < g.nodeCount(); n++) {
                assertThat(forward.nodeCount(n)).isEqualTo(expectedNodes[n]);
                assertThat(backward.nodeCount(n)).isEqualTo(expectedNodes[n]);
            }
            for (int e = 0; e < g.edgeCount(); e++) {
                assertThat(forward.edgeCount(e)).isEqualTo(expectedEdges[e]);
                assertThat(backward.edgeCount(e)).isEqualTo(expectedEdges[e]);
            }
        }
    }

    @Test
    void aDirtySetListsEachIdOnceAndIgnoresAbsentParts() {
        GraphDirtySet set = new GraphDirtySet(5);
        set.add(3);
        set.add(-1);
        set.add(3);
        set.add(0);
        assertThat(set.size()).isEqualTo(2);
        assertThat(new int[] {set.get(0), set.get(1)}).containsExactly(3, 0);
        set.clear();
        set.add(3);
        assertThat(set.size()).isEqualTo(1);
        set.addAll();
        assertThat(set.size()).isEqualTo(5);
    }
}
