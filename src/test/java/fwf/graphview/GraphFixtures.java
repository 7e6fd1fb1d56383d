package fwf.graphview;

import fwf.graph.EdgeListReader;
import fwf.graph.ForceLayout;
import fwf.graph.Generators;
import fwf.graph.Graph;
import fwf.graph.Layout;
import fwf.graph.LayoutParameters;
import fwf.graph.LayoutProgress;
import fwf.workload.StepTrace;
import fwf.workload.TriangleSearch;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Small graphs, their traces and layouts, and running code on the FX thread, for the graph view's tests. */
final class GraphFixtures {
    /** A quick layout: the tests need positions, not beauty. */
    static final LayoutParameters QUICK = LayoutParameters.DEFAULT.withIterations(30);

    private GraphFixtures() {
    }

    /** A graph from "a b" lines. */
    static Graph graph(String name, String edges) {
        try {
            return EdgeListReader.read(name, new StringReader(edges)).graph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The complete graph on 4 nodes: 4 triangles, each node in 3, each edge in 2. */
    static Graph k4() {
        return graph("k4", "0 1\n0 2\n0 3\n1 2\n1 3\n2 3\n");
    }

    /** A clustered generated graph with a few hundred triangles. */
    static Graph clustered() {
        return Generators.holmeKim(60, 3, 0.8, 7);
    }

    static Layout layout(Graph graph) {
        return ForceLayout.compute(graph, QUICK, LayoutProgress.NONE, () -> false);
    }

    static StepTrace trace(Graph graph, TriangleSearch search) {
        return search.trace(graph.edgeList(), StepTrace.MAX_STEPS);
    }

    /** The triangles found before step {@code position} as sorted corner triples, straight from the trace. */
    static Set<String> trianglesBefore(StepTrace trace, int position) {
        Set<String> found = new HashSet<>();
        for (int k = 0; k < trace.foundSoFar(position); k++) {
            int s = trace.foundStep(k);
            int[] c = {trace.node(s), trace.neighbour(s), trace.far(s)};
            java.util.Arrays.sort(c);
            found.add(c[0] + "-" + c[1] + "-" + c[2]);
        }
        return found;
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the FX thread did not answer", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        }
    }

    static void onFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** Waits (on this thread) until {@code condition}, checked on the FX thread, holds. */
    static void waitFor(long seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("still not true after " + seconds + " s", e);
        }
    }
}
