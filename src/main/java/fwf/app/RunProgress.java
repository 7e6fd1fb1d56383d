package fwf.app;

import fwf.run.RunRequest;

/**
 * A snapshot of the run in progress, as the status bar and the growing bar show it. Immutable,
 * so the runner thread can hand it to the FX thread as it is.
 *
 * @param queued         runs waiting after this one
 * @param fork           0-based fork now running
 * @param warmupDone     warm-up iterations finished (this fork)
 * @param measuredDone   measured iterations finished (this fork)
 * @param measuredPlanned measured iterations this fork will run, 0 until the worker says
 * @param lastNs         the latest iteration's time per operation, 0 before the first
 * @param liveNs         the bar's length now: the latest iteration's time per operation, and
 *                       before the first one ends, the time the first has taken so far (so a
 *                       minute-long fib(45) on the interpreter grows instead of standing
 *                       still). Not the in-flight time after that: events arrive in bursts on a
 *                       busy machine, and a bar that jumps past every result reads as a lie.
 * @param elapsedNs      since the run was started
 */
public record RunProgress(RunRequest request, int queued, Phase phase, int fork, int forks, int warmupDone,
                          int measuredDone, int measuredPlanned, long lastNs, long liveNs, long elapsedNs,
                          String answer, String expected) {

    /** Where a run is. */
    public enum Phase {
        /** The worker JVM is starting. */
        STARTING("starting the worker"),
        /** The worker is up and loads its input. */
        LOADING("loading the input"),
        WARMUP("warming up"),
        MEASURING("measuring");

        private final String words;

        Phase(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Share of the measured iterations done, or -1 while that is not known (the progress bar spins). */
    public double fraction() {
        if (phase != Phase.MEASURING || measuredPlanned <= 0) {
            return -1;
        }
        return Math.min(1.0, (fork * measuredPlanned + measuredDone) / (double) (forks * measuredPlanned));
    }

    /** The iteration now running as "warm-up 3" or "iteration 4 of 10". */
    public String iterationText() {
        return switch (phase) {
            case STARTING, LOADING -> phase.words();
            case WARMUP -> "warm-up " + (warmupDone + 1);
            case MEASURING -> measuredPlanned > 0 && measuredDone < measuredPlanned
                    ? "iteration " + (measuredDone + 1) + " of " + measuredPlanned
                    : "iteration " + measuredDone;
        } + (forks > 1 ? ", fork " + (fork + 1) + " of " + forks : "");
    }
}
