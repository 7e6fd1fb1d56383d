package fwf.run;

/**
 * How many iterations and processes a run gets. A zero count means "choose for me": the
 * runner adapts it to the kernel's cost (see the engine's plan rules). A warm-up of
 * {@link #NONE} means none at all: the first measured iteration is the process's first call,
 * as in the talk's rounds.
 */
public record Plan(int warmup, int iterations, int forks) {
    public static final Plan ADAPTIVE = new Plan(0, 0, 1);
    /** No warm-up at all; only with a given count of measured iterations. */
    public static final int NONE = -1;

    public Plan {
        if (warmup < NONE || iterations < 0 || forks < 1) {
            throw new IllegalArgumentException(
                    "a plan needs warmup >= 0, iterations >= 0 and forks >= 1, got " + warmup + "/" + iterations + "/" + forks);
        }
        if (warmup == NONE && iterations == 0) {
            throw new IllegalArgumentException("a plan without warm-up needs a count of measured iterations");
        }
    }

    /** The talk's protocol: {@code rounds} measured iterations per fork and no warm-up. */
    public static Plan rounds(int rounds, int forks) {
        return new Plan(NONE, rounds, forks);
    }

    /** True when both counts are left to the runner. */
    public boolean adaptive() {
        return warmup == 0 && iterations == 0;
    }
}
