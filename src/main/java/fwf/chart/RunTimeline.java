package fwf.chart;

import fwf.run.WorkerEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * One worker's operations on a time axis: when each started, counted from the worker's origin
 * (the start of its first timed operation, which is also the origin of its JIT events'
 * {@code since_start_ns}), and how long one operation took. This is what lets the warm-up tab
 * put a compilation and the drop it causes at the same place, where the iteration axis squashed
 * every compilation of fib(32) into the first iteration or two.
 *
 * <p>Built from the events of the run's first fork: the warm-up trace ({@code --warmup-trace},
 * one operation per point), then its iterations (a batched iteration is one point, its time per
 * operation). A worker that does not say when an iteration started (a friend) gets it placed
 * where the previous one ended: iterations run back to back, with gaps of microseconds.
 *
 * @param points in the order they ran, so their starts never decrease
 */
public record RunTimeline(List<Point> points) {
    /** Where a point came from, which the chart draws differently. */
    public enum Phase {
        /** An operation timed alone by the warm-up trace. */
        TRACE,
        /** A warm-up iteration of the plan. */
        WARMUP,
        /** A measured iteration. */
        MEASURED
    }

    /**
     * @param startNs when the operation (or the iteration of {@code batch} operations) started
     * @param ns      the time of one operation
     */
    public record Point(long startNs, long ns, int batch, Phase phase) {
    }

    public RunTimeline {
        points = List.copyOf(points);
    }

    /**
     * The timeline of one fork from its trace (null for none) and its iterations in order.
     */
    public static RunTimeline of(WorkerEvent.Trace trace, List<WorkerEvent.Iteration> iterations) {
        List<Point> out = new ArrayList<>();
        long end = 0;
        if (trace != null) {
            for (int i = 0; i < trace.ns().size(); i++) {
                long start = trace.sinceStartNs().get(i);
                long ns = trace.ns().get(i);
                out.add(new Point(start, ns, 1, Phase.TRACE));
                end = start + ns;
            }
        }
        for (WorkerEvent.Iteration it : iterations) {
            long start = it.sinceStartNs() >= 0 ? it.sinceStartNs() : end;
            out.add(new Point(start, it.ns(), it.batch(), it.warmup() ? Phase.WARMUP : Phase.MEASURED));
            end = start + it.ns() * it.batch();
        }
        return new RunTimeline(out);
    }

    /** Whether any operation was timed alone, before the plan. */
    public boolean traced() {
        return points.stream().anyMatch(p -> p.phase() == Phase.TRACE);
    }

    /** When the last operation ended, from the origin; 0 without points. */
    public long endNs() {
        return points.isEmpty() ? 0 : points.getLast().startNs() + points.getLast().ns() * points.getLast().batch();
    }
}
