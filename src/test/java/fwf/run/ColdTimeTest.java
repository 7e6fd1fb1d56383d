package fwf.run;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColdTimeTest {
    private static Measurement run(List<Long> warmup, List<Long> samples) {
        RunRequest r = RunRequest.ofNames("fib", "primitive", "jvm-c2", 30, null, Plan.ADAPTIVE, List.of(), null);
        return new Measurement("x", r, samples.isEmpty() ? Status.FAILED : Status.OK, "832040", "832040", 0, warmup,
                samples, samples.isEmpty() ? null : Stats.of(samples), null, null, List.of());
    }

    @Test
    void theFirstWarmupIterationIsTheColdCall() {
        assertThat(ColdTime.of(run(List.of(900L, 300L), List.of(200L, 210L))).getAsLong()).isEqualTo(900L);
    }

    @Test
    void withoutWarmupTheFirstMeasuredIterationIs() {
        assertThat(ColdTime.of(run(List.of(), List.of(700L, 200L, 210L))).getAsLong()).isEqualTo(700L);
    }

    @Test
    void aRunThatMeasuredNothingHasNone() {
        assertThat(ColdTime.of(run(List.of(), List.of()))).isEmpty();
    }
}
