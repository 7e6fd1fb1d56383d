package fwf.chart;

import fwf.run.Measurement;
import fwf.run.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fwf.chart.Fixtures.MS;
import static fwf.chart.Fixtures.STYLES;
import static fwf.chart.Fixtures.failed;
import static fwf.chart.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimingTableTest {
    // Medians: 12.3 s, 280 ms, 550 ms; a timeout; a mean run at the default size.
    private final Measurement cpython = ok("fib", "primitive", "cpython", 40, 100 * MS, 12_600 * MS, 12_000 * MS, 12_300 * MS);
    private final Measurement c2 = ok("fib", "primitive", "jvm-c2", 40, 10 * MS, 300 * MS, 270 * MS, 280 * MS);
    private final Measurement boxed = ok("fib", "boxed", "jvm-c2", 0, 12 * MS, 550 * MS, 560 * MS, 540 * MS);
    private final Measurement pypy = failed("fib", "primitive", "pypy", Status.TIMEOUT, "killed after 60 s");
    private final Measurement mean = ok("mean", "vector", "jvm-c2", 0, 5 * MS, 2 * MS, 2_020_000, 1_980_000);

    private List<Bar> bars() {
        return List.of(new Bar.Finished(cpython), new Bar.Finished(c2), new Bar.Finished(boxed),
                new Bar.Finished(pypy), new Bar.Finished(mean));
    }

    private static TimingView view(List<Measurement> results, ChartOptions options) {
        return new TimingView(new TimingDataset(results), options, STYLES);
    }

    @Test
    void rowsAreBarsAndColumnsAreWorkloadGroups() {
        TimingView v = view(List.of(cpython, c2, boxed, pypy, mean), ChartOptions.DEFAULT);
        assertThat(v.getColumnKeys()).containsExactly("fib(40)", "mean (10,000,000)");
        assertThat(v.getRowKeys()).containsExactly(
                new BarKey("fib", 40, null, "cpython", "primitive"),
                new BarKey("fib", 40, null, "jvm-c2", "primitive"),
                new BarKey("fib", 40, null, "jvm-c2", "boxed"),
                new BarKey("fib", 40, null, "pypy", "primitive"),
                new BarKey("mean", 10_000_000, null, "jvm-c2", "vector"));
        // Medians in seconds, in their own group only.
        assertThat(v.getValue(0, 0)).isEqualTo(12.3);
        assertThat(v.getValue(1, 0)).isEqualTo(0.28);
        assertThat(v.getValue(2, 0)).isEqualTo(0.55);
        assertThat(v.getValue(4, 1)).isEqualTo(0.002);
        assertThat(v.getValue(0, 1)).isNull();
        assertThat(v.getValue(4, 0)).isNull();
        assertThat(v.getValue(new BarKey("fib", 40, null, "cpython", "primitive"), "fib(40)")).isEqualTo(12.3);
    }

    @Test
    void aTimeoutIsAMarkerWithItsWordAndNeverATime() {
        TimingView v = view(List.of(cpython, pypy), ChartOptions.DEFAULT);
        assertThat(v.getValue(1, 0)).isNull();
        assertThat(v.table().cells().get(1)).isEqualTo(new Cell.Marked(
                new BarKey("fib", 40, null, "pypy", "primitive"), "PyPy 7.3 · primitive", "TIMEOUT", "killed after 60 s"));
        assertThat(v.table().cells().get(1).label()).isEqualTo("TIMEOUT");
    }

    @Test
    void everyInvalidStatusIsMarkedWithItsWord() {
        for (Status status : List.of(Status.WRONG, Status.TIMEOUT, Status.CANCELLED, Status.FAILED)) {
            // A WRONG run has samples and statistics, and is still not a time.
            Measurement fast = ok("fib", "primitive", "c", 40, 0, MS, MS, MS);
            Measurement wrong = new Measurement(fast.id(), fast.request(), status, "7", "102334155", 0,
                    fast.warmupNs(), fast.samplesNs(), fast.stats(), fast.environment(), "boom", List.of());
            TimingView v = view(List.of(wrong), ChartOptions.DEFAULT);
            assertThat(v.getValue(0, 0)).as(status.name()).isNull();
            assertThat(v.table().cells().getFirst()).isInstanceOfSatisfying(Cell.Marked.class,
                    m -> assertThat(m.word()).isEqualTo(status.name()));
            TimingBarRenderer renderer = new TimingBarRenderer(v, ChartTheme.LIGHT);
            assertThat(renderer.findRangeBounds(v)).as("no axis room for a non-time").isNull();
        }
    }

    @Test
    void aResultWithoutStatisticsIsMarkedNoSamples() {
        Measurement none = new Measurement("x", c2.request(), Status.OK, "1", "1", 0, List.of(), List.of(), null,
                Fixtures.ENV, null, List.of());
        Cell cell = TimingTable.of(List.of(new Bar.Finished(none)), ChartOptions.DEFAULT, STYLES).cells().getFirst();
        assertThat(cell).isInstanceOfSatisfying(Cell.Marked.class, m -> assertThat(m.word()).isEqualTo("NO SAMPLES"));
    }

    @Test
    void namesAlwaysShowTheSystemAndTheVariant() {
        // Issue 14: "C (gcc -O2)" alone on a forward bar read as the naive time.
        TimingTable t = TimingTable.of(bars(), ChartOptions.DEFAULT, STYLES);
        assertThat(t.cells()).extracting(Cell::name).containsExactly("CPython 3.11 · primitive",
                "Java C2 (tiered) · primitive", "Java C2 (tiered) · boxed", "PyPy 7.3 · primitive",
                "Java C2 (tiered) · vector");
        assertThat(t.cells()).extracting(Cell::label).containsExactly("12.3 s", "280 ms", "550 ms", "TIMEOUT", "2.00 ms");
    }

    @Test
    void anUnknownSystemShowsItsOwnName() {
        Measurement mojo = ok("fib", "primitive", "mojo", 40, 0, 90 * MS);
        assertThat(TimingTable.of(List.of(new Bar.Finished(mojo)), ChartOptions.DEFAULT, STYLES).cells().getFirst().name())
                .isEqualTo("mojo · primitive");
    }

    @Test
    void whiskersShowTheQuartilesOrTheRange() {
        // Issue 14: the whisker was the 99% interval of the mean while the bar is the median.
        TimingTable iqr = TimingTable.of(bars(), ChartOptions.DEFAULT, STYLES);
        Cell.Timed t = (Cell.Timed) iqr.cells().getFirst();
        // cpython's runs: 12.0, 12.3, 12.6 s; quartiles interpolated at positions 0.5 and 1.5.
        assertThat(t.low()).isCloseTo(12.15, within(1e-12));
        assertThat(t.high()).isCloseTo(12.45, within(1e-12));

        Cell.Timed range = (Cell.Timed) TimingTable.of(bars(), ChartOptions.DEFAULT.withErrorBars(ChartOptions.ErrorBars.MIN_MAX),
                STYLES).cells().getFirst();
        assertThat(range.low()).isEqualTo(12.0);
        assertThat(range.high()).isEqualTo(12.6);

        Cell.Timed none = (Cell.Timed) TimingTable.of(bars(), ChartOptions.DEFAULT.withErrorBars(ChartOptions.ErrorBars.NONE),
                STYLES).cells().getFirst();
        assertThat(none.hasWhisker()).isFalse();
    }

    @Test
    void quantilesInterpolateBetweenTheRunsAroundThem() {
        assertThat(TimingTable.quantile(List.of(4L, 1L, 3L, 2L), 0.25)).isEqualTo(1.75);
        assertThat(TimingTable.quantile(List.of(4L, 1L, 3L, 2L), 0.75)).isEqualTo(3.25);
        assertThat(TimingTable.quantile(List.of(7L), 0.75)).isEqualTo(7.0);
    }

    @Test
    void oneSampleHasNoInterval() {
        Measurement single = ok("fib", "primitive", "c", 40, 0, 120 * MS);
        for (ChartOptions.ErrorBars bars : ChartOptions.ErrorBars.values()) {
            Cell.Timed t = (Cell.Timed) TimingTable.of(List.of(new Bar.Finished(single)),
                    ChartOptions.DEFAULT.withErrorBars(bars), STYLES).cells().getFirst();
            assertThat(t.hasWhisker()).as(bars.name()).isFalse();
            assertThat(t.length()).isEqualTo(0.12);
        }
    }

    @Test
    void theWhiskerAlwaysHoldsTheBarsEnd() {
        // Three wild runs: the interval of the mean reached below zero and was wider than the bar.
        Measurement wild = ok("fib", "primitive", "c", 40, 0, 1 * MS, 100 * MS, 2 * MS);
        for (ChartOptions options : List.of(ChartOptions.DEFAULT, ChartOptions.DEFAULT.withRelativeTo("c"),
                ChartOptions.DEFAULT.withErrorBars(ChartOptions.ErrorBars.MIN_MAX))) {
            Cell.Timed t = (Cell.Timed) TimingTable.of(List.of(new Bar.Finished(wild)), options, STYLES).cells().getFirst();
            assertThat(t.low()).as(options.toString()).isPositive().isLessThanOrEqualTo(t.length());
            assertThat(t.high()).as(options.toString()).isGreaterThanOrEqualTo(t.length());
        }
    }

    @Test
    void aWideSpreadIsFlaggedOnTheLabelWithTheWhiskersOwnInterval() {
        Measurement noisy = ok("fib", "primitive", "pypy", 40, 0, 4_000 * MS, 5_000 * MS, 4_250 * MS);
        assertThat(noisy.stats().cv()).isGreaterThan(0.10);
        Cell cell = TimingTable.of(List.of(new Bar.Finished(noisy)), ChartOptions.DEFAULT, STYLES).cells().getFirst();
        assertThat(cell.label()).isEqualTo("4.25 s (quartiles 4.13 s to 4.63 s)");
        Cell range = TimingTable.of(List.of(new Bar.Finished(noisy)),
                ChartOptions.DEFAULT.withErrorBars(ChartOptions.ErrorBars.MIN_MAX), STYLES).cells().getFirst();
        assertThat(range.label()).isEqualTo("4.25 s (range 4.00 s to 5.00 s)");
        Cell bare = TimingTable.of(List.of(new Bar.Finished(noisy)),
                ChartOptions.DEFAULT.withErrorBars(ChartOptions.ErrorBars.NONE), STYLES).cells().getFirst();
        assertThat(bare.label()).isEqualTo(String.format(java.util.Locale.ROOT, "4.25 s (±%.0f%%)", noisy.stats().cv() * 100));
    }

    @Test
    void relativeModeDividesTheBaselineMedianByEachMedian() {
        ChartOptions options = ChartOptions.DEFAULT.withRelativeTo("cpython").withErrorBars(ChartOptions.ErrorBars.MIN_MAX);
        TimingView v = view(List.of(cpython, c2, boxed, pypy, mean), options);
        TimingTable t = v.table();
        assertThat(v.getValue(0, 0)).isEqualTo(1.0);
        assertThat(v.getValue(1, 0).doubleValue()).isEqualTo((double) (12_300 * MS) / (280 * MS));
        assertThat(v.getValue(2, 0).doubleValue()).isEqualTo((double) (12_300 * MS) / (550 * MS));
        assertThat(t.cells()).extracting(Cell::label).containsExactly(
                "baseline, 12.3 s", "44× faster", "22× faster", "TIMEOUT", "NO BASELINE");
        assertThat(((Cell.Timed) t.cells().get(0)).baseline()).isTrue();
        assertThat(((Cell.Timed) t.cells().get(1)).baseline()).isFalse();
        // A longer time is a smaller factor: the whisker's ends swap.
        Cell.Timed c2cell = (Cell.Timed) t.cells().get(1);
        assertThat(c2cell.low()).isEqualTo((double) (12_300 * MS) / (300 * MS));
        assertThat(c2cell.high()).isEqualTo((double) (12_300 * MS) / (270 * MS));
        assertThat(v.getValue(4, 1)).isNull();
        assertThat(t.valueLabel()).isEqualTo("× faster than CPython 3.11");
        assertThat(t.notes()).containsExactly("no CPython 3.11 result for mean (10,000,000): nothing to compare with");
    }

    @Test
    void theBaselineIsTheFirstValidResultOfTheSystem() {
        Measurement failedFirst = failed("fib", "boxed", "cpython", Status.FAILED, "crash");
        Measurement slower = ok("fib", "boxed", "cpython", 40, 0, 24_600 * MS);
        ChartOptions options = ChartOptions.DEFAULT.withRelativeTo("cpython");
        TimingTable t = TimingTable.of(List.of(new Bar.Finished(failedFirst), new Bar.Finished(cpython),
                new Bar.Finished(slower)), options, STYLES);
        assertThat(t.cells()).extracting(Cell::label).containsExactly("FAILED", "baseline, 12.3 s", "2.0× slower");
    }

    @Test
    void factorLabelsKeepTwoSignificantFigures() {
        assertThat(TimingTable.factorLabel(1.0)).isEqualTo("1.0× faster");
        assertThat(TimingTable.factorLabel(2.94)).isEqualTo("2.9× faster");
        assertThat(TimingTable.factorLabel(9.94)).isEqualTo("9.9× faster");
        assertThat(TimingTable.factorLabel(9.96)).isEqualTo("10× faster");
        assertThat(TimingTable.factorLabel(43.9)).isEqualTo("44× faster");
        assertThat(TimingTable.factorLabel(102.5)).isEqualTo("103× faster");
        assertThat(TimingTable.factorLabel(0.5)).isEqualTo("2.0× slower");
    }

    @Test
    void arrivalOrderUnlessSortedSlowestFirstThenRunningThenInvalid() {
        TimingDataset data = new TimingDataset(List.of(c2, pypy, cpython, boxed));
        data.putRunning(new BarKey("fib", 40, null, "jvm-c1", "primitive"), 50 * MS);
        TimingTable arrival = TimingTable.of(data.bars(), ChartOptions.DEFAULT, STYLES);
        assertThat(arrival.column(0)).extracting(c -> c.key().system() + "/" + c.key().variant())
                .containsExactly("jvm-c2/primitive", "pypy/primitive", "cpython/primitive", "jvm-c2/boxed", "jvm-c1/primitive");
        TimingTable sorted = TimingTable.of(data.bars(), ChartOptions.DEFAULT.withSortByTime(true), STYLES);
        assertThat(sorted.column(0)).extracting(c -> c.key().system() + "/" + c.key().variant())
                .containsExactly("cpython/primitive", "jvm-c2/boxed", "jvm-c2/primitive", "jvm-c1/primitive", "pypy/primitive");
        assertThat(sorted.slot(0)).isEqualTo(2); // c2 arrived first, is drawn third
        TimingTable relative = TimingTable.of(data.bars(), ChartOptions.DEFAULT.withSortByTime(true).withRelativeTo("cpython"), STYLES);
        assertThat(relative.column(0)).extracting(Cell::label)
                .containsExactly("baseline, 12.3 s", "22× faster", "44× faster", "running 50.0 ms", "TIMEOUT");
    }

    @Test
    void splitBarsStackLoadUnderCompute() {
        TimingTable t = TimingTable.of(bars(), ChartOptions.DEFAULT.withSplitLoad(true), STYLES);
        Cell.Timed c = (Cell.Timed) t.cells().get(1);
        assertThat(c.load()).isEqualTo(0.01);
        assertThat(c.length()).isEqualTo(0.01 + 0.28);
        assertThat(c.label()).isEqualTo("280 ms + 10.0 ms load");
        // c2's runs: 270, 280, 300 ms: the third quartile is 290 ms, on top of the load.
        assertThat(c.high()).isCloseTo(0.01 + 0.29, within(1e-12));
        assertThat(t.valueLabel()).isEqualTo("median time, load + compute");
        // A ratio has no parts: relative mode ignores the split.
        Cell.Timed r = (Cell.Timed) TimingTable.of(bars(), ChartOptions.DEFAULT.withSplitLoad(true).withRelativeTo("cpython"),
                STYLES).cells().get(1);
        assertThat(r.split()).isFalse();
    }

    @Test
    void groupTitlesSpellOutSizesAndInputs() {
        assertThat(new BarKey("fib", 0, null, "c", "primitive").workloadTitle()).isEqualTo("fib(40)");
        assertThat(new BarKey("fib", 35, null, "c", "primitive").workloadTitle()).isEqualTo("fib(35)");
        assertThat(new BarKey("triangles", 4039, null, "c", "naive").workloadTitle()).isEqualTo("triangles (4,039 nodes)");
        assertThat(new BarKey("triangles", 0, "facebook_combined.txt", "c", "naive").workloadTitle())
                .isEqualTo("triangles (facebook_combined.txt)");
        assertThat(new BarKey("triangles", 0, null, "c", "naive").workloadTitle()).isEqualTo("triangles (generated graph)");
        assertThat(new BarKey("mean", 0, null, "c", "loop").workloadTitle()).isEqualTo("mean (10,000,000)");
        assertThat(new BarKey("fib", 0, null, "c", "primitive")).isEqualTo(new BarKey("fib", 40, null, "c", "primitive"));
    }

    @Test
    void theSameKeyAgainReplacesTheBarInPlace() {
        Measurement again = ok("fib", "primitive", "cpython", 40, 0, 11_000 * MS);
        TimingView v = view(List.of(cpython, c2, again), ChartOptions.DEFAULT);
        assertThat(v.getRowCount()).isEqualTo(2);
        assertThat(v.getValue(0, 0)).isEqualTo(11.0);
    }

    @Test
    void maxSlotsIsTheLargestGroup() {
        TimingTable t = TimingTable.of(bars(), ChartOptions.DEFAULT, STYLES);
        assertThat(t.maxSlots()).isEqualTo(4);
        assertThat(t.column(1)).extracting(Cell::name).containsExactly("Java C2 (tiered) · vector");
    }
}
