package fwf.workload;

/**
 * The timed part of a kernel. It returns its answer (a {@code Long}, {@code BigInteger} or
 * {@code Double}) so the caller can check it and, by consuming it, keep the JIT from
 * dropping the work as dead code.
 */
@FunctionalInterface
public interface Computation {
    Object run();
}
