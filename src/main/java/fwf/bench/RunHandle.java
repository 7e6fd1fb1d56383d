package fwf.bench;

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
     * Stops the run: the worker and its descendants are killed within about a second and the
     * result completes with status CANCELLED and the samples gathered so far. Does nothing
     * once the run is over. Cancelling {@link #result()} itself does the same.
     */
    void cancel();
}
