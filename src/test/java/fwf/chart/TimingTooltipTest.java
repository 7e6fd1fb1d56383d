package fwf.chart;

import fwf.run.Measurement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A bar's tooltip: its time, and the work of one computation with its rate when it was counted. */
class TimingTooltipTest {

    @Test
    void aCountedBarSaysHowMuchWorkAndHowFast() {
        // the naive count of ego-Facebook, median 2.5 s: 11,364,560,356 / 2.5 s = 4.546 G/s
        Measurement m = Fixtures.ok("triangles", "naive", "c", 0, 1000, 2_400_000_000L, 2_500_000_000L, 2_600_000_000L)
                .withOperations(11_364_560_356L);
        Cell.Timed bar = new Cell.Timed(BarKey.of(m.request()), "C, gcc -O2", "2.50 s", m, 2.5, Double.NaN,
                Double.NaN, Double.NaN, false);
        assertThat(TimingChart.tooltip(bar)).isEqualTo("C, gcc -O2: 2.50 s (n = 3); 11.36 G comparisons, 4.546 G/s");
    }

    @Test
    void aBarWithoutACountSaysOnlyItsTime() {
        Measurement m = Fixtures.ok("fib", "primitive", "jvm-c2", 40, 1000, 280_000_000L);
        Cell.Timed bar = new Cell.Timed(BarKey.of(m.request()), "Java C2", "280 ms", m, 0.28, Double.NaN, Double.NaN,
                Double.NaN, false);
        assertThat(TimingChart.tooltip(bar)).isEqualTo("Java C2: 280 ms (n = 1)");
        assertThat(TimingChart.tooltip(new Cell.Timed(bar.key(), "Java C2", "280 ms", m.withOperations(331_160_281L),
                0.28, Double.NaN, Double.NaN, Double.NaN, false)))
                .isEqualTo("Java C2: 280 ms (n = 1); 331.2 M calls, 1.183 G/s");
    }
}
