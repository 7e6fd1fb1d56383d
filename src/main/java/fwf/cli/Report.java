package fwf.cli;

import fwf.chart.BarKey;
import fwf.json.Json;
import fwf.run.Durations;
import fwf.run.Environment;
import fwf.run.Measurement;
import fwf.run.Stats;
import fwf.run.Status;
import fwf.workload.Operations;

import java.util.Locale;
import java.util.Map;

/** How one measurement reads on the command line: a hyperfine-like line, or a JSON object. */
final class Report {
    private Report() {
    }

    /** "fib(35) primitive on jvm-c2", the name of a run everywhere on the command line. */
    static String title(Measurement m) {
        return BarKey.of(m.request()).workloadTitle() + " " + m.request().variant() + " on " + m.request().system().name();
    }

    /**
     * {@code fib(35) primitive on jvm-c2: 28.1 ms ± 0.4 ms [min 27.6, max 29.0], 10 runs, answer 9227465 verified}
     * then, indented, the load time, JIT events, warnings and any failure reason.
     */
    static String text(Measurement m) {
        StringBuilder out = new StringBuilder(title(m)).append(": ");
        Stats s = m.stats();
        if (s != null) {
            Unit u = Unit.of(s.medianNs());
            out.append(u.format(s.medianNs())).append(' ').append(u.name);
            if (s.n() > 1) { // one sample has no spread to show
                out.append(" ± ").append(u.format(s.stddevNs())).append(' ').append(u.name)
                        .append(" [min ").append(u.format(s.minNs())).append(", max ").append(u.format(s.maxNs())).append(']');
            }
            out.append(", ").append(s.n()).append(s.n() == 1 ? " run" : " runs");
        }
        switch (m.status()) {
            case OK -> out.append(", answer ").append(m.answer()).append(" verified");
            case WRONG -> out.append(", answer ").append(m.answer()).append(" WRONG (expected ").append(m.expected()).append(')');
            default -> out.append(s == null ? "" : ", ").append(m.status().name());
        }
        if (m.loadNs() > 0) {
            out.append(System.lineSeparator()).append("  load ").append(Durations.human(m.loadNs()));
            if (!m.jit().isEmpty()) {
                out.append(", ").append(m.jit().size()).append(" JIT events");
            }
        }
        if (m.operations() != null) { // "11.36 G comparisons, 95.08 M/s"
            out.append(System.lineSeparator()).append("  ").append(Operations.describe(m.request().workload(),
                    m.request().variant(), m.operations(), m.operationsPerSecond()));
        }
        if (m.memory() != null) { // "0.00 B/op allocated, no GC"
            out.append(System.lineSeparator()).append("  ").append(m.memory().describe());
        }
        if (s != null) {
            for (String w : s.warnings()) {
                out.append(System.lineSeparator()).append("  warning: ").append(w);
            }
        }
        if (m.status() != Status.OK && m.message() != null) {
            out.append(System.lineSeparator()).append("  ").append(m.message().replace("\n", System.lineSeparator() + "  "));
        }
        return out.toString();
    }

    /** The fields of the run command's JSON: the foundation's, then the engine's. */
    static Map<String, Object> json(Measurement m) {
        Stats s = m.stats();
        Environment e = m.environment();
        Json.Obj env = Json.obj().put("system", e.system()).put("system_version", e.systemVersion())
                .put("jvm", e.jvmVersion()).put("jvm_flags", e.jvmFlags()).put("cpu", e.cpu()).put("cores", e.cores())
                .put("os", e.os()).put("time", e.time().toString()).put("project_version", e.projectVersion());
        Json.Obj o = Json.obj().put("id", m.id()).put("workload", m.request().workload().name()).put("variant", m.request().variant())
                .put("size", m.request().size()).put("system", m.request().system().name())
                .put("status", m.status().word()).put("answer", m.answer()).put("expected", m.expected())
                .put("verified", m.status() == Status.OK).put("load_ns", m.loadNs())
                .put("compute_ns", s == null ? null : s.medianNs())
                .put("median_ns", s == null ? null : s.medianNs()).put("min_ns", s == null ? null : s.minNs())
                .put("max_ns", s == null ? null : s.maxNs()).put("mean_ns", s == null ? null : s.meanNs())
                .put("stddev_ns", s == null ? null : s.stddevNs()).put("ci99_ns", s == null ? null : s.ci99Ns())
                .put("cv", s == null ? null : s.cv()).put("iterations", s == null ? 0 : s.n())
                .put("warmup_iterations", m.warmupNs().size())
                .put("forks", m.request().plan().forks()).put("jit_events", m.jit().size())
                .put("warnings", s == null ? java.util.List.of() : s.warnings()).put("message", m.message())
                .put("environment", env.map());
        if (m.operations() != null) { // only variants with a fixed count have these
            o.put("operation", operation(m)).put("operations", m.operations())
                    .put("operations_per_s", m.operationsPerSecond());
        }
        if (m.memory() != null) { // JVM workers only: what the measured iterations allocated, and the GCs
            o.put("alloc_bytes_per_op", m.memory().bytesPerOperation()).put("gc_count", m.memory().gcCount())
                    .put("gc_ms", m.memory().gcMs());
        }
        return o.map();
    }

    /** The name of the counted operation ("comparisons"), as {@code fwf trace} prints it. */
    private static String operation(Measurement m) {
        return Operations.replay(m.request().workload(), m.request().variant())
                .map(r -> r.operation().key()).orElse(null);
    }

    /** One unit and precision for a line, chosen by its median, so the rest reads against it. */
    private record Unit(String name, double ns, int decimals) {
        static Unit of(long medianNs) {
            double scale = medianNs >= 1_000_000_000L ? 1e9 : medianNs >= 1_000_000L ? 1e6 : medianNs >= 1_000L ? 1e3 : 1;
            String name = scale == 1e9 ? "s" : scale == 1e6 ? "ms" : scale == 1e3 ? "us" : "ns";
            double v = medianNs / scale;
            // Three significant figures for the median; its decimals serve min, max and spread.
            int decimals = scale == 1 || v >= 100 ? 0 : v >= 10 ? 1 : 2;
            return new Unit(name, scale, decimals);
        }

        String format(double valueNs) {
            return String.format(Locale.ROOT, "%." + decimals + "f", valueNs / ns);
        }
    }
}
