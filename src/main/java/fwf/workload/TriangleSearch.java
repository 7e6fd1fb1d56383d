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
    /** The talk's naive count, as the {@code naive-primitive} variant runs it. */
    NAIVE("naive-primitive", NaiveStepCursor.SOURCE, NaiveStepCursor::new,
            new Skip(NaiveStepCursor.SKIP_NEIGHBOUR, "already visited"),
            new Skip(NaiveStepCursor.SKIP_FAR_NEIGHBOURS_VISITED, "in neighbors_visited"),
            new Skip(NaiveStepCursor.SKIP_FAR_VISITED, "already visited")),
    /** Degree-ordered orientation and merge intersection, as the {@code forward} variant runs it. */
    FORWARD("forward", ForwardStepCursor.SOURCE, ForwardStepCursor::new);

    /** A line whose steps were looked at and skipped, and why, in a few words. */
    private record Skip(int line, String reason) {
    }

    private final String variantName;
    private final List<String> source;
    private final Function<EdgeList, StepCursor> cursors;
    private final Skip[] skips;

    TriangleSearch(String variantName, List<String> source, Function<EdgeList, StepCursor> cursors,
                   Skip... skips) {
        this.variantName = variantName;
        this.source = source;
        this.cursors = cursors;
        this.skips = skips;
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
     * Whether {@code line} is a test that failed: a step carrying it was looked at and then
     * skipped (a neighbour already visited, a far neighbour already seen), so a view can grey it.
     */
    public boolean skips(int line) {
        for (Skip skip : skips) {
            if (skip.line() == line) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a step carrying {@code line} was skipped, in a few words ("already visited", "in
     * neighbors_visited"); empty when the line is not a skip.
     */
    public Optional<String> skipReason(int line) {
        for (Skip skip : skips) {
            if (skip.line() == line) {
                return Optional.of(skip.reason());
            }
        }
        return Optional.empty();
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
