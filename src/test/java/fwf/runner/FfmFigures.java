package fwf.runner;

import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;

import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: the figures of ffm-c and ffm-rust beside jvm-c2's Java kernels, each measured
 * once through the real {@link Runner} with an adaptive plan, and the price of one FFM
 * crossing (fib(1) per call through FFM against a Java call, both batched by the worker's
 * timed loop, which reports nanoseconds per operation). Run by hand on a quiet machine:
 *
 * <pre>java -cp target/classes:target/test-classes:DEPENDENCIES fwf.runner.FfmFigures</pre>
 */
public final class FfmFigures {
    private FfmFigures() {
    }

    public static void main(String[] args) {
        Runner runner = new Runner(SystemLauncher.standard());
        Path facebook = Path.of("../shared/data/facebook_combined.txt");
        System.out.println("what | system/variant | median | ci99 | n | status");
        for (int n : new int[] {1, 32}) {
            measure(runner, "fib(" + n + ")", RunRequest.ofNames("fib", "primitive", "jvm-c2", n, null, Plan.ADAPTIVE,
                    List.of(), null));
            for (String system : List.of("ffm-c", "ffm-rust")) {
                measure(runner, "fib(" + n + ")", RunRequest.ofNames("fib", "recursive", system, n, null, Plan.ADAPTIVE,
                        List.of(), null));
            }
        }
        triangles(runner, "naive, first 1,000 nodes", "naive-primitive", "naive", 1000, facebook);
        triangles(runner, "forward, whole graph", "forward", "forward", 0, facebook);
        measure(runner, "mean 10M", RunRequest.ofNames("mean", "loop", "jvm-c2", 0, null, Plan.ADAPTIVE, List.of(), null));
        for (String system : List.of("ffm-c", "ffm-rust")) {
            measure(runner, "mean 10M", RunRequest.ofNames("mean", "loop", system, 0, null, Plan.ADAPTIVE, List.of(), null));
        }
    }

    private static void triangles(Runner runner, String what, String javaVariant, String nativeVariant, int size,
                                  Path graph) {
        measure(runner, what, RunRequest.ofNames("triangles", javaVariant, "jvm-c2", size, graph, Plan.ADAPTIVE,
                List.of(), null));
        for (String system : List.of("ffm-c", "ffm-rust")) {
            measure(runner, what, RunRequest.ofNames("triangles", nativeVariant, system, size, graph, Plan.ADAPTIVE,
                    List.of(), null));
        }
    }

    private static void measure(Runner runner, String what, RunRequest request) {
        Measurement m = runner.run(request, RunListener.NONE);
        String figures = m.stats() == null ? "-" : String.format("%,d ns | ±%,.1f ns | %d", m.stats().medianNs(),
                m.stats().ci99Ns(), m.stats().n());
        System.out.printf("%s | %s/%s | %s | %s %s (answer %s)%n", what, request.system(), request.variant(), figures,
                m.status(), m.message() == null ? "" : m.message(), m.answer());
    }
}
