package fwf.app;

import fwf.chart.RunTimeline;
import fwf.run.InliningTree;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import fwf.runner.RunListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Passes every call on to the next listener and keeps the first fork's warm-up trace, iterations
 * and inlining trees, which the journal does not store: the Warm-up tab's time line and tree.
 * Called on the runner thread only, one call at a time; {@link #timeline()} is read after the
 * run's result, on the same thread.
 */
final class TimelineRecorder implements RunListener {
    private final RunListener next;
    private WorkerEvent.Trace trace;
    private final List<WorkerEvent.Iteration> iterations = new ArrayList<>();
    private final List<InliningTree> inlining = new ArrayList<>();

    TimelineRecorder(RunListener next) {
        this.next = next;
    }

    @Override
    public void forkStarted(int fork, int forks, List<String> command) {
        next.forkStarted(fork, forks, command);
    }

    @Override
    public void event(WorkerEvent event) {
        switch (event) {
            case WorkerEvent.Trace t when t.fork() == 0 -> trace = t;
            case WorkerEvent.Iteration i when i.fork() == 0 -> iterations.add(i);
            case WorkerEvent.Inlining i when i.fork() == 0 -> inlining.add(i.tree());
            default -> {
            }
        }
        next.event(event);
    }

    @Override
    public void forkEnded(int fork, Status status) {
        next.forkEnded(fork, status);
    }

    /** The first fork's time line and inlining trees, or null when it timed nothing. */
    Timelines.Recorded recorded() {
        return trace == null && iterations.isEmpty() ? null
                : new Timelines.Recorded(RunTimeline.of(trace, iterations), inlining);
    }
}
