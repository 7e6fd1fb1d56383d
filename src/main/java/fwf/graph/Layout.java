package fwf.graph;

import java.util.Arrays;

/**
 * Where to draw each node of a graph: {@code x[id]}, {@code y[id]} in [0, 1], scaled uniformly
 * (one scale for both axes, so shapes are not stretched) and centred, so the longer side of the
 * drawing spans exactly [0, 1]. The arrays are copied in and out: a layout never changes.
 */
public record Layout(double[] x, double[] y) {
    public Layout {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " coordinates but y has " + y.length);
        }
        x = x.clone();
        y = y.clone();
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= 0 && x[i] <= 1 && y[i] >= 0 && y[i] <= 1)) {
                throw new IllegalArgumentException("node " + i + " at (" + x[i] + ", " + y[i] + ") is outside [0,1]");
            }
        }
    }

    /**
     * Scales raw positions into a layout: uniformly, centred, longest side onto [0, 1]. A single
     * node, or nodes all in one place, sit in the middle.
     */
    public static Layout normalised(double[] rawX, double[] rawY) {
        int n = rawX.length;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, rawX[i]);
            maxX = Math.max(maxX, rawX[i]);
            minY = Math.min(minY, rawY[i]);
            maxY = Math.max(maxY, rawY[i]);
        }
        double span = Math.max(maxX - minX, maxY - minY);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            if (span > 0) {
                // Clamped: rounding could put the far edge a hair beyond 1.
                x[i] = Math.min(1, (rawX[i] - minX) / span + (1 - (maxX - minX) / span) / 2);
                y[i] = Math.min(1, (rawY[i] - minY) / span + (1 - (maxY - minY) / span) / 2);
            } else {
                x[i] = 0.5;
                y[i] = 0.5;
            }
        }
        return new Layout(x, y);
    }

    public int nodeCount() {
        return x.length;
    }

    public double x(int id) {
        return x[id];
    }

    public double y(int id) {
        return y[id];
    }

    /** Every x, by node id (a copy). */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** Every y, by node id (a copy). */
    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layout other && Arrays.equals(x, other.x) && Arrays.equals(y, other.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Layout[" + x.length + " nodes]";
    }
}
