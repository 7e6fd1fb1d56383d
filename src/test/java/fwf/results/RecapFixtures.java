package fwf.results;

import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;

import java.nio.file.Path;
import java.util.List;

import static fwf.results.Fixtures.MS;
import static fwf.results.Fixtures.S;

/** Runs for the talk's table, with warm-ups and samples chosen so every relative value is worked out by hand. */
final class RecapFixtures {
    static final Path FACEBOOK = Path.of("/work/shared/data/facebook_combined.txt");
    private static final Plan ONE = new Plan(1, 3, 1);

    private RecapFixtures() {
    }

    static RunRequest fib(String system, String variant, int n) {
        return RunRequest.ofNames("fib", variant, system, n, null, ONE, List.of(), null);
    }

    static RunRequest triangles(String system, String variant, int nodes, Path graph) {
        return RunRequest.ofNames("triangles", variant, system, nodes, graph, ONE, List.of(), null);
    }

    static RunRequest mean(String system, String variant, int size, Plan plan) {
        return RunRequest.ofNames("mean", variant, system, size, null, plan, List.of(), null);
    }

    static Measurement ok(String id, RunRequest r, List<Long> warmup, List<Long> samples, String answer) {
        return Fixtures.ok(id, r, null, warmup, samples, answer);
    }

    /**
     * Cold (first call) and warm (median) times, by system:
     * CPython fib 12.4 s / 12.3 s, triangles 120 s / 118 s, mean 900 ms / 810 ms;
     * PyPy fib (recursive-n1-first, not its talk variant) 1.80 s / 1.45 s, triangles 6.00 s / 4.80 s;
     * Java C2 fib 310 ms / 280 ms, triangles 3.20 s / 3.00 s, mean 60.0 ms / 51.0 ms;
     * C fib WRONG. Around them: runs the table must not take (another variant of a system that ran
     * its talk variant, another size, a cancelled run).
     */
    static List<Measurement> talk() {
        Plan rounds = Plan.rounds(5, 1);
        return List.of(
                ok("01", fib("cpython", "recursive", 40), List.of(12_400 * MS), List.of(12_300 * MS, 12_500 * MS, 12_100 * MS), "102334155"),
                ok("02", triangles("cpython", "naive", 4039, FACEBOOK), List.of(120 * S), List.of(118 * S), "1612010"),
                ok("03", fib("pypy", "recursive-n1-first", 40), List.of(1_800 * MS), List.of(1_400 * MS, 1_500 * MS, 1_450 * MS), "102334155"),
                ok("04", triangles("pypy", "naive", 4039, FACEBOOK), List.of(6 * S), List.of(4_800 * MS, 4_700 * MS, 4_900 * MS), "1612010"),
                ok("05", fib("jvm-c2", "primitive", 40), List.of(310 * MS, 290 * MS), List.of(280 * MS, 282 * MS, 279 * MS), "102334155"),
                ok("06", triangles("jvm-c2", "naive-primitive", 4039, FACEBOOK), List.of(3_200 * MS), List.of(3 * S), "1612010"),
                ok("07", fib("jvm-c2", "boxed", 40), List.of(900 * MS), List.of(700 * MS), "102334155"),
                ok("08", triangles("jvm-c2", "naive-primitive", 1000, FACEBOOK), List.of(90 * MS), List.of(80 * MS), "11111"),
                Fixtures.failed("09", fib("c", "recursive", 40), null, Status.WRONG, "102334156", "102334155", "wrong"),
                ok("10", mean("cpython", "draw-mean", 10_000_000, rounds), List.of(),
                        List.of(900 * MS, 800 * MS, 810 * MS, 805 * MS, 820 * MS), "0.5"),
                ok("11", mean("jvm-c2", "draw-mean", 10_000_000, rounds), List.of(),
                        List.of(60 * MS, 50 * MS, 51 * MS, 52 * MS, 49 * MS), "0.5"),
                Fixtures.failed("12", fib("mypyc", "recursive", 40), null, Status.CANCELLED, null, "102334155", "stopped"));
    }
}
