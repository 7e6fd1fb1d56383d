package fwf.jmh;

import fwf.graph.EdgeListReader;
import fwf.graph.Graph;
import fwf.workload.Catalogue;
import fwf.workload.Computation;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The triangle count over an edge-list file (ego-Facebook by default). Reading the file and
 * each variant's prepare step run once per fork in the trial setup; only the count is timed.
 *
 * <p>The fast variants take milliseconds; naive-primitive takes seconds, so one of its
 * operations fills a whole iteration: average time still reports it honestly, only with fewer
 * samples per iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {JvmFlags.VECTOR, JvmFlags.NATIVE_ACCESS})
public class TrianglesBenchmark {
    /** Any triangles variant of {@code ./fwf list}; naive-boxed and hashset run with {@code -p variant=...}. */
    @Param({"naive-primitive", "forward", "bitset", "parallel"})
    public String variant;

    /** Relative to the working directory, which for us is the repository root beside /work/shared. */
    @Param({"../shared/data/facebook_combined.txt"})
    public String graph;

    /** Keep only the first N nodes in file order, as {@code ./fwf run --size N}; 0 keeps them all. */
    @Param({"0"})
    public int nodes;

    private Computation computation;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        Path file = Path.of(graph);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("graph file " + file.toAbsolutePath().normalize()
                    + " is missing: pass one with -p graph=FILE");
        }
        Graph g = EdgeListReader.read(file).graph();
        if (nodes > 0) {
            g = g.firstNodes(nodes);
        }
        computation = Prepared.verified(Catalogue.TRIANGLES, variant, g.edgeList());
    }

    @Benchmark
    public Object run() {
        return computation.run();
    }
}
