package fwf.bench;

import fwf.workload.Agreement;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a request: its forks, one worker process after another, each followed to its end
 * and judged. The forks run one after another, never side by side, so they do not compete for
 * the machine.
 *
 * <p>The verdict of a fork, in order of precedence: CANCELLED, TIMEOUT, then FAILED (the
 * worker's own failure line, garbage on stdout, a non-zero exit or a missing
 * {@code finished}), then WRONG (an answer that disagrees with the caller's reference), else
 * OK. The run stops at the first fork that is not OK and takes its verdict.
 */
final class RunExecution {
    /** How long the runner waits for a killed worker to be gone. */
    static final Duration KILL_WAIT = Duration.ofSeconds(1);
    /**
     * How long stdout may stay open after the worker exited: a descendant it left behind can
     * hold the pipe, and must not hold the run.
     */
    static final Duration EXIT_GRACE = Duration.ofSeconds(1);

    /** How a fork ended. */
    record Verdict(Status status, String message) {
        static final Verdict OK = new Verdict(Status.OK, null);
    }

    /** The caller's trusted answer and how answers are compared with it. */
    record Reference(String expected, Agreement agreement) {
    }

    /** What one fork reported. */
    private static final class Fork {
        final int index;
        WorkerEvent.Started started;
        WorkerEvent.Loaded loaded;
        final List<JitEvent> jit = new ArrayList<>();
        String failure;
        boolean finished;

        Fork(int index) {
            this.index = index;
        }
    }

    private final RunRequest request;
    private final WorkerLauncher launcher;
    private final RunListener listener;
    private final Reference reference;
    private volatile boolean cancelled;
    private volatile WorkerProcess current;

    private final List<Fork> forks = new ArrayList<>();
    private final List<Long> warmupNs = new ArrayList<>();
    private final List<Long> samplesNs = new ArrayList<>();
    private String lastAnswer;
    private String wrongAnswer;

    RunExecution(RunRequest request, WorkerLauncher launcher, RunListener listener, Reference reference) {
        this.request = request;
        this.launcher = launcher;
        this.listener = listener;
        this.reference = reference;
    }

    /** Stops the run from any thread: the current worker is killed, no further fork starts. */
    void cancel() {
        cancelled = true;
        WorkerProcess p = current;
        if (p != null) {
            p.cancel();
        }
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Runs every fork; never throws for what a worker did (a listener's exception passes through). */
    Verdict execute() {
        long deadline = request.timeout() == null ? Long.MAX_VALUE : System.nanoTime() + request.timeout().toNanos();
        int count = request.plan().forks();
        for (int i = 0; i < count; i++) {
            if (cancelled) {
                return new Verdict(Status.CANCELLED, "cancelled");
            }
            Verdict v = runFork(i, count, deadline);
            if (v.status() != Status.OK) {
                return v;
            }
        }
        return Verdict.OK;
    }

    private Verdict runFork(int index, int count, long deadline) {
        Fork fork = new Fork(index);
        forks.add(fork);
        ProcessBuilder builder;
        try {
            builder = launcher.command(request, index);
        } catch (RuntimeException e) {
            return ended(index, new Verdict(Status.FAILED, "cannot start the worker: " + e.getMessage()));
        }
        listener.forkStarted(index, count, List.copyOf(builder.command()));
        WorkerProcess process;
        try {
            process = WorkerProcess.start(builder);
        } catch (IOException e) {
            return ended(index, new Verdict(Status.FAILED, "cannot start the worker: " + e.getMessage()));
        }
        try (process) {
            current = process;
            if (cancelled) {
                process.cancel(); // cancel() ran before `current` was set
            }
            return ended(index, follow(process, fork, deadline));
        } finally {
            current = null;
        }
    }

    private Verdict ended(int index, Verdict verdict) {
        listener.forkEnded(index, verdict.status());
        return verdict;
    }

    /** Reads the worker's signals until it is gone, or kills it. */
    private Verdict follow(WorkerProcess process, Fork fork, long deadline) {
        boolean stdoutClosed = false;
        Integer exit = null;
        long graceEnd = Long.MAX_VALUE;
        while (!stdoutClosed || exit == null) {
            WorkerProcess.Signal signal;
            try {
                signal = process.next(Math.min(deadline, graceEnd));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return stop(process, fork, new Verdict(Status.CANCELLED, "cancelled (interrupted)"));
            }
            switch (signal) {
                case null -> {
                    if (exit != null && System.nanoTime() - graceEnd >= 0) {
                        stdoutClosed = true; // an orphan holds stdout; the worker itself is done
                    } else {
                        return stop(process, fork, new Verdict(Status.TIMEOUT,
                                "timed out after " + Durations.human(request.timeout().toNanos())));
                    }
                }
                case WorkerProcess.Signal.Cancel _ -> {
                    return stop(process, fork, new Verdict(Status.CANCELLED, "cancelled"));
                }
                case WorkerProcess.Signal.Line line -> {
                    try {
                        accept(fork, WorkerProtocol.parse(line.text(), fork.index));
                    } catch (WorkerProtocol.BadLineException e) {
                        process.killTree(KILL_WAIT);
                        return failed(process, "garbage from the worker: " + e.getMessage());
                    }
                }
                case WorkerProcess.Signal.StdoutClosed _ -> stdoutClosed = true;
                case WorkerProcess.Signal.Exited e -> {
                    exit = e.code();
                    graceEnd = System.nanoTime() + EXIT_GRACE.toNanos();
                }
            }
        }
        return judge(process, fork, exit);
    }

    /** Kills the worker and keeps what it had already said. */
    private Verdict stop(WorkerProcess process, Fork fork, Verdict verdict) {
        boolean gone = process.killTree(KILL_WAIT);
        for (WorkerProcess.Signal s; (s = process.poll()) != null; ) {
            if (s instanceof WorkerProcess.Signal.Line line) {
                try {
                    accept(fork, WorkerProtocol.parse(line.text(), fork.index));
                } catch (WorkerProtocol.BadLineException e) {
                    break; // the worker was stopped anyway; keep what came before
                }
            }
        }
        return gone ? verdict : new Verdict(verdict.status(),
                verdict.message() + "; worker " + process.pid() + " did not die within " + Durations.human(KILL_WAIT.toNanos()));
    }

    private Verdict judge(WorkerProcess process, Fork fork, int exit) {
        if (fork.failure != null) {
            return failed(process, fork.failure.isBlank() ? "the worker reported a failure" : fork.failure);
        }
        if (exit != 0) {
            return failed(process, ExitCodes.describe(exit));
        }
        if (!fork.finished) {
            return failed(process, "worker ended without reporting 'finished'");
        }
        if (wrongAnswer != null) {
            return new Verdict(Status.WRONG,
                    "answer " + wrongAnswer + " differs from the reference " + reference.expected());
        }
        if (samplesNs.isEmpty()) {
            return failed(process, "worker finished without a measured iteration");
        }
        return Verdict.OK;
    }

    private Verdict failed(WorkerProcess process, String reason) {
        List<String> tail = process.stderrTail(KILL_WAIT);
        if (tail.isEmpty()) {
            return new Verdict(Status.FAILED, reason);
        }
        return new Verdict(Status.FAILED, reason + "\nlast lines of the worker's stderr:\n" + String.join("\n", tail));
    }

    private void accept(Fork fork, WorkerEvent event) {
        switch (event) {
            case WorkerEvent.Started s -> fork.started = s;
            case WorkerEvent.Loaded l -> fork.loaded = l;
            case WorkerEvent.Iteration i -> {
                (i.warmup() ? warmupNs : samplesNs).add(i.ns());
                lastAnswer = i.answer();
                if (wrongAnswer == null && !reference.agreement().agrees(reference.expected(), i.answer())) {
                    wrongAnswer = String.valueOf(i.answer());
                }
            }
            case WorkerEvent.Measuring _ -> {
                // only for progress bars
            }
            case WorkerEvent.Jit j -> fork.jit.add(j.event());
            case WorkerEvent.Failure f -> fork.failure = f.message();
            case WorkerEvent.Finished _ -> fork.finished = true;
        }
        listener.event(event);
    }

    // ---------------------------------------------------------------- what the run gathered

    /** The wrong answer if there was one, else the last answer, else null. */
    String answer() {
        return wrongAnswer != null ? wrongAnswer : lastAnswer;
    }

    List<Long> warmupNs() {
        return warmupNs;
    }

    List<Long> samplesNs() {
        return samplesNs;
    }

    /** Load (read + prepare) time of each fork that reported one. */
    List<Long> loadNs() {
        return forks.stream().filter(f -> f.loaded != null).map(f -> f.loaded.loadNs()).toList();
    }

    /** The first fork's JIT events. */
    List<JitEvent> jit() {
        return forks.isEmpty() ? List.of() : forks.getFirst().jit;
    }

    /** The first {@code started} line of any fork, or null when no worker got that far. */
    WorkerEvent.Started started() {
        return forks.stream().map(f -> f.started).filter(s -> s != null).findFirst().orElse(null);
    }
}
