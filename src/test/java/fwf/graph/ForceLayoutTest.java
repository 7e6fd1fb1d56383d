package fwf.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {
    private static final LayoutParameters QUICK = LayoutParameters.DEFAULT.withIterations(60);

    static Graph clustered() {
        return Generators.holmeKim(300, 2, 0.9, 11);
    }

    /** Mean edge length over mean distance between random pairs: 1 for a random placement. */
    static double edgeToPairRatio(Graph g, Layout l) {
        double edge = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            edge += distance(l, g.edgeFrom(e), g.edgeTo(e));
        }
        edge /= g.edgeCount();
        SplittableRandom random = new SplittableRandom(1);
        double pair = 0;
        int pairs = 20_000;
        for (int i = 0; i < pairs; i++) {
            pair += distance(l, random.nextInt(g.nodeCount()), random.nextInt(g.nodeCount()));
        }
        return edge / (pair / pairs);
    }

    private static double distance(Layout l, int a, int b) {
        return Math.hypot(l.x(a) - l.x(b), l.y(a) - l.y(b));
    }

    @Test
    void sameSeedSameLayoutOtherSeedOtherLayout() {
        Graph g = clustered();
        Layout first = ForceLayout.compute(g, QUICK);
        assertThat(ForceLayout.compute(g, QUICK)).isEqualTo(first);
        assertThat(ForceLayout.compute(g, QUICK.withSeed(43))).isNotEqualTo(first);
    }

    @Test
    void connectedNodesEndUpCloserThanRandomPairs() {
        Graph g = clustered();
        // A single iteration barely moves the random start; the full run pulls edges short
        // (measured: about 0.21).
        assertThat(edgeToPairRatio(g, ForceLayout.compute(g, LayoutParameters.DEFAULT.withIterations(1))))
                .isGreaterThan(0.8);
        assertThat(edgeToPairRatio(g, ForceLayout.compute(g, LayoutParameters.DEFAULT))).isLessThan(0.4);
    }

    @Test
    void egoNetworkOfNodeZeroLaysOutWithShortEdges() {
        Graph ego = FacebookFile.load().egoNetwork(0);
        assertThat(ego.nodeCount()).isEqualTo(348);
        // Measured about 0.29: the ego is joined to all, so edges cannot all be short.
        assertThat(edgeToPairRatio(ego, ForceLayout.compute(ego, LayoutParameters.DEFAULT))).isLessThan(0.5);
    }

    @Test
    void fillsTheUnitSquareCentred() {
        Layout l = ForceLayout.compute(clustered(), QUICK);
        double[] x = l.x();
        double[] y = l.y();
        double minX = min(x);
        double maxX = max(x);
        double minY = min(y);
        double maxY = max(y);
        assertThat(Math.max(maxX - minX, maxY - minY)).isCloseTo(1, within(1e-12));
        assertThat(minX + maxX).isCloseTo(1, within(1e-12));
        assertThat(minY + maxY).isCloseTo(1, within(1e-12));
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElseThrow();
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElseThrow();
    }

    @Test
    void tinyGraphs() throws IOException {
        Graph none = EdgeListReader.read("empty.txt", new StringReader("")).graph();
        assertThat(ForceLayout.compute(none, QUICK).nodeCount()).isZero();
        Graph single = Generators.erdosRenyi(1, 0, 1);
        Layout one = ForceLayout.compute(single, QUICK);
        assertThat(one.x(0)).isEqualTo(0.5);
        assertThat(one.y(0)).isEqualTo(0.5);
        Graph pair = EdgeListReader.read("pair.txt", new StringReader("1 2\n")).graph();
        Layout two = ForceLayout.compute(pair, QUICK);
        assertThat(Math.max(Math.abs(two.x(0) - two.x(1)), Math.abs(two.y(0) - two.y(1)))).isEqualTo(1);
    }

    @Test
    void reportsEachIterationInOrder() {
        List<String> calls = new ArrayList<>();
        ForceLayout.compute(clustered(), LayoutParameters.DEFAULT.withIterations(5),
                (done, total) -> calls.add(done + "/" + total), () -> false);
        assertThat(calls).containsExactly("1/5", "2/5", "3/5", "4/5", "5/5");
    }

    @Test
    void stopsWhenCancelled() {
        List<Integer> done = new ArrayList<>();
        assertThatThrownBy(() -> ForceLayout.compute(clustered(), LayoutParameters.DEFAULT.withIterations(25),
                (d, total) -> done.add(d), () -> done.size() == 3))
                .isInstanceOf(CancellationException.class)
                .hasMessage("layout cancelled after 3 of 25 iterations");
    }

    @Test
    void parametersAreChecked() {
        assertThatThrownBy(() -> new LayoutParameters(0, 1, 0.5, 0.1))
                .hasMessage("iterations must be in 1..100000: 0");
        assertThatThrownBy(() -> new LayoutParameters(10, 1, 0.8, 0.1))
                .hasMessage("theta must be in [0, 0.7]: 0.8");
        assertThatThrownBy(() -> new LayoutParameters(10, 1, 0.5, Double.NaN))
                .hasMessage("gravity must be in [0, 1]: NaN");
        assertThat(LayoutParameters.DEFAULT).isEqualTo(new LayoutParameters(300, 42, 0.7, 0.02));
    }

    @Test
    void layoutsAreCheckedAndCopied() {
        assertThatThrownBy(() -> new Layout(new double[2], new double[1]))
                .hasMessage("x has 2 coordinates but y has 1");
        assertThatThrownBy(() -> new Layout(new double[] {0.5, 1.5}, new double[] {0, 0}))
                .hasMessage("node 1 at (1.5, 0.0) is outside [0,1]");
        double[] x = {0.25};
        Layout l = new Layout(x, new double[] {0.75});
        x[0] = 0.5;
        assertThat(l.x(0)).isEqualTo(0.25);
        l.x()[0] = 0.5;
        assertThat(l.x(0)).isEqualTo(0.25);
        assertThat(l).isEqualTo(new Layout(new double[] {0.25}, new double[] {0.75}))
                .hasSameHashCodeAs(new Layout(new double[] {0.25}, new double[] {0.75}))
                .hasToString("Layout[1 nodes]");
    }

    @Test
    void normalisingKeepsTheAspectRatio() {
        Layout l = Layout.normalised(new double[] {10, 14, 12}, new double[] {-1, -1, 1});
        assertThat(l.x()).containsExactly(0, 1, 0.5);
        assertThat(l.y()).containsExactly(0.25, 0.25, 0.75);
    }
}
