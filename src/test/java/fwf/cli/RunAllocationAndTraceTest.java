package fwf.cli;

import fwf.json.Json;
import fwf.run.InliningTree;
import fwf.run.WorkerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code run}'s allocation figures and {@code --warmup-trace}, on the command line. */
class RunAllocationAndTraceTest {
    @TempDir
    Path dir;

    private CliTest.Result run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--results", dir.resolve("results.jsonl").toString()));
        return CliTest.fwf(all.toArray(String[]::new));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonCarriesAllocationGcAndTheTrace() {
        CliTest.Result r = run("run", "fib", "--size", "20", "--variant", "boxed", "--warmup", "3", "--iterations",
                "50", "--warmup-trace", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, Object> o = Json.parseObject(r.out().strip());
        // fib(20) boxed allocates about 1,056 bytes per call here; far from the 24 of one boxed answer.
        assertThat(((Number) o.get("alloc_bytes_per_op")).doubleValue()).isGreaterThan(200.0);
        assertThat((Long) o.get("gc_count")).isNotNegative();
        assertThat(((Number) o.get("gc_ms")).doubleValue()).isNotNegative();
        List<Map<String, Object>> trace = (List<Map<String, Object>>) o.get("warmup_trace");
        assertThat(trace).hasSize(3_000);
        assertThat(trace.getFirst()).containsOnlyKeys("t_ns", "ns").containsEntry("t_ns", 0L);
        assertThat(trace).allMatch(p -> (Long) p.get("ns") > 0);
        // fib(20) boxed is compiled within the trace: each compilation with what it inlined.
        List<Map<String, Object>> inlining = (List<Map<String, Object>>) o.get("inlining");
        assertThat(inlining).isNotEmpty().allSatisfy(c -> assertThat(c)
                .containsOnlyKeys("kind", "method", "tier", "since_start_ns", "calls"));
        assertThat(inlining).anySatisfy(c -> assertThat(c).containsEntry("method", "fwf.workload.Fib::boxed"));
    }

    @Test
    void withoutTheSwitchJsonHasNoTrace() {
        CliTest.Result r = run("run", "fib", "--size", "15", "--warmup", "1", "--iterations", "2", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Json.parseObject(r.out().strip())).doesNotContainKey("warmup_trace").containsKey("alloc_bytes_per_op");
    }

    @Test
    void textSummarisesTheInlining() {
        List<InliningTree.Call> calls = List.of(
                new InliningTree.Call(1, 5, "fwf.workload.Fib::primitive", true, "inline (hot)"),
                new InliningTree.Call(2, 5, "fwf.workload.Fib::primitive", false, "recursive inlining is too deep"));
        InliningTree c1 = new InliningTree("compile", "fwf.workload.Fib::primitive", 3, 1_000_000, calls.subList(0, 1));
        InliningTree c2 = new InliningTree("compile", "fwf.workload.Fib::primitive", 4, 9_000_000, calls);
        InliningTree stub = new InliningTree("compile", "fwf.workload.FibVariants$$Lambda::run", 3, 9_500_000,
                calls.subList(0, 1));
        assertThat(TraceReport.describe(List.of(c1))).isEqualTo("inlining: 1 compilation logged; the last at the"
                + " highest tier, 3, fwf.workload.Fib::primitive, inlined 1 of its 1 call site");
        // A later compilation at a lower tier is not what the steady state runs.
        assertThat(TraceReport.describe(List.of(c1, c2, stub))).isEqualTo("inlining: 3 compilations logged; the last"
                + " at the highest tier, 4, fwf.workload.Fib::primitive, inlined 1 of its 2 call sites");
        assertThat(TraceReport.describe(List.of())).isEqualTo("inlining: no compilation of a kernel method logged");
    }

    @Test
    void textSummarisesTheTrace() {
        WorkerEvent.Trace trace = new WorkerEvent.Trace(0, List.of(0L, 6_030_000L, 6_400_000L),
                List.of(6_027_305L, 345_605L, 16_601L));
        assertThat(TraceReport.describe(trace))
                .isEqualTo("warm-up trace: 3 operations over 6.42 ms: first 6.03 ms, the last 3 a median of 346 us");
    }
}
