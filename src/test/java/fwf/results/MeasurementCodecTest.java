package fwf.results;

import fwf.json.Json;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.Stats;
import fwf.run.Status;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasurementCodecTest {

    private static Measurement roundTrip(Measurement m) {
        return MeasurementCodec.fromJson(Json.parseObject(Json.write(MeasurementCodec.toJson(m))));
    }

    @Test
    void everyFixtureSurvivesTheTripThroughText() {
        for (Measurement m : Fixtures.history()) {
            assertThat(roundTrip(m)).isEqualTo(m);
        }
        assertThat(roundTrip(Fixtures.full())).isEqualTo(Fixtures.full());
    }

    @Test
    void theIntervalOfOneSampleIsWrittenAsNullAndReadAsNaN() {
        Measurement single = Fixtures.history().get(3);
        assertThat(single.stats().ci99Ns()).isNaN();
        @SuppressWarnings("unchecked")
        Map<String, Object> stats = (Map<String, Object>) Json.parseObject(Json.write(MeasurementCodec.toJson(single))).get("stats");
        assertThat(stats).containsEntry("ci99_ns", null);
        assertThat(roundTrip(single).stats().ci99Ns()).isNaN();
    }

    @Test
    void fieldsAreSnakeCaseInAFixedOrder() {
        assertThat(MeasurementCodec.toJson(Fixtures.full()).keySet()).containsExactly(
                "schema", "type", "id", "workload", "variant", "system", "size", "graph", "plan", "jvm_flags",
                "timeout_ns", "status", "answer", "expected", "message", "load_ns", "warmup_ns", "samples_ns",
                "stats", "environment", "jit");
        String json = Json.write(MeasurementCodec.toJson(Fixtures.full()));
        assertThat(json)
                .contains("\"graph\":\"data/facebook_combined.txt\"")
                .contains("\"timeout_ns\":90000000000")
                .contains("\"status\":\"ok\"")
                .contains("\"answer\":\"1612010\"")
                .contains("\"time\":\"2025-01-15T10:05:00.123456789Z\"")
                .contains("{\"kind\":\"compile\",\"method\":\"fwf.workload.TriangleVariants::naiveInt\",\"tier\":4,\"since_start_ns\":9800000,\"duration_ns\":4100000}");
    }

    private static void assertRejected(Consumer<Map<String, Object>> damage, String message) {
        Map<String, Object> o = new LinkedHashMap<>(Json.parseObject(Json.write(MeasurementCodec.toJson(Fixtures.full()))));
        damage.accept(o);
        assertThatThrownBy(() -> MeasurementCodec.fromJson(o))
                .isInstanceOf(MeasurementCodec.RecordException.class)
                .hasMessage(message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> o, String name) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) o.get(name));
        o.put(name, copy);
        return copy;
    }

    @Test
    void aDamagedRecordNamesItsFirstBadField() {
        assertRejected(o -> o.remove("id"), "missing field 'id'");
        assertRejected(o -> o.put("size", "forty"), "field 'size' is not an integer");
        assertRejected(o -> o.put("size", 1L << 40), "field 'size' is not a 32-bit integer");
        assertRejected(o -> o.put("status", "great"), "unknown status 'great'");
        assertRejected(o -> o.put("samples_ns", java.util.List.of(1L, "2")), "field 'samples_ns' is not a list of integers");
        assertRejected(o -> nested(o, "plan").put("forks", 0L),
                "a plan needs warmup >= 0, iterations >= 0 and forks >= 1, got 2/3/0");
        assertRejected(o -> nested(o, "stats").remove("median_ns"), "missing field 'stats.median_ns'");
        assertRejected(o -> nested(o, "environment").put("time", "yesterday"),
                "field 'environment.time' is not an ISO-8601 instant: 'yesterday'");
        assertRejected(o -> o.put("jit", java.util.List.of(Map.of("kind", "compile"))), "missing field 'jit[0].method'");
    }

    @Test
    void unknownFieldsAreIgnoredSoLaterVersionsMayAddSome() {
        Map<String, Object> o = new LinkedHashMap<>(MeasurementCodec.toJson(Fixtures.full()));
        o.put("gc_pauses_ns", java.util.List.of(1L, 2L));
        assertThat(MeasurementCodec.fromJson(Json.parseObject(Json.write(o)))).isEqualTo(Fixtures.full());
    }

    @Property(tries = 200)
    void anyTextAndAnyTimesSurviveTheTrip(@ForAll String answer, @ForAll String message, @ForAll String flag,
                                          @ForAll List<@LongRange(min = 0, max = Long.MAX_VALUE) Long> samples) {
        Measurement m = new Measurement("id", Fixtures.request("fib", "naive", "cpython", 40, new Plan(1, 3, 1)),
                Status.WRONG, answer, "102334155", 7, List.of(), samples, samples.isEmpty() ? null : Stats.of(samples),
                Fixtures.env("cpython", "3.11.7", "2025-01-15T10:00:00Z", List.of(flag)), message, List.of());
        assertThat(roundTrip(m)).isEqualTo(m);
    }
}
