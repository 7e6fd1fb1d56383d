package fwf.workload;

/**
 * One variant's implementation of a workload, split in two so that load and compute are
 * timed apart: {@link #prepare} builds the variant's own data structure from the input (a
 * {@code List<Integer>} adjacency, a bit matrix, boxed floats...) and is counted as load;
 * the returned {@link Computation} is the part that is timed, and may be run many times.
 *
 * <p>Kernels are plain functions: no I/O, no timing, no printing. A kernel that cannot take
 * an input (fib(93) in a {@code long}) throws {@link IllegalArgumentException} from
 * {@code prepare} with a message meant for the user.
 *
 * @param <I> the workload's input type
 */
@FunctionalInterface
public interface Kernel<I> {
    Computation prepare(I input);
}
