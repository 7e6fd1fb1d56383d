package fwf.worker;

import fwf.runner.FfmLibraries;
import fwf.workload.Catalogue;
import fwf.workload.EdgeList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native triangle kernels (through FFM, the same sources as the C and Rust programs) against
 * a brute-force count on random clean graphs, shaped as fwf.workload's triangle properties shape
 * theirs: small dense graphs of up to 20 ids, and wider ones of 65 to 200 ids whose low ids
 * become hubs. Seeded, so a failure names the graph that broke it.
 *
 * <p>Plain JUnit rather than jqwik: a missing library must skip (or fail on CI) the whole test
 * with its reason, which JUnit's assumptions do and a property's tries would count as rejections.
 */
class NativeTrianglePropertiesTest {
    private static final int GRAPHS = 300;

    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void everyNativeKernelCountsAsBruteForceDoes(String system) {
        try (NativeKernels natives = NativeKernels.open(FfmLibraries.require(system))) {
            Random random = new Random(20_26_12_05L);
            int withTriangles = 0;
            for (int i = 0; i < GRAPHS; i++) {
                boolean wide = i % 3 == 2;
                EdgeList graph = wide ? randomGraph(random, 65, 200, 1, 6, true) : randomGraph(random, 1, 20, 0, 10, false);
                long expected = bruteForce(graph);
                withTriangles += expected > 0 ? 1 : 0;
                assertThat(Catalogue.TRIANGLES.reference().apply(graph)).isEqualTo(expected);
                for (String variant : NativeKernels.variantNames("triangles")) {
                    Object answer = natives.variant(Catalogue.TRIANGLES, variant).orElseThrow().kernel().prepare(graph)
                            .run();
                    assertThat(answer).as(variant + " on graph " + i + ": " + describe(graph)).isEqualTo(expected);
                }
            }
            // Agreement on triangle-free graphs alone would prove little.
            assertThat(withTriangles).isGreaterThan(GRAPHS * 3 / 10);
        }
    }

    /**
     * Between minPerId and maxPerId raw pairs per id over ids ids, self-loops and repeats left in
     * for the clean-up; a biased draw favours low ids (the square of a uniform fraction).
     */
    private static EdgeList randomGraph(Random random, int minIds, int maxIds, int minPerId, int maxPerId,
                                        boolean biased) {
        int ids = minIds + random.nextInt(maxIds - minIds + 1);
        int pairs = ids * (minPerId + random.nextInt(maxPerId - minPerId + 1));
        int[] raw = new int[2 * pairs];
        for (int i = 0; i < raw.length; i++) {
            double u = random.nextDouble();
            raw[i] = (int) ((biased ? u * u : u) * ids);
        }
        return clean(raw);
    }

    /** As the reader: ids in order of first appearance, self-loops and duplicates (either way) dropped. */
    private static EdgeList clean(int[] raw) {
        Map<Integer, Integer> ids = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        int[] from = new int[raw.length / 2];
        int[] to = new int[raw.length / 2];
        int edges = 0;
        for (int i = 0; i + 1 < raw.length; i += 2) {
            if (raw[i] == raw[i + 1]) {
                continue;
            }
            int a = ids.computeIfAbsent(raw[i], k -> ids.size());
            int b = ids.computeIfAbsent(raw[i + 1], k -> ids.size());
            if (seen.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
                from[edges] = a;
                to[edges] = b;
                edges++;
            }
        }
        return new EdgeList(ids.size(), Arrays.copyOf(from, edges), Arrays.copyOf(to, edges));
    }

    /** Every triple against an adjacency matrix: the workload tests' obviously right count. */
    private static long bruteForce(EdgeList graph) {
        return fwf.workload.TestGraphs.bruteForce(graph);
    }

    private static String describe(EdgeList graph) {
        StringBuilder text = new StringBuilder(graph.nodeCount() + " nodes:");
        for (int e = 0; e < graph.edgeCount(); e++) {
            text.append(' ').append(graph.from()[e]).append('-').append(graph.to()[e]);
        }
        return text.toString();
    }
}
