package fwf.workload;

/**
 * The timed part of a kernel. It returns its answer (a {@code Long}, {@code BigInteger} or
 * {@code Double}) so the caller can check it and, by consuming it, keep the JIT from
 * dropping the work as dead code.
 */
@FunctionalInterface
public interface Computation {
    Object run();

    /**
     * A sentence for the user when this computation is not what its variant's name says: a
     * fallback to another kernel ("parallel ran forward ..."). Empty for every ordinary kernel.
     */
    default String note() {
        return "";
    }

    /** {@code computation}, carrying {@code note} (see {@link #note()}). */
    static Computation noted(Computation computation, String note) {
        return new Computation() {
            @Override
            public Object run() {
                return computation.run();
            }

            @Override
            public String note() {
                return note;
            }
        };
    }
}
