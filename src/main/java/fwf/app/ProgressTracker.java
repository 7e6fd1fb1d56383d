package fwf.app;

import fwf.run.RunRequest;
import fwf.run.WorkerEvent;
import fwf.runner.RunListener;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Follows one run on the runner thread and keeps only its latest state, so a burst of a
 * thousand iteration events costs the FX thread one snapshot per frame, not a thousand
 * updates. The FX side calls {@link #snapshot()} as often as it draws.
 */
final class ProgressTracker implements RunListener {
    /** The request as asked, then with the size the worker loaded (see {@link #event}). */
    private RunRequest request;
    private final LongSupplier clock;
    private final IntSupplier queued;
    private final long startedAt;
    private RunProgress.Phase phase = RunProgress.Phase.STARTING;
    private int fork;
    private int forks = 1;
    private int warmupDone;
    private int measuredDone;
    private int measuredPlanned;
    private int batch = 1;
    private long lastNs;
    /** When the iteration in flight began, as near as the events tell: the previous one's end. */
    private long iterationStartedAt = -1;
    private String answer;
    private String expected;

    /**
     * @param clock  nanoseconds, {@link System#nanoTime()} outside tests
     * @param queued how many runs wait after this one
     */
    ProgressTracker(RunRequest request, LongSupplier clock, IntSupplier queued) {
        this.request = request;
        this.clock = clock;
        this.queued = queued;
        this.startedAt = clock.getAsLong();
    }

    @Override
    public synchronized void forkStarted(int fork, int forks, List<String> command) {
        this.fork = fork;
        this.forks = forks;
        phase = RunProgress.Phase.STARTING;
        warmupDone = 0;
        measuredDone = 0;
        iterationStartedAt = -1;
    }

    @Override
    public synchronized void event(WorkerEvent event) {
        long now = clock.getAsLong();
        switch (event) {
            case WorkerEvent.Started s -> phase = RunProgress.Phase.LOADING;
            case WorkerEvent.Loaded l -> {
                // The result will name the size the worker measured ("all" nodes of a file is
                // 4,039 of ego-Facebook): the growing bar must stand where the result will land.
                if (l.size() > 0 && l.size() != request.size()) {
                    request = new RunRequest(request.workload(), request.variant(), request.system(), l.size(),
                            request.graph(), request.plan(), request.jvmFlags(), request.timeout());
                }
                phase = RunProgress.Phase.WARMUP;
                expected = l.expected();
                iterationStartedAt = now;
            }
            case WorkerEvent.Iteration i -> {
                if (i.warmup()) {
                    warmupDone++;
                } else {
                    measuredDone++;
                }
                lastNs = i.ns();
                batch = i.batch();
                answer = i.answer();
                iterationStartedAt = now;
            }
            case WorkerEvent.Measuring m -> {
                phase = RunProgress.Phase.MEASURING;
                measuredPlanned = m.iterations();
                batch = m.batch();
            }
            case WorkerEvent.Trace t -> {
                // Only the command line asks for a warm-up trace.
            }
            case WorkerEvent.Memory m -> {
                // Allocation figures arrive with the measurement.
            }
            case WorkerEvent.Inlining i -> {
                // The Warm-up tab's inlining tree comes from the FirstForkRecorder.
            }
            case WorkerEvent.Jit j -> {
                // The warm-up chart draws JIT events from the finished measurement.
            }
            case WorkerEvent.Failure f -> {
                // The verdict arrives with the measurement.
            }
            case WorkerEvent.Finished f -> {
            }
        }
    }

    synchronized RunProgress snapshot() {
        long now = clock.getAsLong();
        long inFlight = iterationStartedAt < 0 ? 0 : (now - iterationStartedAt) / Math.max(1, batch);
        return new RunProgress(request, queued.getAsInt(), phase, fork, forks, warmupDone, measuredDone,
                measuredPlanned, lastNs, lastNs > 0 ? lastNs : inFlight, now - startedAt, answer, expected);
    }
}
