package fwf.cli;

import fwf.json.Json;
import fwf.run.Durations;
import fwf.run.InliningTree;
import fwf.run.Status;
import fwf.run.WorkerProtocol;
import fwf.run.WorkerEvent;
import fwf.runner.RunListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Passes every call on to the progress bar and keeps the first fork's warm-up trace and the
 * inlining of its kernel's compilations, which the journal does not store:
 * {@code run --warmup-trace} prints them.
 */
final class TraceRecorder implements RunListener {
    private final RunListener next;
    private volatile WorkerEvent.Trace first;
    /** Written by the runner's reading thread, read once the run has ended. */
    private final List<InliningTree> inlining = new CopyOnWriteArrayList<>();

    TraceRecorder(RunListener next) {
        this.next = next;
    }

    @Override
    public void forkStarted(int fork, int forks, List<String> command) {
        next.forkStarted(fork, forks, command);
    }

    @Override
    public void event(WorkerEvent event) {
        if (event instanceof WorkerEvent.Trace t && t.fork() == 0) {
            first = t;
        }
        if (event instanceof WorkerEvent.Inlining in && in.fork() == 0) {
            inlining.add(in.tree());
        }
        next.event(event);
    }

    @Override
    public void forkEnded(int fork, Status status) {
        next.forkEnded(fork, status);
    }

    /** The first fork's trace, or null when none came (a friend, or no --warmup-trace). */
    WorkerEvent.Trace first() {
        return first;
    }

    /** The first fork's compilations of kernel methods with what each inlined, in the log's order. */
    List<InliningTree> inlining() {
        return List.copyOf(inlining);
    }

    /**
     * The run's JSON with {@code warmup_trace}: one {@code {"t_ns":..., "ns":...}} per operation,
     * in order; and {@code inlining}: one object per compilation, as the worker's protocol line.
     */
    static Map<String, Object> withTrace(Map<String, Object> json, WorkerEvent.Trace trace, List<InliningTree> inlining) {
        List<Object> points = new ArrayList<>(trace.ns().size());
        for (int i = 0; i < trace.ns().size(); i++) {
            points.add(Json.obj().put("t_ns", trace.sinceStartNs().get(i)).put("ns", trace.ns().get(i)).map());
        }
        Map<String, Object> out = new LinkedHashMap<>(json);
        out.put("warmup_trace", points);
        out.put("inlining", inlining.stream().map(WorkerProtocol::inlining).toList());
        return out;
    }

    /**
     * "inlining: 4 compilations logged; the last at the highest tier, 4, fwf.workload.Fib::primitive,
     * inlined 2 of its 6 call sites", or that none was (a friend, or a JVM that logs none).
     */
    static String describe(List<InliningTree> inlining) {
        if (inlining.isEmpty()) {
            return "inlining: no compilation of a kernel method logged";
        }
        // The top tier's code is what the steady state runs: its last compilation, not a stub's.
        int top = inlining.stream().mapToInt(InliningTree::tier).max().orElseThrow();
        InliningTree last = inlining.reversed().stream().filter(t -> t.tier() == top).findFirst().orElseThrow();
        long inlined = last.calls().stream().filter(InliningTree.Call::inlined).count();
        return "inlining: " + inlining.size() + (inlining.size() == 1 ? " compilation" : " compilations")
                + " logged; the last at the highest tier, " + last.tier() + ", " + last.method() + ", inlined " + inlined + " of its "
                + last.calls().size() + (last.calls().size() == 1 ? " call site" : " call sites");
    }

    /** "warm-up trace: 3000 operations over 282 ms: first 6.03 ms, last 100 a median of 16.6 us". */
    static String describe(WorkerEvent.Trace trace) {
        List<Long> ns = trace.ns();
        if (ns.isEmpty()) {
            return "warm-up trace: no operation";
        }
        int n = ns.size();
        List<Long> last = new ArrayList<>(ns.subList(Math.max(0, n - 100), n));
        last.sort(null);
        long median = last.get(last.size() / 2);
        long span = trace.sinceStartNs().get(n - 1) + ns.get(n - 1);
        return "warm-up trace: " + n + " operations over " + Durations.human(span) + ": first "
                + Durations.human(ns.getFirst()) + ", the last " + last.size() + " a median of " + Durations.human(median);
    }
}
