package fwf.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuadTreeTest {

    private static double[][] bruteForce(double[] x, double[] y) {
        int n = x.length;
        double[][] f = new double[n][2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double d2 = dx * dx + dy * dy;
                if (i != j && d2 > 1e-18) {
                    f[i][0] += dx / d2;
                    f[i][1] += dy / d2;
                }
            }
        }
        return f;
    }

    @Test
    void withThetaZeroEveryPairIsExact() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 500;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            // Clumps as well as spread: a tree of uneven depth.
            x[i] = i % 5 == 0 ? 3 + random.nextDouble() * 1e-3 : random.nextDouble() * 20;
            y[i] = i % 5 == 0 ? 7 + random.nextDouble() * 1e-3 : random.nextDouble() * 20;
        }
        QuadTree tree = new QuadTree(n);
        tree.build(x, y, n);
        double[][] exact = bruteForce(x, y);
        for (int i = 0; i < n; i++) {
            double[] f = new double[2];
            tree.repulsion(i, 0, f);
            double scale = Math.hypot(exact[i][0], exact[i][1]) + 1;
            assertThat(f[0]).isCloseTo(exact[i][0], within(1e-9 * scale));
            assertThat(f[1]).isCloseTo(exact[i][1], within(1e-9 * scale));
        }
    }

    @Test
    void withTheDefaultThetaForcesStayClose() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 2000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * 45;
            y[i] = random.nextDouble() * 45;
        }
        QuadTree tree = new QuadTree(n);
        tree.build(x, y, n);
        double[][] exact = bruteForce(x, y);
        double error = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double[] f = new double[2];
            tree.repulsion(i, 0.49, f);
            error += Math.hypot(f[0] - exact[i][0], f[1] - exact[i][1]);
            total += Math.hypot(exact[i][0], exact[i][1]);
        }
        assertThat(error / total).isLessThan(0.05);
    }

    @Test
    void coincidentNodesShareALeafWithoutNaN() {
        double[] x = {1, 1, 1, 2};
        double[] y = {1, 1, 1, 2};
        QuadTree tree = new QuadTree(4);
        tree.build(x, y, 4);
        double[] f = new double[2];
        tree.repulsion(0, 0.49, f);
        // Only node 3 pushes: (1-2, 1-2) / 2.
        assertThat(f).containsExactly(-0.5, -0.5);
        double[] g = new double[2];
        tree.repulsion(3, 0.49, g);
        assertThat(g).containsExactly(1.5, 1.5);
    }
}
