package fwf.jmh;

import fwf.workload.Catalogue;
import fwf.workload.Computation;
import fwf.workload.FibInput;
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
 * Naive recursive Fibonacci through the catalogue. fib(30) takes a few milliseconds and
 * fib(40) a few hundred, so average time in milliseconds suits both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {JvmFlags.VECTOR, JvmFlags.NATIVE_ACCESS})
public class FibBenchmark {
    /** Any fib variant of {@code ./fwf list}; override with {@code -p variant=memo}. */
    @Param({"primitive", "looped", "boxed"})
    public String variant;

    /** A field, not a literal, so the JIT cannot fold the recursion into a constant. */
    @Param({"30", "40"})
    public int n;

    private Computation computation;

    @Setup(Level.Trial)
    public void prepare() {
        computation = Prepared.verified(Catalogue.FIB, variant, new FibInput(n));
    }

    /** Returned, so JMH's blackhole consumes the answer and the work cannot be dropped. */
    @Benchmark
    public Object run() {
        return computation.run();
    }
}
