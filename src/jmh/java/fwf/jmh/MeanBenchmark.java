package fwf.jmh;

import fwf.workload.Catalogue;
import fwf.workload.Computation;
import fwf.workload.MeanInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The mean of float32 data. The data is drawn in the variant's prepare step with the
 * catalogue's fixed seed, so JMH and our harness average the very same numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {JvmFlags.VECTOR, JvmFlags.NATIVE_ACCESS})
public class MeanBenchmark {
    /** Any mean variant of {@code ./fwf list}; boxed, stream and parallel run with {@code -p variant=...}. */
    @Param({"loop", "vector"})
    public String variant;

    @Param({"10000000"})
    public int size;

    private Computation computation;

    @Setup(Level.Trial)
    public void prepare() {
        computation = Prepared.verified(Catalogue.MEAN, variant, new MeanInput(size, MeanInput.DEFAULT_SEED));
    }

    @Benchmark
    public Object run() {
        return computation.run();
    }
}
