package fwf.runner;

import fwf.run.RunRequest;

import java.util.List;

/**
 * Says how to start the worker process of one fork of a run. The JVM's tiers use
 * {@link JvmWorkerLauncher}; a friend (CPython, a C program...) brings its own launcher and
 * speaks the same {@link WorkerProtocol line protocol}, so the {@link Runner} never assumes a
 * JVM.
 */
@FunctionalInterface
public interface WorkerLauncher {
    /**
     * @return the process to start; the runner pipes its stdin, stdout and stderr itself
     * @throws IllegalArgumentException when this launcher cannot run the request (a system it
     *                                  does not know); the run then fails with that message
     */
    ProcessBuilder command(RunRequest request, int fork);

    /**
     * The flags the worker is meant to run with, recorded in the environment when the worker
     * dies before it can report its own.
     */
    default List<String> intendedFlags(RunRequest request) {
        return request.jvmFlags();
    }
}
