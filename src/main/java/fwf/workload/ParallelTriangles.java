package fwf.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fastest sequential kernel, {@link VectorBitsetTriangles} (on ego-Facebook about 0.7 ms
 * warm against bitset's 1.3 ms and forward's 11 ms), split into node ranges of about equal
 * edge counts, which the common fork/join pool's threads and the caller take one at a time.
 * Each range returns its own partial count, so threads share only read-only arrays. The native
 * twins split their bitset kernel the same way (their threads and the caller taking ranges from
 * one counter), which their compilers vectorize for the CPU.
 *
 * <p>Without {@code --add-modules=jdk.incubator.vector} (every JVM worker has it) the vector
 * kernel cannot load, so parallel splits {@link BitsetTriangles}' scalar loop and says so.
 *
 * <p>Where bitset refuses a graph whose bit matrix would pass 1 GiB (100,000 nodes need 1.2
 * GiB), parallel does not: it splits the best kernel that fits, {@link ForwardTriangles}, over
 * the same ranges. It does the same on a graph too sparse for bit rows to pay, where forward's
 * merge is the cheaper kernel by {@link KernelEstimate} (the first 50,000 nodes of a Holme-Kim
 * graph: 34 to 47 ms by forward alone, 124 to 227 ms by the bit rows). Either way its
 * computation's {@link Computation#note() note} says so, which the result carries as a warning.
 * A parallel count of a big graph is still worth having; a silent change of kernel is not.
 */
final class ParallelTriangles {
    /** Many more ranges than cores, so a slow range does not leave the other cores idle. */
    static final int PARTS = 64;

    /** What the result says when the Vector API was not there to load. */
    static final String SCALAR_NOTE = "parallel ran bitset's scalar loop on " + PARTS + " node ranges: the vector"
            + " kernel needs the JVM option --add-modules=jdk.incubator.vector";

    private ParallelTriangles() {
    }

    static Computation prepare(EdgeList graph) {
        Csr csr = Csr.orientedByDegree(graph);
        int[] cuts = csr.cutsByEdges(PARTS);
        if (!BitMatrix.fits(graph.nodeCount())) {
            return Computation.noted(split(new ForwardTriangles(csr), cuts), BitMatrix.parallelTooBig(graph.nodeCount()));
        }
        KernelEstimate estimate = KernelEstimate.of(csr);
        if (!estimate.bitRowsPay()) {
            return Computation.noted(split(new ForwardTriangles(csr), cuts), BitMatrix.parallelTooSparse(
                    estimate.mergeSteps(), estimate.words()));
        }
        BitsetTriangles matrix = new BitsetTriangles(csr);
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return Computation.noted(split(matrix, cuts), SCALAR_NOTE);
        }
        return split(new VectorBitsetTriangles(matrix), cuts);
    }

    /**
     * Whether parallel runs the bit rows on this graph, as {@link #prepare} chooses: the matrix
     * fits and the rows are the cheaper kernel ({@link KernelEstimate}).
     */
    static boolean runsBitRows(EdgeList graph) {
        return BitMatrix.fits(graph.nodeCount()) && KernelEstimate.of(Csr.orientedByDegree(graph)).bitRowsPay();
    }

    /**
     * Each of the pool's threads and the caller take the next range from one shared counter
     * until none is left, and the caller adds up their sums. A parallel stream over the ranges
     * split and joined its tasks for every call, which cost this sub-millisecond count a third:
     * ego-Facebook, each in a JVM of its own, twice in turn: 716 and 745 µs as a stream, 479 and
     * 491 µs from the counter.
     */
    private static Computation split(RangeCounter kernel, int[] cuts) {
        return () -> {
            AtomicInteger next = new AtomicInteger();
            Callable<Long> work = () -> {
                long triangles = 0;
                for (int p = next.getAndIncrement(); p < PARTS; p = next.getAndIncrement()) {
                    triangles += kernel.count(cuts[p], cuts[p + 1]);
                }
                return triangles;
            };
            ForkJoinPool pool = ForkJoinPool.commonPool();
            List<ForkJoinTask<Long>> helpers = new ArrayList<>();
            for (int t = 0; t < pool.getParallelism(); t++) {
                helpers.add(pool.submit(work));
            }
            long triangles;
            try {
                triangles = work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e); // work throws nothing checked
            }
            for (ForkJoinTask<Long> helper : helpers) {
                triangles += helper.join();
            }
            return triangles;
        };
    }
}
