package fwf.graph;

import java.util.Arrays;

/**
 * The Barnes-Hut tree behind {@link ForceLayout}'s repulsion: a quadtree over the node positions
 * in which each cell knows how many nodes it holds and their centre, so a far cell pushes like
 * one heavy node and a force costs O(log n) instead of O(n). Rebuilt every iteration into the
 * same arrays, so a layout allocates almost nothing after the first.
 */
final class QuadTree {
    /** Past this depth nodes (all but coincident) share a leaf instead of splitting forever. */
    private static final int MAX_DEPTH = 48;
    private static final int INTERNAL = -1;
    private static final int SHARED = -2;

    private double[] minX;
    private double[] minY;
    private double[] side;
    private double[] sumX;
    private double[] sumY;
    private int[] count;
    private int[] body;
    private int[] children;
    private int cells;
    private final int[] stack = new int[4 * MAX_DEPTH + 8];
    private double[] x;
    private double[] y;

    QuadTree(int nodes) {
        allocate(Math.max(16, 2 * nodes));
    }

    private void allocate(int capacity) {
        minX = new double[capacity];
        minY = new double[capacity];
        side = new double[capacity];
        sumX = new double[capacity];
        sumY = new double[capacity];
        count = new int[capacity];
        body = new int[capacity];
        children = new int[4 * capacity];
    }

    private void grow() {
        int capacity = 2 * minX.length;
        minX = Arrays.copyOf(minX, capacity);
        minY = Arrays.copyOf(minY, capacity);
        side = Arrays.copyOf(side, capacity);
        sumX = Arrays.copyOf(sumX, capacity);
        sumY = Arrays.copyOf(sumY, capacity);
        count = Arrays.copyOf(count, capacity);
        body = Arrays.copyOf(body, capacity);
        children = Arrays.copyOf(children, 4 * capacity);
    }

    /** Builds the tree over nodes {@code 0..n-1}; the arrays are read, not copied. */
    void build(double[] x, double[] y, int n) {
        this.x = x;
        this.y = y;
        double loX = Double.POSITIVE_INFINITY;
        double loY = Double.POSITIVE_INFINITY;
        double hiX = Double.NEGATIVE_INFINITY;
        double hiY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            loX = Math.min(loX, x[i]);
            hiX = Math.max(hiX, x[i]);
            loY = Math.min(loY, y[i]);
            hiY = Math.max(hiY, y[i]);
        }
        cells = 0;
        // A little wider than the nodes, so the largest coordinates fall strictly inside.
        int root = newCell(loX, loY, Math.max(hiX - loX, hiY - loY) * 1.0001 + 1e-9);
        body[root] = 0;
        addMass(root, 0);
        for (int i = 1; i < n; i++) {
            insert(root, i);
        }
    }

    private int newCell(double cellMinX, double cellMinY, double cellSide) {
        if (cells == minX.length) {
            grow();
        }
        int c = cells++;
        minX[c] = cellMinX;
        minY[c] = cellMinY;
        side[c] = cellSide;
        sumX[c] = 0;
        sumY[c] = 0;
        count[c] = 0;
        body[c] = INTERNAL;
        Arrays.fill(children, 4 * c, 4 * c + 4, -1);
        return c;
    }

    private void addMass(int c, int i) {
        sumX[c] += x[i];
        sumY[c] += y[i];
        count[c]++;
    }

    private int quadrant(int c, int i) {
        double half = side[c] / 2;
        return (x[i] >= minX[c] + half ? 1 : 0) + (y[i] >= minY[c] + half ? 2 : 0);
    }

    private int child(int c, int q) {
        int existing = children[4 * c + q];
        if (existing >= 0) {
            return existing;
        }
        double half = side[c] / 2;
        int made = newCell(minX[c] + ((q & 1) != 0 ? half : 0), minY[c] + ((q & 2) != 0 ? half : 0), half);
        children[4 * c + q] = made;
        return made;
    }

    private void insert(int root, int i) {
        int c = root;
        addMass(c, i);
        for (int depth = 0; ; depth++) {
            int b = body[c];
            if (b == SHARED) {
                return;
            }
            if (b >= 0) {
                if (depth >= MAX_DEPTH) {
                    body[c] = SHARED;
                    return;
                }
                // A leaf becomes a branch: its node moves one level down, then i goes on.
                body[c] = INTERNAL;
                int moved = child(c, quadrant(c, b));
                body[moved] = b;
                addMass(moved, b);
            }
            int next = child(c, quadrant(c, i));
            boolean fresh = count[next] == 0;
            addMass(next, i);
            if (fresh) {
                body[next] = i;
                return;
            }
            c = next;
        }
    }

    /**
     * Adds to {@code force[0..1]} the Fruchterman-Reingold repulsion on node {@code i}, k^2 / d
     * per node with k = 1, from every other node, far cells taken whole.
     */
    void repulsion(int i, double thetaSquared, double[] force) {
        double xi = x[i];
        double yi = y[i];
        double fx = 0;
        double fy = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int c = stack[--top];
            int b = body[c];
            if (b == i) {
                continue;
            }
            int mass = count[c];
            double dx = xi - sumX[c] / mass;
            double dy = yi - sumY[c] / mass;
            double d2 = dx * dx + dy * dy;
            if (b >= 0 || b == SHARED || side[c] * side[c] < thetaSquared * d2) {
                // Coincident nodes cannot tell which way to push; leave them to the attraction.
                if (d2 > 1e-18) {
                    double f = mass / d2;
                    fx += dx * f;
                    fy += dy * f;
                }
            } else {
                for (int q = 0; q < 4; q++) {
                    int ch = children[4 * c + q];
                    if (ch >= 0) {
                        stack[top++] = ch;
                    }
                }
            }
        }
        force[0] += fx;
        force[1] += fy;
    }
}
