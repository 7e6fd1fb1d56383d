package fwf.results;

import fwf.json.Json;
import fwf.run.Measurement;
import fwf.run.MemoryUse;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Allocation and GC figures in the journal: written when measured, and older lines still load. */
class MeasurementMemoryTest {
    private static final MemoryUse USE = new MemoryUse(40_000, 42_240_000, 3, 4_000_000);

    @Test
    void figuresAreWrittenLastAndReadBack() {
        Measurement m = Fixtures.full().withOperations(21_891L).withMemory(USE);
        Map<String, Object> json = MeasurementCodec.toJson(m);
        assertThat(List.copyOf(json.keySet())).endsWith("jit", "operations", "memory");
        assertThat(Json.write(json)).contains(
                "\"memory\":{\"operations\":40000,\"alloc_bytes\":42240000,\"gc_count\":3,\"gc_ns\":4000000}");
        Measurement back = MeasurementCodec.fromJson(Json.parseObject(Json.write(json)));
        assertThat(back).isEqualTo(m);
        assertThat(back.memory().bytesPerOperation()).isEqualTo(1056.0);
        assertThat(back.memory().gcMs()).isEqualTo(4.0);
    }

    /** A line written before allocation was measured, or by a friend, has no such field. */
    @Test
    void aLineWithoutFiguresLoadsWithNone() {
        Map<String, Object> old = MeasurementCodec.toJson(Fixtures.full());
        assertThat(old).doesNotContainKey("memory");
        Measurement m = MeasurementCodec.fromJson(Json.parseObject(Json.write(old)));
        assertThat(m.memory()).isNull();
        assertThat(m).isEqualTo(Fixtures.full());
    }

    @Test
    void negativeFiguresAreNotAMeasurement() {
        Map<String, Object> json = new LinkedHashMap<>(MeasurementCodec.toJson(Fixtures.full()));
        json.put("memory", Map.of("operations", 1L, "alloc_bytes", -5L, "gc_count", 0L, "gc_ns", 0L));
        assertThatThrownBy(() -> MeasurementCodec.fromJson(Json.parseObject(Json.write(json))))
                .isInstanceOf(MeasurementCodec.RecordException.class)
                .hasMessage("field 'memory': negative memory figure: 1/-5/0/0");
    }

    @Test
    void describesTheFiguresForTooltipsAndReports() {
        assertThat(new MemoryUse(1_000, 0, 0, 0).describe()).isEqualTo("0.00 B/op allocated, no GC");
        assertThat(USE.describe()).isEqualTo("1056.0 B/op allocated, 3 GCs (4.0 ms)");
        assertThat(new MemoryUse(4, 96, 1, 500_000).describe()).isEqualTo("24.0 B/op allocated, 1 GC (0.5 ms)");
        assertThat(new MemoryUse(0, 0, 0, 0).bytesPerOperation()).isNull();
        assertThat(USE.plus(new MemoryUse(10_000, 0, 1, 1_000_000))).isEqualTo(new MemoryUse(50_000, 42_240_000, 4, 5_000_000));
    }
}
