package fwf.workload;

/**
 * The work of the two kernels {@code parallel} can split, read off the degree-oriented
 * {@link Csr} in one pass over its edges, without building either: the 64-bit words
 * {@link BitsetTriangles} ANDs (exact: rows end at their last non-zero word) and the merge steps
 * of {@link ForwardTriangles} at most (each merge of the rest of row u with row v ends before
 * both slices are used up). The C and Rust twins compute the same two numbers and choose the
 * same way.
 *
 * <p>Why a ratio of the two and not the bit matrix's size: each kernel alone, in a JVM of its
 * own, on nine graphs (ego-Facebook and its first 2,000 nodes; the first 6,250 to 50,000 nodes
 * of a Holme-Kim graph of 100,000; Erdos-Renyi, Barabasi-Albert and Holme-Kim graphs of 20,000
 * and 30,000 nodes), bit rows were faster on every graph whose merge steps came to 0.49 or more
 * per word (ego-Facebook 4.48: 0.70 ms against 10.8 ms; the first 12,500 Holme-Kim nodes 0.49:
 * 3.5 to 5.3 ms against 7.9 to 8.5 ms) and forward on every graph at 0.25 or fewer (the first
 * 25,000 nodes 0.25: 16 to 21 ms against 28 to 35 ms; 50,000 nodes 0.13: 34 to 47 ms against
 * 124 to 227 ms). Sparse graphs of many nodes have long rows of mostly zero words, read from
 * memory, where a word costs about 2 to 4 ns; a merge step costs about 2.4 to 6.7 ns anywhere.
 * Split over both cores as {@code parallel} splits them, twice each: the first 12,500 nodes took
 * 2.9 and 3.0 ms by the rows against 4.5 ms by the merge, the first 25,000 nodes 8.7 and 9.6 ms
 * by the merge against 19.5 and 20.9 ms by the rows.
 *
 * @param words      the words of bit rows the bitset kernel ANDs
 * @param mergeSteps forward's merge steps, at most
 */
record KernelEstimate(long words, long mergeSteps) {
    /** Bit rows pay from this many merge steps per word (7/20 = 0.35, between 0.25 and 0.49). */
    static final int STEPS_PER_WORD_NUMERATOR = 7;
    static final int STEPS_PER_WORD_DENOMINATOR = 20;

    static KernelEstimate of(Csr csr) {
        int[] offsets = csr.offsets();
        int[] targets = csr.targets();
        int n = csr.nodeCount();
        int[] rowEnd = new int[n];
        for (int u = 0; u < n; u++) {
            // Rows are sorted: the last target ends the row.
            rowEnd[u] = offsets[u + 1] > offsets[u] ? (targets[offsets[u + 1] - 1] >>> 6) + 1 : 0;
        }
        long words = 0;
        long steps = 0;
        for (int u = 0; u < n; u++) {
            int uEnd = offsets[u + 1];
            for (int i = offsets[u]; i < uEnd; i++) {
                int v = targets[i];
                words += Math.max(0, Math.min(rowEnd[u], rowEnd[v]) - (v >>> 6));
                steps += (uEnd - i - 1) + (offsets[v + 1] - offsets[v]);
            }
        }
        return new KernelEstimate(words, steps);
    }

    /** Whether the bit rows are the cheaper kernel: merge steps of 0.35 a word or more. */
    boolean bitRowsPay() {
        return mergeSteps * STEPS_PER_WORD_DENOMINATOR >= words * STEPS_PER_WORD_NUMERATOR;
    }
}
