package fwf.cli;

import fwf.json.Json;
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
    }

    @Test
    void withoutTheSwitchJsonHasNoTrace() {
        CliTest.Result r = run("run", "fib", "--size", "15", "--warmup", "1", "--iterations", "2", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Json.parseObject(r.out().strip())).doesNotContainKey("warmup_trace").containsKey("alloc_bytes_per_op");
    }

    @Test
    void textSummarisesTheTrace() {
        WorkerEvent.Trace trace = new WorkerEvent.Trace(0, List.of(0L, 6_030_000L, 6_400_000L),
                List.of(6_027_305L, 345_605L, 16_601L));
        assertThat(TraceRecorder.describe(trace))
                .isEqualTo("warm-up trace: 3 operations over 6.42 ms: first 6.03 ms, the last 3 a median of 346 us");
    }
}
