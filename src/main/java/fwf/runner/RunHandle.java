package fwf.runner;

import fwf.run.Measurement;

import java.util.concurrent.CompletableFuture;

/**
 * A run in progress, started by {@link Runner#start}. The result always completes normally
 * with a {@link Measurement}, whatever happened to the worker (status FAILED, TIMEOUT,
 * CANCELLED...), unless a listener threw.
 */
public interface RunHandle {
    /** Completes when the run is over and its worker process is gone. */
    CompletableFuture<Measurement> result();

    /**
     * Completes when the run has its input and reference answer and its first worker is about to
     * start; completes exceptionally with why it cannot: an {@code IOException} when the input
     * file cannot be read, an {@code IllegalArgumentException} for a size the input cannot take
     * (the result is then FAILED), a {@code TimeoutException} or {@code CancellationException}
     * when the run's timeout or a cancel came first (the result says TIMEOUT or CANCELLED). The
     * command line tells bad input (exit code 2) from a run that failed by it.
     */
    default CompletableFuture<Void> prepared() {
        return result().thenApply(m -> null);
    }

    /**
     * Stops the run: the worker and its descendants are killed within about a second and the
     * result completes with status CANCELLED and the samples gathered so far. Does nothing
     * once the run is over. Cancelling {@link #result()} itself does the same.
     */
    void cancel();
}
