package fwf.workload;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link BitsetTriangles}' count on the incubating Vector API: the AND and popcount of a whole
 * SIMD register of words per instruction pair (8 words with AVX-512), the sums kept in a vector
 * of lanes and added up once per range. Its own class for the reason {@link VectorMean} is: its
 * static species needs {@code --add-modules=jdk.incubator.vector}.
 */
final class VectorBitsetTriangles {
    private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> HALF = SPECIES.withShape(jdk.incubator.vector.VectorShape.forBitSize(
            Math.max(128, SPECIES.vectorBitSize() / 2)));

    private final BitsetTriangles matrix;

    VectorBitsetTriangles(BitsetTriangles matrix) {
        this.matrix = matrix;
    }

    long countAll() {
        return count(0, matrix.nodeCount());
    }

    long count(int fromNode, int toNode) {
        int[] offsets = matrix.offsets;
        int[] targets = matrix.targets;
        long[] bits = matrix.bits;
        int[] rowEnd = matrix.rowEnd;
        int words = matrix.wordsPerRow;
        int lanes = SPECIES.length();
        LongVector sums = LongVector.zero(SPECIES);
        LongVector halfSums = LongVector.zero(HALF);
        int halfLanes = HALF.length();
        long triangles = 0;
        for (int u = fromNode; u < toNode; u++) {
            int uRow = u * words;
            int uEnd = rowEnd[u];
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                int v = targets[i];
                int vRow = v * words;
                int end = Math.min(uEnd, rowEnd[v]);
                int k = v >>> 6;
                // Whole vectors while they fit, then the last few words one at a time.
                for (; k + lanes <= end; k += lanes) {
                    LongVector a = LongVector.fromArray(SPECIES, bits, uRow + k);
                    LongVector b = LongVector.fromArray(SPECIES, bits, vRow + k);
                    sums = sums.add(a.and(b).lanewise(VectorOperators.BIT_COUNT));
                }
                if (k + halfLanes <= end) {
                    LongVector a = LongVector.fromArray(HALF, bits, uRow + k);
                    LongVector b = LongVector.fromArray(HALF, bits, vRow + k);
                    halfSums = halfSums.add(a.and(b).lanewise(VectorOperators.BIT_COUNT));
                    k += halfLanes;
                }
                for (; k < end; k++) {
                    triangles += Long.bitCount(bits[uRow + k] & bits[vRow + k]);
                }
            }
        }
        return triangles + sums.reduceLanes(VectorOperators.ADD) + halfSums.reduceLanes(VectorOperators.ADD);
    }
}
