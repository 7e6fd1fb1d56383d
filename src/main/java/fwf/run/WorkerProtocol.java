package fwf.run;

import fwf.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The line protocol every worker speaks on stdout, JVM workers and friends alike: one JSON
 * object a line, told apart by its {@code "event"} field.
 *
 * <pre>
 * {"event":"started","fork":0,"pid":4242,"version":"25.0.3","vm":"OpenJDK 64-Bit Server VM","input_arguments":["-Xint"]}
 * {"event":"started","fork":0,"pid":4243,"version":"25.0.3","vm":"OpenJDK 64-Bit Server VM","input_arguments":[],"library":"gcc 12.2.0 -O2"}
 * {"event":"loaded","fork":0,"input":"n = 40","size":40,"read_ns":1200,"prepare_ns":800,"expected":"102334155"}
 * {"event":"iteration","fork":0,"index":0,"warmup":true,"ns":301234567,"answer":"102334155","batch":1,"t_ns":0}
 * {"event":"measuring","fork":0,"warmup":5,"iterations":10,"batch":1}
 * {"event":"trace","fork":0,"t_ns":[0,1210000,1730000],"ns":[1200000,510000,480000]}
 * {"event":"memory","fork":0,"operations":330,"alloc_bytes":0,"gc_count":0,"gc_ns":0}
 * {"event":"jit","fork":0,"kind":"compile","method":"fwf.workload.Fib::primitive","tier":4,"since_start_ns":51234000,"duration_ns":120000}
 * {"event":"jit","fork":0,"kind":"deopt","method":"fwf.workload.Fib::dynamic","tier":0,"since_start_ns":81234000,"duration_ns":0,"bci":12,"reason":"unstable_if"}
 * {"event":"inlining","fork":0,"kind":"compile","method":"fwf.workload.Fib::primitive","tier":4,"since_start_ns":51234000,"calls":[{"depth":1,"bci":13,"callee":"fwf.workload.Fib::primitive","inlined":true,"verdict":"inline (hot)"}]}
 * {"event":"failure","fork":0,"message":"java.lang.StackOverflowError"}
 * {"event":"finished","fork":0}
 * </pre>
 *
 * Fields: {@code vm} names a JVM and only JVM workers send it ({@code version} is the
 * system's own version, a JDK's or CPython's); {@code library} comes only from a JVM worker
 * calling a native library through FFM, and is that library's {@code fwf_version()}; {@code ns} is per operation and {@code batch}
 * says how many operations the iteration ran; {@code since_start_ns} of a {@code jit} event
 * counts from the start of the first iteration; {@code measuring} comes once, when warm-up
 * ends, with the measured count to come; {@code memory} comes once, after the last measured
 * iteration, from JVM workers only: the operations measured, the heap bytes the program's threads
 * (not the JIT's, not the harness's watcher) allocated inside the measured iterations' timed regions, and the GC count and time over the measured phase.
 *
 * <p>A friend that cannot compute the reference answer leaves {@code expected} out; the caller
 * checks answers against its own reference anyway. A friend that does not batch leaves
 * {@code batch} out (it reads as 1), and may leave out {@code measuring}, which only feeds
 * progress bars. Lines that are not such objects are not
 * events: {@link #parse} says so, and the runner reports them as garbage (empty lines are
 * tolerated). A worker writes each line whole and flushes it, and never while its clock runs.
 */
public final class WorkerProtocol {
    private WorkerProtocol() {
    }

    /** Thrown for a line that is not a protocol event; the message quotes it. */
    public static final class BadLineException extends Exception {
        private static final long serialVersionUID = 1L;

        public BadLineException(String message) {
            super(message);
        }
    }

    public static String write(WorkerEvent event) {
        Json.Obj o = Json.obj();
        switch (event) {
            case WorkerEvent.Started s -> {
                o.put("event", "started").put("fork", s.fork()).put("pid", s.pid())
                        .put("version", s.javaVersion()).put("vm", s.vmName()).put("input_arguments", s.inputArguments());
                if (!s.library().isEmpty()) {
                    o.put("library", s.library());
                }
            }
            case WorkerEvent.Loaded l -> {
                o.put("event", "loaded").put("fork", l.fork()).put("input", l.input())
                        .put("size", l.size()).put("read_ns", l.readNs()).put("prepare_ns", l.prepareNs())
                        .put("expected", l.expected());
                if (!l.note().isEmpty()) {
                    o.put("note", l.note());
                }
            }
            case WorkerEvent.Iteration i -> {
                o.put("event", "iteration").put("fork", i.fork()).put("index", i.index())
                        .put("warmup", i.warmup()).put("ns", i.ns()).put("answer", i.answer()).put("batch", i.batch());
                if (i.sinceStartNs() >= 0) {
                    o.put("t_ns", i.sinceStartNs()); // only when known, as friends do not say
                }
            }
            case WorkerEvent.Measuring p -> {
                o.put("event", "measuring").put("fork", p.fork()).put("warmup", p.warmup())
                        .put("iterations", p.iterations()).put("batch", p.batch());
                if (!p.note().isEmpty()) {
                    o.put("note", p.note());
                }
            }
            case WorkerEvent.Trace t -> o.put("event", "trace").put("fork", t.fork()).put("t_ns", t.sinceStartNs())
                    .put("ns", t.ns());
            case WorkerEvent.Memory mem -> o.put("event", "memory").put("fork", mem.fork())
                    .put("operations", mem.use().computations()).put("alloc_bytes", mem.use().allocatedBytes())
                    .put("gc_count", mem.use().gcCount()).put("gc_ns", mem.use().gcNs());
            case WorkerEvent.Jit j -> {
                o.put("event", "jit").put("fork", j.fork()).put("kind", j.event().kind())
                    .put("method", j.event().method()).put("tier", j.event().tier())
                    .put("since_start_ns", j.event().sinceStartNs()).put("duration_ns", j.event().durationNs());
                // Only when known, so a compilation's line reads as it always did.
                if (j.event().bci() >= 0) {
                    o.put("bci", j.event().bci());
                }
                if (!j.event().reason().isEmpty()) {
                    o.put("reason", j.event().reason());
                }
            }
            case WorkerEvent.Inlining in -> {
                o.put("event", "inlining").put("fork", in.fork());
                inlining(in.tree()).forEach(o::put);
            }
            case WorkerEvent.Failure f -> o.put("event", "failure").put("fork", f.fork()).put("message", f.message());
            case WorkerEvent.Finished f -> o.put("event", "finished").put("fork", f.fork());
        }
        return o.toString();
    }

    /**
     * Reads one line. The fork number in the line is replaced by {@code fork}: the caller
     * knows which process it started, and a friend need not count.
     */
    public static WorkerEvent parse(String line, int fork) throws BadLineException {
        Map<String, Object> m;
        try {
            m = Json.parseObject(line);
        } catch (Json.ParseException e) {
            throw new BadLineException("not a protocol line (" + e.getMessage() + "): " + shorten(line));
        }
        try {
            String kind = m.get("event") instanceof String s ? s : null;
            return switch (kind) {
                case "started" -> new WorkerEvent.Started(fork, num(m, "pid"), str(m, "version"), str(m, "vm"),
                        strings(m.get("input_arguments")), str(m, "library"));
                case "loaded" -> new WorkerEvent.Loaded(fork, str(m, "input"), (int) num(m, "size"), num(m, "read_ns"),
                        num(m, "prepare_ns"), answer(m.get("expected")), str(m, "note"));
                case "iteration" -> new WorkerEvent.Iteration(fork, (int) num(m, "index"),
                        Boolean.TRUE.equals(m.get("warmup")), num(m, "ns"), answer(m.get("answer")),
                        m.containsKey("batch") ? (int) num(m, "batch") : 1, m.containsKey("t_ns") ? num(m, "t_ns") : -1);
                case "measuring" -> new WorkerEvent.Measuring(fork, (int) num(m, "warmup"), (int) num(m, "iterations"),
                        m.containsKey("batch") ? (int) num(m, "batch") : 1, str(m, "note"));
                case "trace" -> new WorkerEvent.Trace(fork, longs(m.get("t_ns")), longs(m.get("ns")));
                case "memory" -> new WorkerEvent.Memory(fork, new MemoryUse(num(m, "operations"),
                        num(m, "alloc_bytes"), num(m, "gc_count"), num(m, "gc_ns")));
                case "jit" -> new WorkerEvent.Jit(fork, new fwf.run.JitEvent(str(m, "kind"), str(m, "method"),
                        (int) num(m, "tier"), num(m, "since_start_ns"), num(m, "duration_ns"),
                        m.containsKey("bci") ? (int) num(m, "bci") : -1, str(m, "reason")));
                case "inlining" -> new WorkerEvent.Inlining(fork, new InliningTree(str(m, "kind"), str(m, "method"),
                        (int) num(m, "tier"), num(m, "since_start_ns"), calls(m.get("calls"))));
                case "failure" -> new WorkerEvent.Failure(fork, str(m, "message"));
                case "finished" -> new WorkerEvent.Finished(fork);
                case null, default -> throw new BadLineException("unknown event " + kind + ": " + shorten(line));
            };
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new BadLineException("malformed " + m.get("event") + " event: " + shorten(line));
        }
    }

    private static long num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v instanceof Number n) {
            return n.longValue();
        }
        return v == null ? 0 : Long.parseLong(v.toString());
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : v.toString();
    }

    /** Answers may come as JSON numbers (friends) or strings (our workers); both become text. */
    private static String answer(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue()); // a friend printed 4.0 for an integer count
        }
        return v.toString();
    }

    private static List<Long> longs(Object v) {
        List<Long> out = new ArrayList<>();
        for (Object o : (List<?>) v) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    /**
     * One compilation's inlining as the protocol's {@code inlining} line carries it (without
     * {@code event} and {@code fork}); {@code fwf run --warmup-trace --format json} prints the same.
     */
    public static Map<String, Object> inlining(InliningTree tree) {
        List<Object> calls = new ArrayList<>();
        for (InliningTree.Call c : tree.calls()) {
            calls.add(Json.obj().put("depth", c.depth()).put("bci", c.bci()).put("callee", c.callee())
                    .put("inlined", c.inlined()).put("verdict", c.verdict()).map());
        }
        return Json.obj().put("kind", tree.kind()).put("method", tree.method()).put("tier", tree.tier())
                .put("since_start_ns", tree.sinceStartNs()).put("calls", calls).map();
    }

    private static List<InliningTree.Call> calls(Object v) {
        List<InliningTree.Call> out = new ArrayList<>();
        for (Object o : (List<?>) v) {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) o;
            out.add(new InliningTree.Call((int) num(c, "depth"), (int) num(c, "bci"), str(c, "callee"),
                    Boolean.TRUE.equals(c.get("inlined")), str(c, "verdict")));
        }
        return out;
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    static String shorten(String line) {
        String oneLine = line.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "...";
    }
}
