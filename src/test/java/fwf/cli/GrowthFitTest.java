package fwf.cli;

import fwf.run.Environment;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Stats;
import fwf.run.Status;
import fwf.workload.Catalogue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GrowthFitTest {
    private static final Environment ENV = new Environment("jvm-c2", "25", "25", List.of(), "Test CPU", 2, "Linux",
            Instant.parse("2026-12-05T10:00:00Z"), "0.1.0");

    @Test
    void theSweepPrintsOneGrowthLinePerSystemAndVariantAgainstEdges() {
        SweepCommand.Scale scale = new SweepCommand.Scale("edges",
                Map.of(100, 1_000.0, 200, 8_000.0, 400, 64_000.0));
        List<SweepCommand.Row> rows = List.of(
                row("forward", 100, 1_000_000L), row("forward", 200, 4_000_000L), row("forward", 400, 16_000_000L),
                row("parallel", 100, 1_000_000L), row("parallel", 200, 8_000_000L),
                row("hashset", 100, 1_000_000L));
        assertThat(SweepCommand.fits(rows, Catalogue.TRIANGLES, scale)).isEqualTo(
                "growth jvm-c2       forward          time ~ edges^0.67 (least squares over 3 sizes)\n"
                        + "growth jvm-c2       parallel         time ~ edges^1.00 (least squares over 2 sizes)\n");
    }

    private static SweepCommand.Row row(String variant, int size, long ns) {
        RunRequest r = RunRequest.ofNames("triangles", variant, "jvm-c2", size, null, new Plan(1, 1, 1), List.of(), null);
        Measurement m = new Measurement(variant + size, r, Status.OK, "1", "1", 0, List.of(), List.of(ns),
                Stats.of(List.of(ns)), ENV, null, List.of());
        return new SweepCommand.Row("jvm-c2", variant, size, m);
    }
}
