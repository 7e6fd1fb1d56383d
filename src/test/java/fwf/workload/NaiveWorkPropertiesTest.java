package fwf.workload;

import fwf.graph.EdgeListReader;
import fwf.graph.FacebookFile;
import fwf.graph.Graph;
import fwf.workload.Catalogue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The position-based replay ({@link NaiveWork}) against the literal scan ({@link TalkScan}): the
 * same triangles, comparisons and lookups on random graphs, in the talk's order and in shuffled
 * orders, and on the first nodes of ego-Facebook; then the whole of ego-Facebook, the issue's
 * 11.36 billion.
 */
class NaiveWorkPropertiesTest {

    @Property(tries = 300)
    void theReplayCountsWhatTheScanExamines(@ForAll("graphs") EdgeList graph, @ForAll long seed) {
        assertSame(Adjacency.talk(graph));
        Adjacency.Talk shuffled = shuffle(Adjacency.talk(graph), new Random(seed));
        assertSame(shuffled);
    }

    @Provide
    Arbitrary<EdgeList> graphs() {
        return Arbitraries.integers().between(1, 40).flatMap(ids -> Arbitraries.integers().between(0, ids - 1)
                .list().ofMinSize(0).ofMaxSize(8 * ids).map(NaiveWorkPropertiesTest::clean));
    }

    @Test
    void theFirstNodesOfEgoFacebook() throws IOException {
        Graph g = EdgeListReader.read(FacebookFile.path()).graph().firstNodes(400);
        assertSame(Adjacency.talk(g.edgeList()));
    }

    /**
     * The figure: the talk's order examines 11.36 billion list elements on ego-Facebook,
     * counting all four membership tests (the three of the far loop alone make 11.07 billion).
     */
    @Test
    void egoFacebook() throws IOException {
        EdgeList g = EdgeListReader.read(FacebookFile.path()).graph().edgeList();
        Work w = Operations.trace(Catalogue.TRIANGLES, "naive", g);
        assertThat(w.answer()).isEqualTo(1_612_010L);
        assertThat(w.counts()).extracting(WorkCount::value)
                .containsExactly(11_364_560_356L, 11_065_353_490L, 299_206_866L);
        assertThat(Operations.trace(Catalogue.TRIANGLES, "hashset", g).operations().value()).isEqualTo(18_534_047L);
        assertThat(Operations.trace(Catalogue.TRIANGLES, "forward", g).operations().value()).isEqualTo(2_874_062L);
        assertThat(Operations.trace(Catalogue.TRIANGLES, "bitset", g).operations().value()).isEqualTo(1_002_418L);
    }

    private static void assertSame(Adjacency.Talk talk) {
        NaiveWork.Counts fast = NaiveWork.count(talk);
        TalkScan.Counts slow = TalkScan.count(talk);
        assertThat(new TalkScan.Counts(fast.triangles(), fast.farComparisons(), fast.outerComparisons(), fast.lookups()))
                .isEqualTo(slow);
    }

    /** The same lists in other orders, and the nodes in another order: the replay must follow any order. */
    private static Adjacency.Talk shuffle(Adjacency.Talk talk, Random random) {
        for (int[] list : talk.neighbours()) {
            shuffle(list, random);
        }
        int[] order = talk.order().clone();
        shuffle(order, random);
        return new Adjacency.Talk(order, talk.neighbours());
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private static EdgeList clean(List<Integer> endpoints) {
        int[] raw = new int[endpoints.size() & ~1];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = endpoints.get(i);
        }
        return TestGraphs.clean(raw);
    }
}
