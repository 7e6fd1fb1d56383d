package fwf.run;

/**
 * A workload's input, ready for a kernel, with what it cost to get it.
 *
 * @param value       the input record the kernels take (FibInput, EdgeList, MeanInput)
 * @param description for people: "ego-Facebook (facebook_combined.txt), 4039 nodes, 88234 edges"
 * @param size        the effective size (fib n, node count, element count)
 * @param readNs      time to read or generate the input (prepare time is measured apart)
 */
public record LoadedInput(Object value, String description, int size, long readNs) {
}
