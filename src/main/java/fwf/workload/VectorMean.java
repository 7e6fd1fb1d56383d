package fwf.workload;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD mean on the incubating Vector API. It sits in its own class because its static
 * species needs {@code --add-modules=jdk.incubator.vector}: other kernels keep working in a
 * JVM started without it, and {@link #available()} lets the variant say what is missing.
 */
final class VectorMean {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    /**
     * Floats per block. Lanes add in float (a double lane would halve the width), but only over
     * a block, whose sum is then folded into a double: each lane of each of the two accumulators
     * adds 128 values below 1, so its sum stays below 128 and float's rounding stays near 1e-7
     * relative, while the double total keeps the whole sum accurate, well within 1e-6.
     */
    private static final int BLOCK = SPECIES.length() * 256;

    private VectorMean() {
    }

    /** Whether this JVM has the vector module, checked without touching its classes. */
    static boolean available() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    static double mean(float[] data) {
        int lanes = SPECIES.length();
        double sum = 0;
        int i = 0;
        int blockedEnd = data.length - data.length % BLOCK;
        for (; i < blockedEnd; i += BLOCK) {
            // Two accumulators, so one add need not wait for the previous one's result.
            FloatVector even = FloatVector.zero(SPECIES);
            FloatVector odd = FloatVector.zero(SPECIES);
            for (int j = i; j < i + BLOCK; j += 2 * lanes) {
                even = even.add(FloatVector.fromArray(SPECIES, data, j));
                odd = odd.add(FloatVector.fromArray(SPECIES, data, j + lanes));
            }
            sum += even.add(odd).reduceLanes(VectorOperators.ADD);
        }
        // The tail, shorter than a block: whole vectors, then one value at a time.
        int vectorEnd = SPECIES.loopBound(data.length);
        if (i < vectorEnd) {
            FloatVector rest = FloatVector.zero(SPECIES);
            for (; i < vectorEnd; i += lanes) {
                rest = rest.add(FloatVector.fromArray(SPECIES, data, i));
            }
            sum += rest.reduceLanes(VectorOperators.ADD);
        }
        for (; i < data.length; i++) {
            sum += data[i];
        }
        return sum / data.length;
    }
}
