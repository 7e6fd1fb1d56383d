package fwf.results;

import fwf.run.Measurement;
import fwf.run.MemoryUse;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Recap's allocation rows: JVM results only, the latest of each run, in bytes per operation. */
class AllocationTableTest {
    private static Measurement run(String id, String workload, String variant, String system, int size, Status status,
                                   MemoryUse memory) {
        RunRequest request = RunRequest.ofNames(workload, variant, system, size, null, new Plan(0, 0, 1), List.of(), null);
        return new Measurement(id, request, status, "1", "1", 0, List.of(), List.of(1L), null, null, null, List.of(), null,
                memory);
    }

    @Test
    void eachJvmRunsLatestResultInBytesPerOperation() {
        List<Measurement> board = List.of(
                run("1", "fib", "primitive", "jvm-c2", 20, Status.OK, new MemoryUse(1_000, 24_000, 0, 0)),
                run("2", "fib", "boxed", "jvm-c2", 20, Status.OK, new MemoryUse(100, 52_550_400, 3, 4_500_000)),
                run("3", "fib", "recursive", "cpython", 20, Status.OK, null),
                run("4", "fib", "dynamic", "jvm-c2", 20, Status.FAILED, new MemoryUse(10, 10, 0, 0)),
                run("5", "fib", "primitive", "jvm-c2", 20, Status.OK, new MemoryUse(2_000, 0, 0, 0)),
                run("6", "mean", "boxed", "jvm-c1", 1_000_000, Status.OK, new MemoryUse(10, 160_000_000, 12, 80_000_000)));
        RecapTable table = AllocationTable.of(board).orElseThrow();
        assertThat(table.header()).containsExactly("run", "allocated per operation", "GCs", "GC time");
        assertThat(table.rows()).containsExactly(
                List.of("fib(20) boxed on Java C2 (tiered)", "526 kB", "3", "4.5 ms"),
                List.of("fib(20) primitive on Java C2 (tiered)", "0.00 B", "0", "0.0 ms"),
                List.of("mean (1,000,000) boxed on Java C1", "16.0 MB", "12", "80.0 ms"));
        assertThat(AllocationTable.of(List.of(board.get(2)))).isEmpty();
    }

    @Test
    void bytesReadAsTheTooltipsDo() {
        assertThat(AllocationTable.bytes(24)).isEqualTo("24.0 B");
        assertThat(AllocationTable.bytes(0.0004)).isEqualTo("0.00 B");
        assertThat(AllocationTable.bytes(1_530)).isEqualTo("1.53 kB");
        assertThat(AllocationTable.bytes(2_500_000)).isEqualTo("2.50 MB");
    }
}
