package fwf.runner;

import fwf.run.Status;
import fwf.run.WorkerEvent;

import java.util.List;

/**
 * Follows a run live: the command line's progress bar and the window's growing bar and warm-up
 * chart listen here. Every method has a no-op default, so a listener overrides only what it
 * draws. Calls come from the thread that runs the run (the caller's for {@link Runner#run},
 * a runner thread for {@link Runner#start}), one at a time and in order: a view that lives on
 * another thread (the FX thread) hands them over itself.
 */
public interface RunListener {
    /** Listens to nothing. */
    RunListener NONE = new RunListener() {
    };

    /** A worker process is about to start; {@code command} is exactly what runs. */
    default void forkStarted(int fork, int forks, List<String> command) {
    }

    /** Every event of the worker as soon as its line is read, in the worker's order. */
    default void event(WorkerEvent event) {
    }

    /** The worker is gone; {@code status} is this fork's verdict. */
    default void forkEnded(int fork, Status status) {
    }
}
