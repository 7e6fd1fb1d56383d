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
        double sum = 0;
        double compensation = 0;
        for (float value : data) {
            double t = sum + value;
            if (Math.abs(sum) >= Math.abs(value)) {
                compensation += (sum - t) + value;
            } else {
                compensation += (value - t) + sum;
            }
            sum = t;
        }
        return (sum + compensation) / data.length;
    }
}
