package fwf.app;

import fwf.chart.RunTimeline;
import fwf.run.InliningTree;
import fwf.run.WorkerEvent;
import fwf.runner.FirstForkRecorder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The time lines (and inlining trees) of this window's runs, by measurement id. The journal keeps iteration times but
 * not when each started, nor the warm-up trace, so only runs made since the window opened have
 * one; the Warm-up tab draws the others on the iteration axis.
 *
 * <p>Written by the runner thread as each run ends, read by the FX thread; bounded, since a
 * traced run holds thousands of points and a talk runs for an hour.
 */
final class Timelines {
    /** Enough for a whole session's overlays; the oldest go first. */
    static final int MAX_KEPT = 100;

    /** What one run's first fork reported of itself: its time line and its inlining trees. */
    record Recorded(RunTimeline timeline, List<InliningTree> inlining) {
        Recorded {
            inlining = List.copyOf(inlining);
        }

        /** What {@code first} kept of a run's first fork, or null when it timed nothing. */
        static Recorded of(FirstForkRecorder first) {
            List<WorkerEvent.Iteration> iterations = first.iterations();
            return first.trace() == null && iterations.isEmpty() ? null
                    : new Recorded(RunTimeline.of(first.trace(), iterations), first.inlining());
        }
    }

    private final Map<String, Recorded> byId = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Recorded> eldest) {
            return size() > MAX_KEPT;
        }
    };

    synchronized void put(String id, Recorded recorded) {
        byId.put(id, recorded);
    }

    synchronized Optional<Recorded> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
