package fwf.workload;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link BitsetTriangles}' count on the incubating Vector API: the AND and popcount of a whole
 * SIMD register of words per instruction pair (8 words with AVX-512), the sums kept in a vector
 * of lanes and added up once per range. Its own class for the reason {@link VectorMean} is: its
 * static species needs {@code --add-modules=jdk.incubator.vector}.
 *
 * <p>The bit rows are copied out of the Java array into memory of their own, each row starting
 * on a 64-byte boundary (a cache line, and an AVX-512 register): a Java array's elements start
 * wherever the collector put it, so a register's load could straddle two lines. On ego-Facebook,
 * each version in a JVM of its own, three times in turn: 721 to 730 µs aligned against 798 to 827
 * µs from the array. An oriented edge combines only 11 words on average there (1,002,418 word
 * pairs over 88,234 edges), so the loop is mostly tails: each step loads under a mask of the
 * words still in range instead of finishing a row word by word (as fast, in fewer lines).
 */
final class VectorBitsetTriangles implements RangeCounter {
    private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;
    private static final long ALIGNMENT = 64;

    private final int[] offsets;
    private final int[] targets;
    private final int[] rowEnd;
    /** Words from one row's start to the next's: the matrix's, rounded up to whole cache lines. */
    private final int stride;
    private final MemorySegment rows;

    /** Copies the matrix's rows; the matrix itself is not kept. */
    VectorBitsetTriangles(BitsetTriangles matrix) {
        this.offsets = matrix.offsets;
        this.targets = matrix.targets;
        this.rowEnd = matrix.rowEnd;
        int words = matrix.wordsPerRow;
        int perLine = (int) (ALIGNMENT / Long.BYTES);
        this.stride = (words + perLine - 1) / perLine * perLine;
        int n = matrix.nodeCount();
        // Freed by the collector with this kernel; at least one byte, for a graph without nodes.
        this.rows = Arena.ofAuto().allocate(Math.max(1, (long) n * stride * Long.BYTES), ALIGNMENT);
        for (int u = 0; u < n; u++) {
            MemorySegment.copy(matrix.bits, u * words, rows, ValueLayout.JAVA_LONG, (long) u * stride * Long.BYTES,
                    words);
        }
    }

    @Override
    public int nodeCount() {
        return rowEnd.length;
    }

    @Override
    public long count(int fromNode, int toNode) {
        // Locals, not fields, in the loops: the JIT reloads a field it cannot prove unchanged.
        int[] offsets = this.offsets;
        int[] targets = this.targets;
        int[] rowEnd = this.rowEnd;
        MemorySegment rows = this.rows;
        ByteOrder order = ByteOrder.nativeOrder();
        long rowBytes = (long) stride * Long.BYTES;
        int lanes = SPECIES.length();
        LongVector sums = LongVector.zero(SPECIES);
        for (int u = fromNode; u < toNode; u++) {
            long uRow = u * rowBytes;
            int uEnd = rowEnd[u];
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                int v = targets[i];
                long vRow = v * rowBytes;
                // As in BitsetTriangles: row v's words before v's own are zero.
                int end = Math.min(uEnd, rowEnd[v]);
                for (int k = v >>> 6; k < end; k += lanes) {
                    VectorMask<Long> inRange = SPECIES.indexInRange(k, end);
                    long at = (long) k * Long.BYTES;
                    LongVector a = LongVector.fromMemorySegment(SPECIES, rows, uRow + at, order, inRange);
                    LongVector b = LongVector.fromMemorySegment(SPECIES, rows, vRow + at, order, inRange);
                    sums = sums.add(a.and(b).lanewise(VectorOperators.BIT_COUNT));
                }
            }
        }
        return sums.reduceLanes(VectorOperators.ADD);
    }
}
