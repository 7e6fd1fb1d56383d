package fwf.workload;

import java.util.function.IntFunction;

/**
 * Where a workload's input comes from. A workload of the talk either builds its input from the
 * size alone (fib's n, the mean's generated floats) or reads a graph: the caller loads the
 * graph through {@code fwf.graph} (a file, or the generated stand-in) and takes its first
 * {@code size} nodes, and every friend is handed the file.
 *
 * @param <I> the workload's input type
 */
public sealed interface InputSource<I> {
    /**
     * An input built from the size.
     *
     * @param build    the input of that size
     * @param describe how the input is named in a run's "loaded" line ("n = 40")
     */
    record Sized<I>(IntFunction<I> build, IntFunction<String> describe) implements InputSource<I> {
    }

    /** A graph's edge list, from a file or the generated stand-in, cut to its first nodes. */
    record GraphFile() implements InputSource<EdgeList> {
    }
}
