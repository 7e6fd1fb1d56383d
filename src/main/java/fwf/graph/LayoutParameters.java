package fwf.graph;

/**
 * The knobs of {@link ForceLayout}; with the graph's edges they decide the layout exactly, so
 * they are part of the {@link LayoutCache} key.
 *
 * @param iterations cooling steps; each moves every node at most the current temperature
 * @param seed       the initial random placement
 * @param theta      Barnes-Hut opening angle: a cell of side s at distance d from a node acts as
 *                   one body when s &lt; theta * d. 0 is exact (and quadratic); at most 0.7, which
 *                   keeps a node from ever feeling a cell that holds the node itself
 * @param gravity    a weak pull towards the centre, so pieces of a disconnected graph stay near
 */
public record LayoutParameters(int iterations, long seed, double theta, double gravity) {
    public static final LayoutParameters DEFAULT = new LayoutParameters(300, 42, 0.7, 0.02);
    public static final int MAX_ITERATIONS = 100_000;

    public LayoutParameters {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be in 1.." + MAX_ITERATIONS + ": " + iterations);
        }
        if (!(theta >= 0 && theta <= 0.7)) {
            throw new IllegalArgumentException("theta must be in [0, 0.7]: " + theta);
        }
        if (!(gravity >= 0 && gravity <= 1)) {
            throw new IllegalArgumentException("gravity must be in [0, 1]: " + gravity);
        }
    }

    public LayoutParameters withSeed(long newSeed) {
        return new LayoutParameters(iterations, newSeed, theta, gravity);
    }

    public LayoutParameters withIterations(int newIterations) {
        return new LayoutParameters(newIterations, seed, theta, gravity);
    }
}
