package fwf.chart;

import fwf.friends.Family;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.run.Environment;
import fwf.run.JitEvent;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Stats;
import fwf.run.Status;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Measurements built by hand, with the friends the catalogue will know. */
final class Fixtures {
    static final SystemSpec CPYTHON = friend("cpython", Family.PYTHON, "CPython 3.11");
    static final SystemSpec PYPY = friend("pypy", Family.PYTHON, "PyPy 7.3");
    static final SystemSpec MYPYC = friend("mypyc", Family.PYTHON, "mypyc");
    static final SystemSpec PYO3 = friend("pyo3", Family.PYTHON, "PyO3 (Rust)");
    static final SystemSpec C = friend("c", Family.NATIVE, "C, gcc -O2");
    static final SystemSpec RUST = friend("rust", Family.NATIVE, "Rust");

    /** The JVM ladder plus the hand-made friends above (fixed labels, whatever the real catalogue says). */
    static final SystemStyles STYLES = new SystemStyles(concat(Systems.all().stream().filter(SystemSpec::isJvm).toList(),
            List.of(CPYTHON, PYPY, MYPYC, PYO3, C, RUST)));

    static final Environment ENV = new Environment("x", "1", "25", List.of(), "Test CPU 3000", 2, "Linux",
            Instant.parse("2026-11-25T10:00:00Z"), "0.1.0");

    private static int ids;

    private Fixtures() {
    }

    private static SystemSpec friend(String name, Family family, String label) {
        return new SystemSpec(name, family, label, "a friend", List.of());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static RunRequest request(String workload, String variant, String system, int size) {
        Path graph = workload.equals("triangles") && size == 0 ? Path.of("data/facebook_combined.txt") : null;
        return RunRequest.ofNames(workload, variant, system, size, graph, new Plan(2, 5, 1), List.of(), null);
    }

    /** A valid result with these exact samples. */
    static Measurement ok(String workload, String variant, String system, int size, long loadNs, long... samples) {
        List<Long> list = new ArrayList<>();
        for (long s : samples) {
            list.add(s);
        }
        return new Measurement("m" + ids++, request(workload, variant, system, size), Status.OK, "1", "1", loadNs,
                List.of(samples[0] * 2, samples[0] * 3 / 2), list, Stats.of(list), ENV, null, List.of());
    }

    /**
     * A valid result with five samples spread around {@code medianNs} by {@code spread} (a
     * fraction), median exactly {@code medianNs}.
     */
    static Measurement around(String workload, String variant, String system, long medianNs, double spread) {
        long d = Math.round(medianNs * spread);
        return ok(workload, variant, system, 0, medianNs / 40, medianNs - d, medianNs + d / 2, medianNs,
                medianNs + d, medianNs - d / 3);
    }

    static Measurement failed(String workload, String variant, String system, Status status, String message) {
        return new Measurement("m" + ids++, request(workload, variant, system, 0), status, null, "1", 0,
                List.of(), List.of(), null, ENV, message, List.of());
    }

    static Measurement withJit(Measurement m, List<JitEvent> jit) {
        return new Measurement(m.id(), m.request(), m.status(), m.answer(), m.expected(), m.loadNs(), m.warmupNs(),
                m.samplesNs(), m.stats(), m.environment(), m.message(), jit);
    }

    /**
     * fib(32) on C2 tiered, two forks: slow interpreted first iteration, C1 then C2 arriving in
     * the first, a deopt and recompile in the third.
     */
    static Measurement warmingUp() {
        List<Long> warm = List.of(95 * MS, 31 * MS, 24 * MS, 12 * MS, 11 * MS,
                90 * MS, 29 * MS, 13 * MS, 11 * MS, 11 * MS);
        List<Long> measured = List.of(11 * MS, 11 * MS, 12 * MS, 11 * MS, 11 * MS, 11 * MS,
                11 * MS, 11 * MS, 12 * MS, 11 * MS, 10 * MS, 11 * MS);
        RunRequest r = RunRequest.ofNames("fib", "primitive", "jvm-c2", 32, null, new Plan(5, 6, 2), List.of(), null);
        String fib = "fwf.workload.Fib::primitive";
        List<JitEvent> jit = List.of(
                new JitEvent("compile", fib, 3, 2 * MS, 1 * MS),
                new JitEvent("compile", fib, 4, 40 * MS, 9 * MS),
                new JitEvent("deopt", fib, 0, 130 * MS, 0, 12, "unstable_if"),
                new JitEvent("compile", fib, 4, 150 * MS, 8 * MS));
        return new Measurement("w1", r, Status.OK, "2178309", "2178309", 1000, warm, measured, Stats.of(measured), ENV,
                null, jit);
    }

    static final long MS = 1_000_000L;
    static final long S = 1_000_000_000L;

    /** The talk's table, as this kind of machine measures it (reference medians measured on such a machine). */
    static List<Measurement> talk() {
        return List.of(
                around("fib", "primitive", "cpython", 12_300 * MS, 0.02),
                around("fib", "primitive", "pypy", 4_250 * MS, 0.16),
                around("fib", "primitive", "mypyc", 1_180 * MS, 0.03),
                around("fib", "primitive", "pyo3", 340 * MS, 0.02),
                around("fib", "primitive", "c", 120 * MS, 0.05),
                around("fib", "primitive", "jvm-int", 6_100 * MS, 0.02),
                around("fib", "primitive", "jvm-c1", 290 * MS, 0.03),
                around("fib", "primitive", "jvm-c2", 280 * MS, 0.04),
                around("fib", "boxed", "jvm-c2", 550 * MS, 0.05),
                failed("triangles", "naive", "cpython", Status.TIMEOUT, "killed after 60 s"),
                around("triangles", "naive", "pypy", 4_700 * MS, 0.03),
                around("triangles", "naive", "c", 4_200 * MS, 0.02),
                around("triangles", "naive", "jvm-c2", 3_000 * MS, 0.04),
                around("triangles", "naive-boxed", "jvm-c2", 7_500 * MS, 0.04));
    }
}
