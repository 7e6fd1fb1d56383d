package fwf.graphview;

import fwf.workload.StepKind;
import fwf.workload.StepTrace;

/**
 * Who plays which part at one step of a triangle search: the node being visited, the
 * neighbour tried, the far neighbour tested, and the pseudo-code line. Node ids are the
 * graph's dense ids; -1 where a part is empty.
 *
 * @param kind     the step's kind; null before the first step
 * @param line     the pseudo-code line; -1 before the first step
 * @param skipped  whether the step was looked at and skipped (a test that failed)
 */
public record GraphRoles(StepKind kind, int node, int neighbour, int far, int line, boolean skipped) {
    /** Before the first step: nothing visited. */
    public static final GraphRoles NONE = new GraphRoles(null, -1, -1, -1, -1, false);

    /** The roles at {@code position} of {@code trace}; {@link #NONE} for -1. */
    public static GraphRoles at(StepTrace trace, int position) {
        if (position < 0) {
            return NONE;
        }
        return new GraphRoles(trace.kind(position), trace.node(position), trace.neighbour(position),
                trace.far(position), trace.line(position), trace.skipped(position));
    }

    /** Whether this step closes a triangle. */
    public boolean found() {
        return kind == StepKind.FOUND_TRIANGLE;
    }
}
