package fwf.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real SNAP file, when it is there (never copied into the repository). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EgoFacebookTest {

    private LoadedGraph loaded;

    @BeforeAll
    void readOnce() throws IOException {
        loaded = EdgeListReader.read(FacebookFile.path());
    }

    @Test
    void hasTheSnapFigures() {
        LoadSummary s = loaded.summary();
        assertThat(s.source()).isEqualTo("facebook_combined.txt");
        assertThat(s.nodes()).isEqualTo(4039);
        assertThat(s.edges()).isEqualTo(88_234);
        assertThat(s.lines()).isEqualTo(88_234);
        assertThat(s.selfLoops()).isZero();
        assertThat(s.duplicateEdges()).isZero();
        assertThat(s.commentLines()).isZero();
        assertThat(s.blankLines()).isZero();
        Graph g = loaded.graph();
        assertThat(g.nodeCount()).isEqualTo(4039);
        assertThat(g.edgeCount()).isEqualTo(88_234);
        EdgeListReaderProperties.checkInvariants(g);
    }

    @Test
    void hasItsTriangles() {
        assertThat(GeneratorsTest.triangles(loaded.graph())).isEqualTo(1_612_010L);
    }

    @Test
    void nodesAreNumberedAsTheFileFirstMentionsThem() {
        Graph g = loaded.graph();
        // The file starts "0 1", "0 2", ... "0 347", "1 48", ...: labels 0..348 come first
        // in order, then 414, 428, 1684, 1912 from node 1's edges.
        for (int id = 0; id <= 348; id++) {
            assertThat(g.label(id)).isEqualTo(id);
        }
        assertThat(new int[] {g.label(349), g.label(350), g.label(351), g.label(352)})
                .containsExactly(414, 428, 1684, 1912);
        assertThat(g.idOf(1912)).isEqualTo(352);
        assertThat(g.degree(g.idOf(0))).isEqualTo(347);
        assertThat(g.degree(g.idOf(107))).isEqualTo(1045);
    }

    @Test
    void egoNetworkOfNodeZero() {
        Graph ego = loaded.graph().egoNetwork(0);
        assertThat(ego.nodeCount()).isEqualTo(348);
        // 347 spokes from node 0 plus 2,519 edges among its friends.
        assertThat(ego.edgeCount()).isEqualTo(2866);
        assertThat(ego.label(0)).isZero();
        EdgeListReaderProperties.checkInvariants(ego);
    }

    @Test
    void firstThousandNodes() {
        Graph first = loaded.graph().firstNodes(1000);
        assertThat(first.nodeCount()).isEqualTo(1000);
        EdgeListReaderProperties.checkInvariants(first);
    }
}
