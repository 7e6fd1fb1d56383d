package fwf.runner;

import fwf.run.Durations;
import fwf.run.ExitCodes;
import fwf.run.JitEvent;
import fwf.run.MemoryUse;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import fwf.run.WorkerProtocol;
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
    /** How long a worker that printed garbage may go on before it is killed. */
    static final Duration GARBAGE_GRACE = Duration.ofSeconds(1);
    /** How long a killed worker's remaining stdout lines are waited for. */
    static final Duration DRAIN_WAIT = Duration.ofMillis(250);
    /** How many non-protocol stdout lines a failure message quotes. */
    static final int STDOUT_LINES = 20;

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
        /** What the plan said of its warm-up on the measuring line, empty when nothing. */
        String measuringNote = "";
        final List<JitEvent> jit = new ArrayList<>();
        MemoryUse memory;
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
    /** When the run must end ({@link System#nanoTime()}), counted from its start, not this execution's. */
    private final long deadline;
    private volatile boolean cancelled;
    private volatile WorkerProcess current;

    private final List<Fork> forks = new ArrayList<>();
    private final List<Long> warmupNs = new ArrayList<>();
    private final List<Long> samplesNs = new ArrayList<>();
    private String lastAnswer;
    private String wrongAnswer;

    /** @param deadline {@link System#nanoTime()} by which the run ends, or {@link Runner#NO_DEADLINE} */
    RunExecution(RunRequest request, WorkerLauncher launcher, RunListener listener, Reference reference, long deadline) {
        this.request = request;
        this.launcher = launcher;
        this.listener = listener;
        this.reference = reference;
        this.deadline = deadline;
    }

    /**
     * Stops the run from any thread: the current worker is killed, no further fork starts.
     * The flag is set before the worker is woken, and {@link #runFork} publishes the worker
     * before it reads the flag, so a cancel racing a fork's start is never lost.
     */
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
        int count = request.plan().forks();
        for (int i = 0; i < count; i++) {
            if (cancelled) {
                return new Verdict(Status.CANCELLED, "cancelled");
            }
            if (deadline != Runner.NO_DEADLINE && System.nanoTime() - deadline >= 0) {
                return timedOut(); // the earlier forks used up the time: start no more
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
            return new Verdict(Status.FAILED, "cannot start the worker: " + e.getMessage());
        }
        if (cancelled) {
            return new Verdict(Status.CANCELLED, "cancelled"); // nothing started, nothing to stop
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
            return ended(index, follow(process, fork, deadline));
        } finally {
            current = null;
        }
    }

    private Verdict timedOut() {
        return new Verdict(Status.TIMEOUT, "timed out after " + Durations.human(request.timeout().toNanos()));
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
        // After the first line that is not protocol the rest of stdout is kept as text, for a
        // moment: a JVM that cannot start prints its reason on stdout, then exits by itself.
        Garbage garbage = null;
        long garbageEnd = Long.MAX_VALUE;
        while (!stdoutClosed || exit == null) {
            if (cancelled) {
                // Before any queued line: a cancel wins over what the worker said after it.
                return stop(process, fork, new Verdict(Status.CANCELLED, "cancelled"));
            }
            WorkerProcess.Signal signal;
            try {
                signal = process.next(Math.min(deadline, Math.min(graceEnd, garbageEnd)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return stop(process, fork, new Verdict(Status.CANCELLED, "cancelled (interrupted)"));
            }
            switch (signal) {
                case null -> {
                    long now = System.nanoTime();
                    if (exit != null && now - graceEnd >= 0) {
                        stdoutClosed = true; // an orphan holds stdout; the worker itself is done
                    } else if (garbage != null && now - garbageEnd >= 0) {
                        process.killTree(KILL_WAIT);
                        return failed(process, garbage.reason(), garbage.linesAfterTheFirst());
                    } else {
                        return stop(process, fork, timedOut());
                    }
                }
                case WorkerProcess.Signal.Cancel _ -> {
                    return stop(process, fork, new Verdict(Status.CANCELLED, "cancelled"));
                }
                case WorkerProcess.Signal.Line line -> {
                    if (garbage != null) {
                        garbage.more().add(line.text());
                    } else if (!line.text().isBlank()) { // an empty line says nothing; tolerated
                        try {
                            accept(fork, WorkerProtocol.parse(line.text(), fork.index));
                        } catch (WorkerProtocol.BadLineException e) {
                            garbage = new Garbage("garbage from the worker: " + e.getMessage(), line.text(),
                                    new OutputTail(STDOUT_LINES - 1));
                            garbageEnd = System.nanoTime() + GARBAGE_GRACE.toNanos();
                        }
                    }
                }
                case WorkerProcess.Signal.StdoutClosed _ -> stdoutClosed = true;
                case WorkerProcess.Signal.Exited e -> {
                    exit = e.code();
                    graceEnd = System.nanoTime() + EXIT_GRACE.toNanos();
                }
            }
        }
        return judge(process, fork, exit, garbage);
    }

    /** The first line that was not protocol (the reason quotes it), and the last lines after it. */
    private record Garbage(String reason, String first, OutputTail more) {
        List<String> all() {
            List<String> all = new ArrayList<>(List.of(first));
            all.addAll(more.lines());
            return all;
        }

        List<String> linesAfterTheFirst() {
            return more.lines();
        }
    }

    /**
     * Kills the worker and keeps what it had already said: the lines still in the pipe are read
     * to its end (a dead worker's pipe ends at once; the wait is bounded all the same).
     */
    private Verdict stop(WorkerProcess process, Fork fork, Verdict verdict) {
        boolean gone = process.killTree(KILL_WAIT);
        long drainEnd = System.nanoTime() + DRAIN_WAIT.toNanos();
        boolean garbage = false;
        try {
            for (WorkerProcess.Signal s; (s = process.next(drainEnd)) != null
                    && !(s instanceof WorkerProcess.Signal.StdoutClosed); ) {
                if (s instanceof WorkerProcess.Signal.Line line && !garbage && !line.text().isBlank()) {
                    try {
                        accept(fork, WorkerProtocol.parse(line.text(), fork.index));
                    } catch (WorkerProtocol.BadLineException e) {
                        garbage = true; // the worker was stopped anyway; keep what came before
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String message = verdict.message();
        if (wrongAnswer != null) {
            message += "; before that, " + wrongMessage();
        }
        if (!gone) {
            message += "; worker " + process.pid() + " did not die within " + Durations.human(KILL_WAIT.toNanos());
        }
        return new Verdict(verdict.status(), message);
    }

    private String wrongMessage() {
        return "answer " + wrongAnswer + " differs from the reference " + reference.expected();
    }

    private Verdict judge(WorkerProcess process, Fork fork, int exit, Garbage garbage) {
        if (exit == ExitCodes.SIGINT_EXIT) {
            // Ctrl+C in a terminal reaches the whole process group, the worker included, and may
            // stop it before the runner has heard of it: the user's cancel, not the worker's fault.
            return new Verdict(Status.CANCELLED, "cancelled: the worker was interrupted (SIGINT, Ctrl+C)");
        }
        if (fork.failure != null) {
            return failed(process, fork.failure.isBlank() ? "the worker reported a failure" : fork.failure,
                    garbage == null ? List.of() : garbage.all());
        }
        if (exit != 0) {
            return failed(process, ExitCodes.describe(exit), garbage == null ? List.of() : garbage.all());
        }
        if (garbage != null) {
            return failed(process, garbage.reason(), garbage.linesAfterTheFirst());
        }
        if (!fork.finished) {
            return failed(process, "worker ended without reporting 'finished'", List.of());
        }
        if (wrongAnswer != null) {
            return new Verdict(Status.WRONG, wrongMessage());
        }
        if (samplesNs.isEmpty()) {
            return failed(process, "worker finished without a measured iteration", List.of());
        }
        return Verdict.OK;
    }

    /**
     * A FAILED verdict: the reason, then the stdout lines that were not protocol (if any), then
     * the last lines of stderr (if any).
     */
    private Verdict failed(WorkerProcess process, String reason, List<String> stdout) {
        StringBuilder message = new StringBuilder(reason);
        if (!stdout.isEmpty()) {
            message.append("\nlast lines of the worker's stdout:\n").append(String.join("\n", stdout));
        }
        List<String> stderr = process.stderrTail(KILL_WAIT);
        if (!stderr.isEmpty()) {
            message.append("\nlast lines of the worker's stderr:\n").append(String.join("\n", stderr));
        }
        return new Verdict(Status.FAILED, message.toString());
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
            case WorkerEvent.Measuring p -> fork.measuringNote = p.note(); // and for progress bars
            case WorkerEvent.Memory mem -> fork.memory = mem.use();
            case WorkerEvent.Trace _ -> {
                // for listeners (the command line's --warmup-trace); not journaled
            }
            case WorkerEvent.Jit j -> fork.jit.add(j.event());
            case WorkerEvent.Inlining _ -> {
                // for listeners (the Warm-up tab's inlining tree); not journaled
            }
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

    /**
     * What the kernels said of themselves (a fallback) and the plans of their warm-up (a friend's
     * steady plan: settled or not), each once, in fork order.
     */
    List<String> notes() {
        return forks.stream().flatMap(f -> java.util.stream.Stream.of(f.loaded == null ? "" : f.loaded.note(),
                f.measuringNote)).filter(n -> !n.isEmpty()).distinct().toList();
    }

    /** The first fork's JIT events. */
    List<JitEvent> jit() {
        return forks.isEmpty() ? List.of() : forks.getFirst().jit;
    }

    /**
     * The forks' allocation and GC figures summed, or null unless every fork that measured
     * reported them (friends do not).
     */
    MemoryUse memory() {
        MemoryUse sum = null;
        for (Fork f : forks) {
            if (f.memory == null) {
                return null;
            }
            sum = sum == null ? f.memory : sum.plus(f.memory);
        }
        return sum;
    }

    /** The first {@code started} line of any fork, or null when no worker got that far. */
    WorkerEvent.Started started() {
        return forks.stream().map(f -> f.started).filter(s -> s != null).findFirst().orElse(null);
    }
}
