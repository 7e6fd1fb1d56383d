package fwf.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The scalar mean kernels as plain static functions (the SIMD one lives in {@link VectorMean},
 * so that only it needs the incubating vector module). Each returns sum / count.
 */
final class Mean {
    /**
     * Elements per parallel task: 64 Ki floats, 256 KB, so a task reads a stretch that fits in
     * a core's L2 cache, and 10 million elements make about 150 tasks to balance two to a few
     * dozen cores.
     */
    static final int PARALLEL_CHUNK = 1 << 16;

    private Mean() {
    }

    /** A double accumulator: float's 24 bits would lose the small values once the sum is large. */
    static double loop(float[] data) {
        double sum = 0;
        for (float value : data) {
            sum += value;
        }
        return sum / data.length;
    }

    /** The load step of the boxed variant: one {@code Float} object per value, as a Python list holds. */
    static List<Float> box(float[] data) {
        // A Float object (16 bytes) and its reference (4, compressed) for each value, on top of the floats.
        Heap.require(20L * data.length, String.format(java.util.Locale.ROOT,
                "boxing %,d values (a Float object and a reference each, 20 bytes)", data.length));
        List<Float> boxed = new ArrayList<>(data.length);
        for (float value : data) {
            boxed.add(value);
        }
        return boxed;
    }

    static double boxed(List<Float> data) {
        double sum = 0;
        for (Float value : data) {
            sum += value;
        }
        return sum / data.size();
    }

    /** There is no FloatStream, so the stream walks the indices and widens each value to double. */
    static double stream(float[] data) {
        return IntStream.range(0, data.length).mapToDouble(i -> data[i]).average().orElseThrow();
    }

    /**
     * Fork/join over fixed chunks with a double partial sum each. The partial sums come back in
     * chunk order and are added sequentially, so the answer does not depend on which thread
     * finished first: the same data gives the same bits on every run.
     */
    static double parallel(float[] data) {
        int chunks = (data.length + PARALLEL_CHUNK - 1) / PARALLEL_CHUNK;
        double[] partial = IntStream.range(0, chunks).parallel().mapToDouble(chunk -> {
            int from = chunk * PARALLEL_CHUNK;
            return sum(data, from, from + Math.min(PARALLEL_CHUNK, data.length - from));
        }).toArray();
        double sum = 0;
        for (double part : partial) {
            sum += part;
        }
        return sum / data.length;
    }

    private static double sum(float[] data, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += data[i];
        }
        return sum;
    }

    /**
     * The trusted mean: Neumaier's compensated summation (Kahan's, also right when an addend is
     * larger than the running sum), which carries the rounding error of each addition along
     * and so is accurate to about one rounding whatever the length. It shares no code with the
     * variants.
     */
    static double compensated(float[] data) {
        return compensated(data.length, i -> data[i]);
    }

    /**
     * The same compensated mean over the input's values as {@link MeanData} draws them, one at a
     * time, so the caller's reference needs no array: no heap to run out of whatever the size, and
     * a run's timeout can stop it (it checks for interruption every million values).
     */
    static double compensated(MeanInput input) {
        long[] state = {input.seed()};
        return compensated(input.size(), i -> {
            state[0] += MeanData.GOLDEN_GAMMA;
            return MeanData.toUnitFloat(MeanData.mix(state[0]));
        });
    }

    /** The n values in order, index 0 first. */
    private interface Values {
        float at(int index);
    }

    private static double compensated(int n, Values values) {
        double sum = 0;
        double compensation = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFFFF) == 0 && Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("interrupted");
            }
            float value = values.at(i);
            double t = sum + value;
            if (Math.abs(sum) >= Math.abs(value)) {
                compensation += (sum - t) + value;
            } else {
                compensation += (value - t) + sum;
            }
            sum = t;
        }
        return (sum + compensation) / n;
    }
}
