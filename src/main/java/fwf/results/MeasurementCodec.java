package fwf.results;

import fwf.json.Json;
import fwf.run.Environment;
import fwf.run.JitEvent;
import fwf.run.Measurement;
import fwf.run.MemoryUse;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Stats;
import fwf.run.Status;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts a {@link Measurement} to and from the JSON object the journal stores and the JSON
 * export writes.
 *
 * <p>The shape: snake_case names; {@code "schema": 1} and {@code "type": "measurement"} first,
 * so a reader can tell a record from a board marker and a future layout from this one; the
 * request's fields flat at the top (so {@code jq '.[] | select(.system == "cpython")'} just
 * works); times as integer nanoseconds; the environment's time as ISO-8601 text; answers as
 * strings, because a triangle count or a float mean must survive exactly and JSON numbers
 * pass through doubles in many readers. A NaN (the interval of a single sample) is written as
 * null and read back as NaN.
 */
public final class MeasurementCodec {
    /** The layout version this class writes and reads. */
    public static final int SCHEMA = 1;

    private MeasurementCodec() {
    }

    /** Thrown for a record that is valid JSON but not a measurement we can read. */
    public static class RecordException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public RecordException(String message) {
            super(message);
        }
    }

    /**
     * Thrown for a whole record that names a workload, system or variant this version does not
     * know (one a later or earlier version ran): not damage, and the line stays in the file.
     */
    public static final class UnknownRunException extends RecordException {
        private static final long serialVersionUID = 1L;

        public UnknownRunException(String message) {
            super(message);
        }
    }

    public static Map<String, Object> toJson(Measurement m) {
        RunRequest r = m.request();
        Json.Obj o = Json.obj()
                .put("schema", SCHEMA)
                .put("type", "measurement")
                .put("id", m.id())
                .put("workload", r.workload().name())
                .put("variant", r.variant())
                .put("system", r.system().name())
                .put("size", r.size())
                .put("graph", r.graph() == null ? null : r.graph().toString())
                .put("plan", Json.obj()
                        .put("warmup", r.plan().warmup())
                        .put("iterations", r.plan().iterations())
                        .put("forks", r.plan().forks()).map())
                .put("jvm_flags", r.jvmFlags())
                .put("timeout_ns", r.timeout() == null ? null : r.timeout().toNanos())
                .put("status", m.status().word())
                .put("answer", m.answer())
                .put("expected", m.expected())
                .put("message", m.message())
                .put("load_ns", m.loadNs())
                .put("warmup_ns", m.warmupNs())
                .put("samples_ns", m.samplesNs())
                .put("stats", m.stats() == null ? null : stats(m.stats()))
                .put("environment", m.environment() == null ? null : environment(m.environment()))
                .put("jit", m.jit().stream().map(MeasurementCodec::jit).toList());
        // Written only when counted, so a record without a count reads as it did before counts existed.
        if (m.operations() != null) {
            o.put("operations", m.operations());
        }
        // Likewise only when measured (JVM workers): older readers ignore it, older records lack it.
        if (m.memory() != null) {
            o.put("memory", Json.obj()
                    .put("operations", m.memory().computations())
                    .put("alloc_bytes", m.memory().allocatedBytes())
                    .put("gc_count", m.memory().gcCount())
                    .put("gc_ns", m.memory().gcNs()).map());
        }
        return o.map();
    }

    private static Map<String, Object> stats(Stats s) {
        return Json.obj()
                .put("n", s.n())
                .put("min_ns", s.minNs())
                .put("median_ns", s.medianNs())
                .put("max_ns", s.maxNs())
                .put("mean_ns", s.meanNs())
                .put("stddev_ns", s.stddevNs())
                .put("ci99_ns", s.ci99Ns())
                .put("cv", s.cv())
                .put("warnings", s.warnings())
                .map();
    }

    private static Map<String, Object> environment(Environment e) {
        return Json.obj()
                .put("system", e.system())
                .put("system_version", e.systemVersion())
                .put("jvm_version", e.jvmVersion())
                .put("jvm_flags", e.jvmFlags())
                .put("cpu", e.cpu())
                .put("cores", e.cores())
                .put("os", e.os())
                .put("time", e.time() == null ? null : e.time().toString())
                .put("project_version", e.projectVersion())
                .map();
    }

    private static Map<String, Object> jit(JitEvent j) {
        Json.Obj o = Json.obj()
                .put("kind", j.kind())
                .put("method", j.method())
                .put("tier", j.tier())
                .put("since_start_ns", j.sinceStartNs())
                .put("duration_ns", j.durationNs());
        // Only when known, so older readers and records see what they always did.
        if (j.bci() >= 0) {
            o.put("bci", j.bci());
        }
        if (!j.reason().isEmpty()) {
            o.put("reason", j.reason());
        }
        return o.map();
    }

    /**
     * Reads a measurement record. Unknown fields are ignored, so a later version may add some.
     *
     * @throws RecordException naming the first field that is missing or of the wrong kind
     */
    public static Measurement fromJson(Map<String, Object> o) {
        Fields f = new Fields(o, "");
        // Read in the order the fields are written, so a damaged record names its first bad field.
        String id = f.string("id");
        String workload = f.string("workload");
        String variant = f.string("variant");
        String system = f.string("system");
        int size = f.integer("size");
        String graph = f.optionalString("graph");
        Fields p = f.object("plan");
        Plan plan;
        try {
            plan = new Plan(p.integer("warmup"), p.integer("iterations"), p.integer("forks"));
        } catch (IllegalArgumentException e) {
            throw new RecordException(e.getMessage());
        }
        List<String> jvmFlags = f.strings("jvm_flags");
        Long timeoutNs = f.optionalLong("timeout_ns");
        RunRequest request;
        try {
            request = RunRequest.ofNames(workload, variant, system, size, graph == null ? null : Path.of(graph),
                    plan, jvmFlags, timeoutNs == null ? null : Duration.ofNanos(timeoutNs));
        } catch (IllegalArgumentException e) {
            throw new UnknownRunException(e.getMessage());
        }
        String word = f.string("status");
        Status status;
        try {
            status = Status.fromWord(word);
        } catch (IllegalArgumentException e) {
            throw new RecordException("unknown status '" + word + "'");
        }
        String answer = f.optionalString("answer");
        String expected = f.optionalString("expected");
        String message = f.optionalString("message");
        long loadNs = f.longValue("load_ns");
        List<Long> warmupNs = f.longs("warmup_ns");
        List<Long> samplesNs = f.longs("samples_ns");
        Fields s = f.optionalObject("stats");
        Stats stats = s == null ? null : stats(s);
        Fields e = f.optionalObject("environment");
        Environment environment = e == null ? null : environment(e);
        List<JitEvent> jit = new ArrayList<>();
        for (Fields j : f.objects("jit")) {
            Long bci = j.optionalLong("bci"); // both absent in records written before they were kept
            String reason = j.optionalString("reason");
            jit.add(new JitEvent(j.string("kind"), j.string("method"), j.integer("tier"),
                    j.longValue("since_start_ns"), j.longValue("duration_ns"), bci == null ? -1 : bci.intValue(),
                    reason));
        }
        // Absent in records written before operations were counted, and for variants without a count.
        Long operations = f.optionalLong("operations");
        if (operations != null && operations < 0) {
            throw new RecordException("field 'operations' is negative");
        }
        // Absent in records written before allocation was measured, and for friends.
        Fields mem = f.optionalObject("memory");
        MemoryUse memory = null;
        if (mem != null) {
            try {
                memory = new MemoryUse(mem.longValue("operations"), mem.longValue("alloc_bytes"),
                        mem.longValue("gc_count"), mem.longValue("gc_ns"));
            } catch (IllegalArgumentException bad) {
                throw new RecordException("field 'memory': " + bad.getMessage());
            }
        }
        return new Measurement(id, request, status, answer, expected, loadNs, warmupNs, samplesNs, stats,
                environment, message, jit, operations, memory);
    }

    private static Stats stats(Fields s) {
        return new Stats(s.integer("n"), s.longValue("min_ns"), s.longValue("median_ns"), s.longValue("max_ns"),
                s.decimal("mean_ns"), s.decimal("stddev_ns"), s.decimal("ci99_ns"), s.decimal("cv"), s.strings("warnings"));
    }

    private static Environment environment(Fields e) {
        String time = e.optionalString("time");
        Instant instant;
        try {
            instant = time == null ? null : Instant.parse(time);
        } catch (DateTimeException ex) {
            throw new RecordException("field '" + e.prefix + "time' is not an ISO-8601 instant: '" + time + "'");
        }
        return new Environment(e.optionalString("system"), e.optionalString("system_version"),
                e.optionalString("jvm_version"), e.strings("jvm_flags"), e.optionalString("cpu"),
                e.integer("cores"), e.optionalString("os"), instant, e.optionalString("project_version"));
    }

    /** Typed access to one JSON object, with messages that name the field by its path. */
    private record Fields(Map<String, Object> map, String prefix) {

        private Object required(String name) {
            if (!map.containsKey(name) || map.get(name) == null) {
                throw new RecordException("missing field '" + prefix + name + "'");
            }
            return map.get(name);
        }

        private RecordException wrong(String name, String kind) {
            return new RecordException("field '" + prefix + name + "' is not " + kind);
        }

        String string(String name) {
            if (required(name) instanceof String s) {
                return s;
            }
            throw wrong(name, "a string");
        }

        String optionalString(String name) {
            return map.get(name) == null ? null : string(name);
        }

        long longValue(String name) {
            if (required(name) instanceof Long l) {
                return l;
            }
            throw wrong(name, "an integer");
        }

        Long optionalLong(String name) {
            return map.get(name) == null ? null : longValue(name);
        }

        int integer(String name) {
            long v = longValue(name);
            if (v != (int) v) {
                throw wrong(name, "a 32-bit integer");
            }
            return (int) v;
        }

        /** A double; null stands for NaN, which JSON cannot spell. */
        double decimal(String name) {
            Object v = map.get(name);
            if (v == null) {
                return Double.NaN;
            }
            if (v instanceof Double || v instanceof Long) {
                return ((Number) v).doubleValue();
            }
            throw wrong(name, "a number");
        }

        List<?> list(String name) {
            if (required(name) instanceof List<?> l) {
                return l;
            }
            throw wrong(name, "a list");
        }

        List<String> strings(String name) {
            List<String> out = new ArrayList<>();
            for (Object o : list(name)) {
                if (!(o instanceof String s)) {
                    throw wrong(name, "a list of strings");
                }
                out.add(s);
            }
            return out;
        }

        List<Long> longs(String name) {
            List<Long> out = new ArrayList<>();
            for (Object o : list(name)) {
                if (!(o instanceof Long l)) {
                    throw wrong(name, "a list of integers");
                }
                out.add(l);
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        Fields object(String name) {
            if (required(name) instanceof Map<?, ?> m) {
                return new Fields((Map<String, Object>) m, prefix + name + ".");
            }
            throw wrong(name, "an object");
        }

        Fields optionalObject(String name) {
            return map.get(name) == null ? null : object(name);
        }

        @SuppressWarnings("unchecked")
        List<Fields> objects(String name) {
            List<Fields> out = new ArrayList<>();
            List<?> l = list(name);
            for (int i = 0; i < l.size(); i++) {
                if (!(l.get(i) instanceof Map<?, ?> m)) {
                    throw wrong(name, "a list of objects");
                }
                out.add(new Fields((Map<String, Object>) m, prefix + name + "[" + i + "]."));
            }
            return out;
        }
    }
}
