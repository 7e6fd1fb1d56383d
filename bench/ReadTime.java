import fwf.graph.EdgeListReader;
import fwf.graph.LoadedGraph;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How long fwf.graph.EdgeListReader takes to read an edge list: the first read (a cold JVM, as a
 * worker's) and the median of the next ones, in one process; beside the wall time, the reading
 * thread's CPU time, which a busy shared machine inflates much less. Run by bench/big-graphs.sh as
 * {@code java -cp target/fwf.jar bench/ReadTime.java FILE [REPEATS]}.
 */
public class ReadTime {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ns = new long[repeats];
        long[] cpu = new long[repeats];
        LoadedGraph g = null;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            g = EdgeListReader.read(file);
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            ns[i] = System.nanoTime() - start;
        }
        System.out.printf("read %s: %,d nodes, %,d edges: first %.0f ms (cpu %.0f ms), median of the next %d %.0f ms"
                        + " (cpu %.0f ms)%n", file.getFileName(), g.graph().nodeCount(), g.graph().edgeCount(),
                ns[0] / 1e6, cpu[0] / 1e6, repeats - 1, medianOfRest(ns) / 1e6, medianOfRest(cpu) / 1e6);
    }

    private static long medianOfRest(long[] values) {
        long[] rest = Arrays.copyOfRange(values, 1, values.length);
        Arrays.sort(rest);
        return rest.length == 0 ? values[0] : rest[rest.length / 2];
    }
}
