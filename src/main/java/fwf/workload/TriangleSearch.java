package fwf.workload;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The triangle variants the graph view can replay, instrumented to emit {@link TriangleStep}s
 * in exactly their kernel's search order, with the pseudo-code shown beside the graph.
 */
public enum TriangleSearch {
    /** The talk's algorithm, as the {@code naive-primitive} variant runs it. */
    NAIVE("naive-primitive", NaiveStepCursor.SOURCE, NaiveStepCursor::new,
            NaiveStepCursor.SKIP_NEIGHBOUR, NaiveStepCursor.SKIP_FAR),
    /** Degree-ordered orientation and merge intersection, as the {@code forward} variant runs it. */
    FORWARD("forward", ForwardStepCursor.SOURCE, ForwardStepCursor::new);

    private final String variantName;
    private final List<String> source;
    private final Function<EdgeList, StepCursor> cursors;
    private final int[] skipLines;

    TriangleSearch(String variantName, List<String> source, Function<EdgeList, StepCursor> cursors,
                   int... skipLines) {
        this.variantName = variantName;
        this.source = source;
        this.cursors = cursors;
        this.skipLines = skipLines;
    }

    /** The name of the {@link Catalogue#TRIANGLES} variant this search mirrors. */
    public String variantName() {
        return variantName;
    }

    /** The search for a variant name, if that variant has an instrumented twin. */
    public static Optional<TriangleSearch> forVariant(String variantName) {
        return Arrays.stream(values()).filter(s -> s.variantName.equals(variantName)).findFirst();
    }

    /** The pseudo-code lines, indexed by {@link TriangleStep#line()}. */
    public List<String> source() {
        return source;
    }

    /**
     * Whether {@code line} is a {@code continue}: a step carrying it was looked at and then
     * skipped (a neighbour already visited, a far neighbour already seen), so a view can grey it.
     */
    public boolean skips(int line) {
        for (int skip : skipLines) {
            if (skip == line) {
                return true;
            }
        }
        return false;
    }

    /** A fresh search of {@code graph}, before its first step. */
    public StepCursor cursor(EdgeList graph) {
        return cursors.apply(graph);
    }

    /** The steps, lazily, ending with {@link TriangleStep.Done}. */
    public Iterator<TriangleStep> steps(EdgeList graph) {
        StepCursor cursor = cursor(graph);
        return new Iterator<>() {
            private boolean ready;
            private boolean more;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    more = cursor.advance();
                    ready = true;
                }
                return more;
            }

            @Override
            public TriangleStep next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the search has finished");
                }
                ready = false;
                return cursor.step();
            }
        };
    }

    /** Runs the whole search, handing each step to {@code listener}; returns the triangle count. */
    public long forEach(EdgeList graph, Consumer<? super TriangleStep> listener) {
        StepCursor cursor = cursor(graph);
        while (cursor.advance()) {
            listener.accept(cursor.step());
        }
        return cursor.found();
    }

    /** Records at most {@code maxSteps} steps, see {@link StepTrace#record}. */
    public StepTrace trace(EdgeList graph, int maxSteps) {
        return StepTrace.record(this, graph, maxSteps, () -> false);
    }

    /** Records at most {@code maxSteps} steps, checking {@code cancelled} now and then. */
    public StepTrace trace(EdgeList graph, int maxSteps, BooleanSupplier cancelled) {
        return StepTrace.record(this, graph, maxSteps, cancelled);
    }
}
