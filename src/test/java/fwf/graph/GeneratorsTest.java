package fwf.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fwf.workload.EdgeList;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    /** Triangles by merging sorted neighbour lists, each counted once (u < v < w). */
    static long triangles(Graph g) {
        int[] off = g.offsets();
        int[] t = g.targets();
        long count = 0;
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int k = off[u]; k < off[u + 1]; k++) {
                int v = t[k];
                if (v <= u) {
                    continue;
                }
                int i = off[u];
                int j = off[v];
                while (i < off[u + 1] && j < off[v + 1]) {
                    if (t[i] < t[j]) {
                        i++;
                    } else if (t[i] > t[j]) {
                        j++;
                    } else {
                        if (t[i] > v) {
                            count++;
                        }
                        i++;
                        j++;
                    }
                }
            }
        }
        return count;
    }

    private static void assertSameEdges(Graph a, Graph b) {
        EdgeList x = a.edgeList();
        EdgeList y = b.edgeList();
        assertThat(y.nodeCount()).isEqualTo(x.nodeCount());
        assertThat(y.from()).isEqualTo(x.from());
        assertThat(y.to()).isEqualTo(x.to());
        assertThat(b.labels()).isEqualTo(a.labels());
    }

    @Test
    void everyGeneratorIsDeterministicForItsSeed() {
        assertSameEdges(Generators.erdosRenyi(300, 0.03, 7), Generators.erdosRenyi(300, 0.03, 7));
        assertSameEdges(Generators.barabasiAlbert(300, 3, 7), Generators.barabasiAlbert(300, 3, 7));
        assertSameEdges(Generators.holmeKim(300, 3, 0.5, 7), Generators.holmeKim(300, 3, 0.5, 7));
        assertThat(Generators.erdosRenyi(300, 0.03, 8).edgeList().from())
                .isNotEqualTo(Generators.erdosRenyi(300, 0.03, 7).edgeList().from());
        assertThat(Generators.holmeKim(300, 3, 0.5, 8).edgeList().to())
                .isNotEqualTo(Generators.holmeKim(300, 3, 0.5, 7).edgeList().to());
    }

    @Test
    void erdosRenyiHasTheExpectedNumberOfEdgesForItsSeed() {
        Graph g = Generators.erdosRenyi(200, 0.05, 1);
        assertThat(g.name()).isEqualTo("erdos-renyi(n=200,p=0.05,seed=1)");
        assertThat(g.nodeCount()).isEqualTo(200);
        // p*n(n-1)/2 = 995, standard deviation about 31: 1060 is this seed's draw.
        assertThat(g.edgeCount()).isEqualTo(1060);
        assertThat(Math.abs(g.edgeCount() - 995.0)).isLessThan(3 * Math.sqrt(995 * 0.95));
        EdgeListReaderProperties.checkInvariants(g);
    }

    @Test
    void erdosRenyiAveragesToItsExpectation() {
        long total = 0;
        for (int seed = 0; seed < 100; seed++) {
            total += Generators.erdosRenyi(2000, 0.002, seed).edgeCount();
        }
        // Expected 3,998 a graph; the mean of 100 draws has a standard deviation of about 6.3.
        assertThat(total / 100.0).isCloseTo(3998.0, org.assertj.core.data.Offset.offset(25.0));
    }

    @Test
    void erdosRenyiNumbersByFirstAppearanceAndPutsIsolatedNodesLast() {
        Graph g = Generators.erdosRenyi(60, 0.02, 3);
        assertThat(g.nodeCount()).isEqualTo(60);
        EdgeList list = g.edgeList();
        int next = 0;
        for (int i = 0; i < list.edgeCount(); i++) {
            for (int u : new int[] {list.from()[i], list.to()[i]}) {
                assertThat(u).isLessThanOrEqualTo(next);
                if (u == next) {
                    next++;
                }
            }
        }
        assertThat(next).as("nodes with edges").isLessThan(60);
        int previousLabel = -1;
        for (int u = next; u < 60; u++) {
            assertThat(g.degree(u)).isZero();
            assertThat(g.label(u)).isGreaterThan(previousLabel); // in creation order
            previousLabel = g.label(u);
        }
        // Each creation index is some node's label.
        assertThat(g.labels()).containsExactlyInAnyOrder(
                java.util.stream.IntStream.range(0, 60).toArray());
        EdgeListReaderProperties.checkInvariants(g);
    }

    @Test
    void erdosRenyiExtremes() {
        assertThat(Generators.erdosRenyi(0, 0.5, 1).nodeCount()).isZero();
        assertThat(Generators.erdosRenyi(10, 0, 1).edgeCount()).isZero();
        Graph complete = Generators.erdosRenyi(10, 1, 1);
        assertThat(complete.name()).isEqualTo("erdos-renyi(n=10,p=1,seed=1)");
        assertThat(complete.edgeCount()).isEqualTo(45);
        assertThat(complete.labels()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(Generators.erdosRenyi(1000, 1e-9, 1).edgeCount()).isZero();
        assertThatThrownBy(() -> Generators.erdosRenyi(10, 1.5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("p must be in [0, 1]: 1.5");
        assertThatThrownBy(() -> Generators.erdosRenyi(10, Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Generators.erdosRenyi(-1, 0.5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("n must be >= 0: -1");
    }

    /** Seed clique K(m+1), then m links per new node to distinct earlier nodes. */
    private static void assertAttachmentShape(Graph g, int n, int m) {
        assertThat(g.nodeCount()).isEqualTo(n);
        assertThat(g.edgeCount()).isEqualTo(m * (m + 1) / 2 + (n - m - 1) * m);
        for (int u = 0; u < n; u++) {
            assertThat(g.label(u)).isEqualTo(u); // ids in creation order
            int earlier = 0;
            for (int v : g.neighbours(u)) {
                if (v < u) {
                    earlier++;
                }
            }
            assertThat(earlier).as("links of node %d to earlier nodes", u).isEqualTo(Math.min(u, m));
        }
        EdgeListReaderProperties.checkInvariants(g);
    }

    @Test
    void barabasiAlbertAddsExactlyMEdgesPerNewNode() {
        Graph g = Generators.barabasiAlbert(500, 4, 11);
        assertThat(g.name()).isEqualTo("barabasi-albert(n=500,m=4,seed=11)");
        assertThat(g.edgeCount()).isEqualTo(10 + 495 * 4);
        assertAttachmentShape(g, 500, 4);
        assertAttachmentShape(Generators.barabasiAlbert(2, 1, 1), 2, 1);
        assertAttachmentShape(Generators.barabasiAlbert(6, 5, 1), 6, 5);
    }

    @Test
    void barabasiAlbertGrowsHubs() {
        Graph g = Generators.barabasiAlbert(2000, 3, 5);
        int max = 0;
        for (int u = 0; u < g.nodeCount(); u++) {
            max = Math.max(max, g.degree(u));
        }
        // Uniform attachment would keep the maximum near 30; preferential gives hubs.
        assertThat(max).isGreaterThan(60);
    }

    @Test
    void holmeKimHasTheSameShapeAndMoreTriangles() {
        Graph hk = Generators.holmeKim(1000, 5, 0.8, 3);
        assertThat(hk.name()).isEqualTo("holme-kim(n=1000,m=5,pt=0.8,seed=3)");
        assertAttachmentShape(hk, 1000, 5);
        Graph ba = Generators.barabasiAlbert(1000, 5, 3);
        // Each triad step closes at least one triangle: about 0.8 * 4 per new node.
        assertThat(triangles(hk)).isGreaterThan(triangles(ba) + 3 * 994);
        assertAttachmentShape(Generators.holmeKim(300, 3, 1.0, 1), 300, 3);
        assertAttachmentShape(Generators.holmeKim(50, 1, 1.0, 1), 50, 1);
    }

    @Test
    void holmeKimWithoutTriadsIsPreferentialAttachment() {
        // Same draws in the same order when no triad step is ever tried.
        assertSameEdges(Generators.holmeKim(400, 3, 0, 9), Generators.barabasiAlbert(400, 3, 9));
    }

    @Test
    void attachmentArgumentsAreChecked() {
        assertThatThrownBy(() -> Generators.barabasiAlbert(3, 3, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be >= m + 1 (the seed clique): n=3, m=3");
        assertThatThrownBy(() -> Generators.barabasiAlbert(10, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("m must be >= 1: 0");
        assertThatThrownBy(() -> Generators.holmeKim(10, 2, -0.1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("triadProbability must be in [0, 1]: -0.1");
    }

    @Test
    void facebookLikeIsAboutTheSizeOfEgoFacebook() {
        Graph g = Generators.facebookLike(1);
        assertThat(g.name()).isEqualTo("holme-kim(n=4000,m=22,pt=0.9,seed=1)");
        assertThat(g.nodeCount()).isEqualTo(4000);
        assertThat(g.edgeCount()).isEqualTo(87_747);
        assertThat(triangles(g)).isEqualTo(190_165);
        EdgeListReaderProperties.checkInvariants(g);
    }
}
