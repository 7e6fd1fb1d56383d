package fwf.workload;

import static org.assertj.core.api.Assertions.assertThat;

import fwf.workload.TriangleStep.FoundTriangle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

/** The instrumented searches against their kernels, a model of their loops, and their traces. */
class TriangleStepPropertiesTest {

    @Provide
    Arbitrary<EdgeList> graphs() {
        // Ids biased low so that some nodes become hubs and degrees, hence ranks, differ.
        return Arbitraries.integers().between(1, 40)
                .flatMap(ids -> Arbitraries.integers().between(0, ids - 1).withDistribution(RandomDistribution.biased())
                        .list().ofMinSize(ids).ofMaxSize(10 * ids)
                        .withSizeDistribution(RandomDistribution.uniform())
                        .map(TriangleStepPropertiesTest::clean));
    }

    private static EdgeList clean(List<Integer> endpoints) {
        int[] raw = new int[endpoints.size() & ~1];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = endpoints.get(i);
        }
        return TestGraphs.clean(raw);
    }

    private static List<TriangleStep> steps(TriangleSearch search, EdgeList graph) {
        List<TriangleStep> steps = new ArrayList<>();
        search.steps(graph).forEachRemaining(steps::add);
        return steps;
    }

    @Property(tries = 300)
    void foundStepsCountLikeTheKernels(@ForAll("graphs") EdgeList graph) {
        Object expected = Catalogue.TRIANGLES.reference().apply(graph);
        for (TriangleSearch search : TriangleSearch.values()) {
            List<TriangleStep> steps = steps(search, graph);
            long found = steps.stream().filter(s -> s instanceof FoundTriangle).count();
            assertThat(found).as(search.name()).isEqualTo(expected);
            assertThat(steps.getLast()).isEqualTo(new TriangleStep.Done(found, search.source().size() - 1));
            Object kernel = Catalogue.TRIANGLES.variant(search.variantName()).orElseThrow()
                    .kernel().prepare(graph).run();
            assertThat(found).isEqualTo(kernel);
        }
        Statistics.label("has triangles").collect((long) expected > 0)
                .coverage(c -> c.check(true).percentage(p -> p >= 30));
    }

    @Property(tries = 300)
    void cursorsFollowTheKernelsLoops(@ForAll("graphs") EdgeList graph) {
        assertThat(steps(TriangleSearch.NAIVE, graph)).isEqualTo(StepModels.naive(graph));
        assertThat(StepModels.csrFollowsDegreeOrder(graph)).isTrue();
        assertThat(steps(TriangleSearch.FORWARD, graph)).isEqualTo(StepModels.forward(graph));
    }

    @Property(tries = 200)
    void everyTriangleFoundOnceAsRealEdges(@ForAll("graphs") EdgeList graph) {
        Set<Long> edges = new HashSet<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            edges.add(key(graph.from()[e], graph.to()[e]));
        }
        for (TriangleSearch search : TriangleSearch.values()) {
            Set<List<Integer>> triangles = new HashSet<>();
            for (TriangleStep step : steps(search, graph)) {
                switch (step) {
                    case TriangleStep.TryNeighbour t -> assertThat(edges).contains(key(t.node(), t.neighbour()));
                    case TriangleStep.TestFarNeighbour t -> assertThat(edges).contains(key(t.neighbour(), t.far()));
                    case FoundTriangle t -> {
                        assertThat(edges).contains(key(t.a(), t.b()), key(t.b(), t.c()), key(t.a(), t.c()));
                        List<Integer> corners = new ArrayList<>(List.of(t.a(), t.b(), t.c()));
                        corners.sort(null);
                        assertThat(triangles.add(corners)).as("%s found %s twice", search, corners).isTrue();
                    }
                    default -> {
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void traceAgreesWithTheLazyStream(@ForAll("graphs") EdgeList graph) {
        for (TriangleSearch search : TriangleSearch.values()) {
            List<TriangleStep> steps = steps(search, graph);
            StepTrace trace = search.trace(graph, StepTrace.MAX_STEPS);
            assertThat(trace.complete()).isTrue();
            assertThat(trace.truncation()).isEmpty();
            assertThat(trace.size()).isEqualTo(steps.size());
            int found = 0;
            for (int i = 0; i < steps.size(); i++) {
                TriangleStep step = steps.get(i);
                if (step instanceof FoundTriangle) {
                    assertThat(trace.foundStep(found)).isEqualTo(i);
                    found++;
                }
                assertThat(trace.step(i)).isEqualTo(step);
                assertThat(trace.kind(i)).isEqualTo(step.kind());
                assertThat(trace.line(i)).isEqualTo(step.line());
                assertThat(trace.foundSoFar(i)).isEqualTo(found);
                assertThat(trace.skipped(i)).isEqualTo(search.skips(step.line()));
            }
            assertThat(trace.foundCount()).isEqualTo(found);
        }
    }

    @Property(tries = 100)
    void aCutTraceIsAPrefixOfTheWholeOne(@ForAll("graphs") EdgeList graph, @ForAll("fractions") double fraction) {
        for (TriangleSearch search : TriangleSearch.values()) {
            StepTrace whole = search.trace(graph, StepTrace.MAX_STEPS);
            int limit = Math.max(1, (int) (whole.size() * fraction));
            StepTrace cut = search.trace(graph, limit);
            assertThat(cut.size()).isEqualTo(limit);
            assertThat(cut.complete()).isEqualTo(limit == whole.size());
            for (int i = 0; i < limit; i++) {
                assertThat(cut.step(i)).isEqualTo(whole.step(i));
                assertThat(cut.foundSoFar(i)).isEqualTo(whole.foundSoFar(i));
            }
        }
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    private static long key(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }
}
