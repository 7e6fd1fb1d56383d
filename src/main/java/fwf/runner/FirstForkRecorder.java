package fwf.runner;

import fwf.run.InliningTree;
import fwf.run.Status;
import fwf.run.WorkerEvent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Passes every call on to the next listener and keeps what the first fork reported of itself
 * that the journal does not store: its warm-up trace, its iterations and the inlining of its
 * kernel's compilations. The window draws them in the Warm-up tab, {@code run --warmup-trace}
 * prints them. Written by the thread that reads the worker, read once the run has ended.
 */
public final class FirstForkRecorder implements RunListener {
    private final RunListener next;
    private volatile WorkerEvent.Trace trace;
    private final List<WorkerEvent.Iteration> iterations = new CopyOnWriteArrayList<>();
    private final List<InliningTree> inlining = new CopyOnWriteArrayList<>();

    public FirstForkRecorder(RunListener next) {
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

    /** The first fork's warm-up trace, or null when none came (a friend, or no trace asked for). */
    public WorkerEvent.Trace trace() {
        return trace;
    }

    /** The first fork's iterations, warm-up and measured, in order. */
    public List<WorkerEvent.Iteration> iterations() {
        return List.copyOf(iterations);
    }

    /** The first fork's compilations of kernel methods with what each inlined, in the log's order. */
    public List<InliningTree> inlining() {
        return List.copyOf(inlining);
    }
}
