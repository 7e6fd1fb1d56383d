package fwf.chart;

import fwf.run.Durations;
import fwf.run.Measurement;
import fwf.run.Stats;
import fwf.run.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bars of a timing chart worked out once: which group each goes to, its length, whiskers,
 * label and place. Pure and immutable, so the numbers on a chart can be tested without drawing
 * it; {@link TimingView} serves it to JFreeChart.
 *
 * <p>Rows are the bar keys in arrival order and columns the workload groups ("fib(40)") in
 * order of first appearance. Each row belongs to exactly one column; within a column the bars
 * are placed in {@link #column(int)} order.
 *
 * @param rows       every bar's key
 * @param columns    every group's title
 * @param cells      one per row, same order
 * @param slots      per column, the row indices in the order they are drawn
 * @param valueLabel what the value axis measures: "median time", "× faster than CPython"
 * @param notes      sentences for under the title (a group with no baseline...)
 */
public record TimingTable(List<BarKey> rows, List<String> columns, List<Cell> cells, List<List<Integer>> slots,
                          String valueLabel, List<String> notes) {
    private static final double NS_PER_S = 1e9;

    public TimingTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
        slots = slots.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }

    public static TimingTable of(List<Bar> bars, ChartOptions options, SystemStyles styles) {
        return new Builder(bars, options, styles).build();
    }

    /** The cell at (row, column), or null when the row's bar is in another group. */
    public Cell cell(int row, int column) {
        return columnOf(row) == column ? cells.get(row) : null;
    }

    public int columnOf(int row) {
        return columns.indexOf(rows.get(row).workloadTitle());
    }

    /** The cells of a group in drawing order (top to bottom). */
    public List<Cell> column(int column) {
        return slots.get(column).stream().map(cells::get).toList();
    }

    /** Where a row is drawn within its group: 0 for the first bar. */
    public int slot(int row) {
        return slots.get(columnOf(row)).indexOf(row);
    }

    /** The most bars in any group: every group gets that many places, so bars are equally thick. */
    public int maxSlots() {
        return slots.stream().mapToInt(List::size).max().orElse(0);
    }

    /** "36× faster", "2.2× slower": two significant figures, enough to read across a room. */
    static String factorLabel(double factor) {
        double f = factor >= 1 ? factor : 1 / factor;
        return twoFigures(f) + "× " + (factor >= 1 ? "faster" : "slower");
    }

    /** A speed-up as the axis reads it, "2.9×" (below 1 for slower). */
    static String factorNumber(double factor) {
        return (factor >= 1 ? twoFigures(factor) : String.format(Locale.ROOT, "%.2f", factor)) + "×";
    }

    private static String twoFigures(double f) {
        return f >= 9.95 ? String.format(Locale.ROOT, "%.0f", f) : String.format(Locale.ROOT, "%.1f", f);
    }

    private static final class Builder {
        private final List<Bar> bars;
        private final ChartOptions options;
        private final SystemStyles styles;

        Builder(List<Bar> bars, ChartOptions options, SystemStyles styles) {
            this.bars = bars;
            this.options = options;
            this.styles = styles;
        }

        TimingTable build() {
            List<BarKey> rows = bars.stream().map(Bar::key).toList();
            List<String> columns = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(BarKey::workloadTitle).toList()));
            Map<String, Measurement> baselines = baselines();
            List<String> notes = new ArrayList<>();
            if (options.relative()) {
                for (String column : columns) {
                    if (!baselines.containsKey(column)) {
                        notes.add("no " + styles.label(options.relativeTo()) + " result for " + column
                                + ": nothing to compare with");
                    }
                }
            }
            List<Cell> cells = new ArrayList<>();
            for (Bar bar : bars) {
                BarKey key = bar.key();
                // Always the variant: "C (gcc -O2)" alone on a forward bar reads as the naive time.
                String name = styles.label(key.system()) + " · " + key.variant();
                cells.add(cell(bar, name, baselines.get(key.workloadTitle())));
            }
            List<List<Integer>> slots = new ArrayList<>();
            for (String column : columns) {
                List<Integer> inColumn = new ArrayList<>();
                for (int row = 0; row < rows.size(); row++) {
                    if (rows.get(row).workloadTitle().equals(column)) {
                        inColumn.add(row);
                    }
                }
                if (options.sortByTime()) {
                    inColumn.sort(drawingOrder(cells));
                }
                slots.add(inColumn);
            }
            return new TimingTable(rows, columns, cells, slots, valueLabel(), notes);
        }

        /** Per group, the first valid result of the baseline system (arrival order decides). */
        private Map<String, Measurement> baselines() {
            Map<String, Measurement> found = new HashMap<>();
            if (!options.relative()) {
                return found;
            }
            for (Bar bar : bars) {
                if (bar instanceof Bar.Finished(Measurement m) && valid(m)
                        && m.request().system().name().equals(options.relativeTo())) {
                    found.putIfAbsent(bar.key().workloadTitle(), m);
                }
            }
            return found;
        }

        /**
         * Slowest first (the ladder reads down to the fastest), then runs still going, then bars
         * that are not times. Ties keep arrival order (the sort is stable).
         */
        private Comparator<Integer> drawingOrder(List<Cell> cells) {
            return Comparator.<Integer>comparingInt(row -> rank(cells.get(row)))
                    .thenComparingDouble(row -> cells.get(row) instanceof Cell.Timed t
                            ? (options.relative() ? t.length() : -t.length()) : 0);
        }

        private static int rank(Cell cell) {
            return switch (cell) {
                case Cell.Timed t -> 0;
                case Cell.Running r -> 1;
                case Cell.Marked m -> 2;
            };
        }

        private String valueLabel() {
            if (options.relative()) {
                return "× faster than " + styles.label(options.relativeTo());
            }
            return options.splitLoad() ? "median time, load + compute" : "median time";
        }


        private static boolean valid(Measurement m) {
            return m.status() == Status.OK && m.stats() != null;
        }

        private Cell cell(Bar bar, String name, Measurement baseline) {
            return switch (bar) {
                case Bar.Running r -> new Cell.Running(r.key(), name, "running " + Durations.human(r.elapsedNs()),
                        r.elapsedNs(), options.relative() ? null : r.elapsedNs() / NS_PER_S);
                case Bar.Finished(Measurement m) when m.status() != Status.OK ->
                        new Cell.Marked(bar.key(), name, m.status().name(), m.message());
                case Bar.Finished(Measurement m) when m.stats() == null ->
                        new Cell.Marked(bar.key(), name, "NO SAMPLES", "the run ended without a measured iteration");
                case Bar.Finished(Measurement m) when options.relative() -> relative(bar.key(), name, m, baseline);
                case Bar.Finished(Measurement m) -> absolute(bar.key(), name, m);
            };
        }

        private Cell absolute(BarKey key, String name, Measurement m) {
            Stats s = m.stats();
            double offset = options.splitLoad() ? m.loadNs() / NS_PER_S : 0;
            double[] whisker = whiskerNs(s, m.samplesNs());
            String label = Durations.human(s.medianNs())
                    + (options.splitLoad() ? " + " + Durations.human(m.loadNs()) + " load" : "")
                    + spread(s, whisker, ns -> Durations.human(Math.round(ns)));
            return new Cell.Timed(key, name, label, m, offset + s.medianNs() / NS_PER_S,
                    offset + whisker[0] / NS_PER_S, offset + whisker[1] / NS_PER_S,
                    options.splitLoad() ? offset : Double.NaN, false);
        }

        private Cell relative(BarKey key, String name, Measurement m, Measurement baseline) {
            if (baseline == null) {
                return new Cell.Marked(key, name, "NO BASELINE",
                        "no " + styles.label(options.relativeTo()) + " result in this group to compare with");
            }
            double base = baseline.stats().medianNs();
            Stats s = m.stats();
            double[] whisker = whiskerNs(s, m.samplesNs());
            // A longer time is a smaller factor, so the whisker's ends swap.
            boolean isBaseline = m == baseline;
            String label = (isBaseline ? "baseline, " + Durations.human(s.medianNs())
                    : factorLabel(base / s.medianNs()))
                    + spread(s, new double[] {whisker[1], whisker[0]}, ns -> factorNumber(base / ns));
            return new Cell.Timed(key, name, label, m, base / s.medianNs(), base / whisker[1], base / whisker[0],
                    Double.NaN, isBaseline);
        }

        /**
         * The whisker's ends in ns, or NaN when there is none (one sample has no interval); the
         * samples of the measurement, so quartiles come from the very runs the median does.
         */
        private double[] whiskerNs(Stats s, List<Long> samplesNs) {
            return switch (options.errorBars()) {
                case NONE -> new double[] {Double.NaN, Double.NaN};
                case MIN_MAX -> s.n() < 2 ? new double[] {Double.NaN, Double.NaN} : new double[] {s.minNs(), s.maxNs()};
                case IQR -> samplesNs.size() < 2 ? new double[] {Double.NaN, Double.NaN}
                        : new double[] {quantile(samplesNs, 0.25), quantile(samplesNs, 0.75)};
            };
        }

        /**
         * Flags a spread too wide to trust (the same threshold as the statistics' warning) with
         * exactly the interval the whisker draws, so label and whisker never disagree; without
         * whiskers, the relative standard deviation.
         */
        private String spread(Stats s, double[] whiskerNs, java.util.function.DoubleFunction<String> format) {
            if (s.cv() <= Stats.WIDE_CV) {
                return "";
            }
            if (Double.isNaN(whiskerNs[0])) {
                return String.format(Locale.ROOT, " (±%.0f%%)", s.cv() * 100);
            }
            String what = options.errorBars() == ChartOptions.ErrorBars.IQR ? "quartiles " : "range ";
            return " (" + what + format.apply(whiskerNs[0]) + " to " + format.apply(whiskerNs[1]) + ")";
        }
    }

    /**
     * The {@code q} quantile of the samples, linearly interpolated between the order statistics
     * around it (R's and NumPy's default), so the quartiles of 1, 2, 3, 4 are 1.75 and 3.25.
     */
    public static double quantile(List<Long> samplesNs, double q) {
        long[] sorted = samplesNs.stream().mapToLong(Long::longValue).sorted().toArray();
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
