package fwf.cli;

import fwf.json.Json;
import fwf.run.Durations;
import fwf.run.InliningTree;
import fwf.run.WorkerEvent;
import fwf.run.WorkerProtocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code run --warmup-trace} prints of the first fork ({@link fwf.runner.FirstForkRecorder}
 * keeps it; the journal does not): its trace and the inlining of its kernel's compilations, as
 * JSON fields or as a line each of text.
 */
final class TraceReport {
    private TraceReport() {
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
