package fwf.cli;

import fwf.json.Json;
import fwf.run.Durations;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import fwf.runner.RunListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes every call on to the progress bar and keeps the first fork's warm-up trace, which the
 * journal does not store: {@code run --warmup-trace} prints it.
 */
final class TraceRecorder implements RunListener {
    private final RunListener next;
    private volatile WorkerEvent.Trace first;

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

    /** The run's JSON with {@code warmup_trace}: one {@code {"t_ns":..., "ns":...}} per operation, in order. */
    static Map<String, Object> withTrace(Map<String, Object> json, WorkerEvent.Trace trace) {
        List<Object> points = new ArrayList<>(trace.ns().size());
        for (int i = 0; i < trace.ns().size(); i++) {
            points.add(Json.obj().put("t_ns", trace.sinceStartNs().get(i)).put("ns", trace.ns().get(i)).map());
        }
        Map<String, Object> out = new LinkedHashMap<>(json);
        out.put("warmup_trace", points);
        return out;
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
