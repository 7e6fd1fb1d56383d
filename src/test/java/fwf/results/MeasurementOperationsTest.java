package fwf.results;

import fwf.json.Json;
import fwf.run.Measurement;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The count of operations in the journal: written when there is one, and old lines still load. */
class MeasurementOperationsTest {

    @Test
    void aCountIsWrittenLastAndReadBack() {
        Measurement counted = Fixtures.full().withOperations(11_364_560_356L);
        Map<String, Object> json = MeasurementCodec.toJson(counted);
        assertThat(List.copyOf(json.keySet())).endsWith("jit", "operations");
        assertThat(json).containsEntry("operations", 11_364_560_356L);
        Measurement back = MeasurementCodec.fromJson(Json.parseObject(Json.write(json)));
        assertThat(back).isEqualTo(counted);
        assertThat(back.operations()).isEqualTo(11_364_560_356L);
    }

    /** A line written before counts existed has no such field; it loads with none. */
    @Test
    void aLineWithoutACountLoadsWithNone() {
        Map<String, Object> old = MeasurementCodec.toJson(Fixtures.full());
        assertThat(old).doesNotContainKey("operations");
        Measurement m = MeasurementCodec.fromJson(Json.parseObject(Json.write(old)));
        assertThat(m.operations()).isNull();
        assertThat(m.operationsPerSecond()).isNull();
        assertThat(m).isEqualTo(Fixtures.full());
    }

    @Test
    void aNegativeCountIsNotAMeasurement() {
        Map<String, Object> json = new LinkedHashMap<>(MeasurementCodec.toJson(Fixtures.full()));
        json.put("operations", -1L);
        assertThatThrownBy(() -> MeasurementCodec.fromJson(Json.parseObject(Json.write(json))))
                .isInstanceOf(MeasurementCodec.RecordException.class).hasMessage("field 'operations' is negative");
    }

    /** Operations per second are the count over the median time in seconds. */
    @Test
    void operationsPerSecondUseTheMedian() {
        Measurement m = Fixtures.full();
        long median = m.stats().medianNs();
        assertThat(m.withOperations(1_000L).operationsPerSecond()).isEqualTo(1_000 / (median / 1e9));
        assertThat(Fixtures.history().stream().filter(h -> h.stats() == null).findFirst().orElseThrow()
                .withOperations(5L).operationsPerSecond()).isNull();
    }
}
