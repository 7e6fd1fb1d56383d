package fwf.results;

import fwf.run.Environment;
import fwf.run.JitEvent;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Stats;
import fwf.run.Status;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A fixed, small history of runs shared by the journal and export tests. */
final class Fixtures {
    static final long MS = 1_000_000L;
    static final long S = 1_000_000_000L;

    private Fixtures() {
    }

    static Environment env(String system, String version, String time, List<String> flags) {
        return new Environment(system, version, "25.0.1+8-LTS", flags, "AMD EPYC 7B13", 2, "Linux 6.8.0 amd64",
                Instant.parse(time), "0.1.0");
    }

    static RunRequest request(String workload, String variant, String system, int size, Plan plan) {
        return RunRequest.ofNames(workload, variant, system, size, null, plan, List.of(), null);
    }

    static Measurement ok(String id, RunRequest r, Environment e, List<Long> warmup, List<Long> samples, String answer) {
        return new Measurement(id, r, Status.OK, answer, answer, 1_500_000L, warmup, samples, Stats.of(samples), e, null, List.of());
    }

    static Measurement failed(String id, RunRequest r, Environment e, Status status, String answer, String expected, String message) {
        return new Measurement(id, r, status, answer, expected, 0, List.of(), List.of(), null, e, message, List.of());
    }

    /** A run with every optional part filled in: graph, timeout, flags, JIT events, warnings. */
    static Measurement full() {
        RunRequest r = RunRequest.ofNames("triangles", "naive-int", "jvm-c2", 4039, Path.of("data/facebook_combined.txt"),
                new Plan(2, 3, 2), List.of("-XX:+UseParallelGC", "-Xmx2g"), Duration.ofSeconds(90));
        List<Long> samples = List.of(3_000 * MS, 3_400 * MS, 2_900 * MS, 3_050 * MS, 2_200 * MS, 3_900 * MS);
        return new Measurement("20250115T100500-0003", r, Status.OK, "1612010", "1612010", 41_200_000L,
                List.of(3_900 * MS, 3_100 * MS, 3_800 * MS, 3_050 * MS), samples, Stats.of(samples),
                env("jvm-c2", "25.0.1", "2025-01-15T10:05:00.123456789Z", List.of("-XX:-TieredCompilation", "-XX:+UseParallelGC", "-Xmx2g")),
                null,
                List.of(new JitEvent("compile", "fwf.workload.TriangleVariants::naiveInt", 3, 1_200_000L, 350_000L),
                        new JitEvent("compile", "fwf.workload.TriangleVariants::naiveInt", 4, 9_800_000L, 4_100_000L),
                        new JitEvent("deopt", "fwf.workload.TriangleVariants::naiveInt", 0, 12_000_000L, 0)));
    }

    /** The history the exports are checked against (oldest first). */
    static List<Measurement> history() {
        Plan one = new Plan(1, 3, 1);
        return List.of(
                ok("0001", request("fib", "naive", "cpython", 40, one), env("cpython", "3.11.7", "2025-01-15T10:00:00Z", List.of()),
                        List.of(12_400 * MS), List.of(12_300 * MS, 12_500 * MS, 12_100 * MS), "102334155"),
                ok("0002", request("fib", "primitive", "jvm-c2", 40, new Plan(2, 3, 2)),
                        env("jvm-c2", "25.0.1", "2025-01-15T10:01:00Z", List.of("-XX:-TieredCompilation")),
                        List.of(300 * MS, 290 * MS, 299 * MS, 289 * MS),
                        List.of(280 * MS, 282 * MS, 279 * MS, 281 * MS, 280 * MS, 281 * MS), "102334155"),
                ok("0003", request("fib", "boxed", "jvm-c2", 40, one),
                        env("jvm-c2", "25.0.1", "2025-01-15T10:02:00Z", List.of("-XX:-TieredCompilation")),
                        List.of(600 * MS), List.of(550 * MS, 560 * MS, 545 * MS), "102334155"),
                ok("0004", request("triangles", "naive", "cpython", 4039, new Plan(0, 1, 1)),
                        env("cpython", "3.11.7", "2025-01-15T10:03:00Z", List.of()),
                        List.of(), List.of(120 * S), "1612010"),
                failed("0005", request("fib", "naive", "pypy", 40, one), env("pypy", "", "2025-01-15T10:04:00Z", List.of()),
                        Status.FAILED, null, "102334155", "pypy3 exited with code 127: \"pypy3\": not found, check PATH"),
                full(),
                ok("0007", request("triangles", "naive", "pypy", 4039, one), env("pypy", "7.3.11", "2025-01-15T10:06:00Z", List.of()),
                        List.of(5 * S), List.of(5 * S, 5 * S, 5 * S), "1612010"),
                failed("0008", request("fib", "naive", "c", 40, one), env("c", "gcc 12.2", "2025-01-15T10:07:00Z", List.of()),
                        Status.WRONG, "102334156", "102334155", "answer 102334156, expected 102334155"),
                ok("0009", request("triangles", "naive", "pypy", 4039, one), env("pypy", "7.3.11", "2025-01-15T10:08:00Z", List.of()),
                        List.of(4_800 * MS), List.of(4_700 * MS, 4_750 * MS, 4_650 * MS), "1612010"),
                failed("0010", request("triangles", "naive", "pypy", 4039, one), env("pypy", "7.3.11", "2025-01-15T10:09:00Z", List.of()),
                        Status.TIMEOUT, null, "1612010", "killed after 60 s"),
                failed("0011", request("fib", "naive", "mypyc", 40, one), env("mypyc", "1.0.1", "2025-01-15T10:10:00Z", List.of()),
                        Status.CANCELLED, null, "102334155", "stopped by the user"));
    }
}
