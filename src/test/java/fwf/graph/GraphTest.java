package fwf.graph;

import static fwf.graph.EdgeListReaderTest.edges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fwf.workload.EdgeList;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GraphTest {

    /**
     * Labels 10, 20, 30, 40, 50, 60 get ids 0..5: triangles 10-20-30 and 20-30-40, then a tail
     * 40-50-60.
     */
    private static final String HAND = """
            10 20
            20 30
            30 10
            30 40
            40 50
            50 60
            40 20
            """;

    private static Graph hand() throws IOException {
        return EdgeListReader.read("hand.txt", new StringReader(HAND)).graph();
    }

    @Test
    void accessorsAnswerFromTheCsr() throws IOException {
        Graph g = hand();
        assertThat(g.name()).isEqualTo("hand.txt");
        assertThat(g.nodeCount()).isEqualTo(6);
        assertThat(g.edgeCount()).isEqualTo(7);
        assertThat(g.labels()).containsExactly(10, 20, 30, 40, 50, 60);
        assertThat(g.offsets()).containsExactly(0, 2, 5, 8, 11, 13, 14);
        assertThat(g.targets()).containsExactly(1, 2, 0, 2, 3, 0, 1, 3, 1, 2, 4, 3, 5, 4);
        assertThat(g.neighbours(3)).containsExactly(1, 2, 4);
        assertThat(g.neighbour(3, 2)).isEqualTo(4);
        assertThat(g.degree(5)).isEqualTo(1);
        assertThat(g.hasEdge(3, 1)).isTrue();
        assertThat(g.hasEdge(0, 3)).isFalse();
        assertThat(g.idOf(40)).isEqualTo(3);
        assertThat(g.label(3)).isEqualTo(40);
        assertThat(g.idOf(41)).isEqualTo(-1);
        assertThat(g.toString()).isEqualTo("Graph[hand.txt, 6 nodes, 7 edges]");
        assertThatThrownBy(() -> g.neighbour(5, 1))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("neighbour 1 of node 5 with degree 1");
    }

    @Test
    void nothingHandedOutCanChangeTheGraph() throws IOException {
        Graph g = hand();
        EdgeList list = g.edgeList();
        list.from()[0] = 5;
        g.offsets()[1] = 99;
        g.targets()[0] = 99;
        g.neighbours(0)[0] = 99;
        g.labels()[0] = 99;
        assertThat(g.edgeList().from()[0]).isZero();
        assertThat(g.neighbours(0)).containsExactly(1, 2);
        assertThat(g.label(0)).isEqualTo(10);
        assertThat(g.degree(0)).isEqualTo(2);
    }

    @Test
    void edgeListIsInFileOrderWithDenseIds() throws IOException {
        EdgeList list = hand().edgeList();
        assertThat(list.nodeCount()).isEqualTo(6);
        assertThat(list.from()).containsExactly(0, 1, 2, 2, 3, 4, 3);
        assertThat(list.to()).containsExactly(1, 2, 0, 3, 4, 5, 1);
    }

    @Test
    void firstNodesKeepsTheFirstIdsAndTheEdgesAmongThemInOrder() throws IOException {
        Graph first4 = hand().firstNodes(4);
        assertThat(first4.name()).isEqualTo("hand.txt [first 4 nodes]");
        assertThat(first4.labels()).containsExactly(10, 20, 30, 40);
        assertThat(edges(first4)).containsExactly("0-1", "1-2", "2-0", "2-3", "3-1");
        assertThat(hand().firstNodes(2).edgeCount()).isEqualTo(1);
        assertThat(hand().firstNodes(0).nodeCount()).isZero();
        EdgeListReaderProperties.checkInvariants(first4);
    }

    @Test
    void firstNodesKeepsANodeWhoseEdgesAllLeaveTheCut() throws IOException {
        // Label 3 (id 2) first appears with 4 (id 3); cutting at 3 nodes keeps it with no edges.
        Graph g = EdgeListReader.read("cut.txt", new StringReader("1 2\n3 4\n2 4\n")).graph();
        Graph cut = g.firstNodes(3);
        assertThat(cut.labels()).containsExactly(1, 2, 3);
        assertThat(edges(cut)).containsExactly("0-1");
        assertThat(cut.degree(2)).isZero();
    }

    @Test
    void firstNodesOfEveryNodeIsTheGraphAndOutOfRangeIsRefused() throws IOException {
        Graph g = hand();
        assertThat(g.firstNodes(6)).isSameAs(g);
        assertThatThrownBy(() -> g.firstNodes(7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firstNodes(7) of a graph of 6 nodes");
        assertThatThrownBy(() -> g.firstNodes(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void egoNetworkHasTheNodeItsNeighboursAndEveryEdgeAmongThem() throws IOException {
        Graph ego = hand().egoNetwork(40);
        assertThat(ego.name()).isEqualTo("hand.txt [ego 40]");
        // Members 20, 30, 40, 50; the edges among them in file order: 20-30, 30-40, 40-50,
        // 40-20. So ids by first appearance there: 20, 30, 40, 50.
        assertThat(ego.labels()).containsExactly(20, 30, 40, 50);
        assertThat(edges(ego)).containsExactly("0-1", "1-2", "2-3", "2-0");
        EdgeListReaderProperties.checkInvariants(ego);
    }

    @Test
    void egoNetworkRenumbersByFirstAppearanceInTheKeptEdges() throws IOException {
        Graph ego = hand().egoNetwork(60);
        assertThat(ego.labels()).containsExactly(50, 60);
        assertThat(edges(ego)).containsExactly("0-1");
        Graph ego10 = hand().egoNetwork(10);
        assertThat(ego10.labels()).containsExactly(10, 20, 30);
        assertThat(edges(ego10)).containsExactly("0-1", "1-2", "2-0");
    }

    @Test
    void egoNetworkOfAnIsolatedNodeIsTheNodeAlone() throws IOException {
        Graph g = EdgeListReader.read("loop.txt", new StringReader("7 7\n1 2\n")).graph();
        Graph ego = g.egoNetwork(7);
        assertThat(ego.labels()).containsExactly(7);
        assertThat(ego.edgeCount()).isZero();
    }

    @Test
    void egoNetworkOfAnAbsentLabelNamesIt() throws IOException {
        assertThatThrownBy(() -> hand().egoNetwork(99))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node 99 is not in hand.txt");
        assertThatThrownBy(() -> hand().egoNetwork(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node -1 is not in hand.txt");
    }
}
