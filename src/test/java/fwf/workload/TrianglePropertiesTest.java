package fwf.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

/** Every variant, and the reference, against a brute-force count on random clean graphs. */
class TrianglePropertiesTest {

    @Property
    void smallDenseGraphs(@ForAll("small") EdgeList graph) {
        long triangles = assertAllAgreeWithBruteForce(graph);
        requireMostlyGraphsWithTriangles(triangles);
    }

    /** Up to 200 nodes, so bit rows span several words and the parallel cuts are not all empty. */
    @Property(tries = 500)
    void widerGraphs(@ForAll("wide") EdgeList graph) {
        long triangles = assertAllAgreeWithBruteForce(graph);
        requireMostlyGraphsWithTriangles(triangles);
        Statistics.label("more than 64 nodes").collect(graph.nodeCount() > 64)
                .coverage(c -> c.check(true).percentage(p -> p >= 30));
    }

    @Provide
    Arbitrary<EdgeList> small() {
        return rawGraphs(1, 20, 0, 10, RandomDistribution.uniform());
    }

    /** Ids drawn biased towards small values, so low ids become hubs as in a social network. */
    @Provide
    Arbitrary<EdgeList> wide() {
        return rawGraphs(65, 200, 1, 6, RandomDistribution.biased());
    }

    /**
     * Raw endpoint pairs over {@code ids} ids, between {@code minPerId} and {@code maxPerId}
     * pairs per id (so the density, hence the number of triangles, is under control), with
     * self-loops and repeats left in for the clean-up.
     */
    private static Arbitrary<EdgeList> rawGraphs(int minIds, int maxIds, int minPerId, int maxPerId,
                                                 RandomDistribution idDistribution) {
        return Arbitraries.integers().between(minIds, maxIds).withDistribution(RandomDistribution.uniform())
                .flatMap(ids -> Arbitraries.integers().between(0, ids - 1).withDistribution(idDistribution)
                        .list()
                        .ofMinSize(2 * minPerId * ids).ofMaxSize(2 * maxPerId * ids)
                        .withSizeDistribution(RandomDistribution.uniform())
                        .map(TrianglePropertiesTest::cleanPairs));
    }

    private static EdgeList cleanPairs(List<Integer> endpoints) {
        int[] raw = new int[endpoints.size() & ~1];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = endpoints.get(i);
        }
        return TestGraphs.clean(raw);
    }

    private static long assertAllAgreeWithBruteForce(EdgeList graph) {
        long expected = TestGraphs.bruteForce(graph);
        assertThat(Catalogue.TRIANGLES.reference().apply(graph)).as("reference").isEqualTo(expected);
        for (Variant<EdgeList> v : Catalogue.TRIANGLES.variants()) {
            assertThat(TestGraphs.run(v, graph)).as(v.name()).isEqualTo(expected);
        }
        return expected;
    }

    /** Agreement on triangle-free graphs alone would prove little, so the generator must make triangles. */
    private static void requireMostlyGraphsWithTriangles(long triangles) {
        Statistics.label("has triangles").collect(triangles > 0)
                .coverage(c -> c.check(true).percentage(p -> p >= 30));
    }
}
