package fwf.bench;

/**
 * How many iterations and processes a run gets. A zero count means "choose for me": the
 * runner adapts it to the kernel's cost (see the engine's plan rules).
 */
public record Plan(int warmup, int iterations, int forks) {
    public static final Plan ADAPTIVE = new Plan(0, 0, 1);

    public Plan {
        if (warmup < 0 || iterations < 0 || forks < 1) {
            throw new IllegalArgumentException(
                    "a plan needs warmup >= 0, iterations >= 0 and forks >= 1, got " + warmup + "/" + iterations + "/" + forks);
        }
    }
}
