package fwf.graph;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A Fruchterman-Reingold force-directed layout: edges pull their ends together with d^2/k,
 * every pair of nodes pushes apart with k^2/d (through a Barnes-Hut {@link QuadTree}, so an
 * iteration costs O(n log n + m)), and each node moves at most a temperature that cools
 * linearly to zero. With k = 1 the nodes start uniformly in a square of area n.
 *
 * <p>Deterministic for its {@link LayoutParameters}: one seeded random draw at the start, one
 * thread, and only +, -, *, / and sqrt afterwards (correctly rounded everywhere, unlike the
 * JIT's intrinsics for pow or exp), so a cached layout is the one a fresh run would give.
 * Meant to run off the FX thread: it reports each iteration and checks for cancellation.
 */
public final class ForceLayout {
    private ForceLayout() {
    }

    public static Layout compute(Graph graph, LayoutParameters parameters) {
        return compute(graph, parameters, LayoutProgress.NONE, () -> false);
    }

    /**
     * @throws CancellationException when {@code cancelled} turns true, checked before each
     *                               iteration, e.g. "layout cancelled after 12 of 300 iterations"
     */
    public static Layout compute(Graph graph, LayoutParameters parameters, LayoutProgress progress,
                                 BooleanSupplier cancelled) {
        int n = graph.nodeCount();
        int m = graph.edgeCount();
        int[] from = new int[m];
        int[] to = new int[m];
        for (int e = 0; e < m; e++) {
            from[e] = graph.edgeFrom(e);
            to[e] = graph.edgeTo(e);
        }
        double side = Math.sqrt(Math.max(n, 1));
        double[] x = new double[n];
        double[] y = new double[n];
        SplittableRandom random = new SplittableRandom(parameters.seed());
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * side;
            y[i] = random.nextDouble() * side;
        }
        double[] dx = new double[n];
        double[] dy = new double[n];
        double[] force = new double[2];
        QuadTree tree = new QuadTree(n);
        double thetaSquared = parameters.theta() * parameters.theta();
        double gravity = parameters.gravity();
        double centre = side / 2;
        double startTemperature = Math.max(side / 10, 1);
        int iterations = parameters.iterations();
        for (int it = 0; it < iterations; it++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException(String.format(Locale.ROOT,
                        "layout cancelled after %d of %d iterations", it, iterations));
            }
            if (n > 0) {
                tree.build(x, y, n);
            }
            for (int i = 0; i < n; i++) {
                force[0] = 0;
                force[1] = 0;
                tree.repulsion(i, thetaSquared, force);
                dx[i] = force[0] + gravity * (centre - x[i]);
                dy[i] = force[1] + gravity * (centre - y[i]);
            }
            for (int e = 0; e < m; e++) {
                int a = from[e];
                int b = to[e];
                double ex = x[a] - x[b];
                double ey = y[a] - y[b];
                // d^2/k along the unit vector (ex, ey)/d is (ex, ey) * d.
                double d = Math.sqrt(ex * ex + ey * ey);
                dx[a] -= ex * d;
                dy[a] -= ey * d;
                dx[b] += ex * d;
                dy[b] += ey * d;
            }
            double temperature = startTemperature * (iterations - it) / iterations;
            for (int i = 0; i < n; i++) {
                double length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length > 0) {
                    double step = Math.min(length, temperature) / length;
                    x[i] += dx[i] * step;
                    y[i] += dy[i] * step;
                }
            }
            progress.iterationDone(it + 1, iterations);
        }
        return Layout.normalised(x, y);
    }
}
