package fwf.chart;

import java.util.Objects;

/**
 * How a timing chart is drawn. Immutable: the window builds a new chart when an option changes,
 * because log scale and relative mode change the value axis itself, not just its numbers.
 *
 * @param logScale     a logarithmic value axis (needed when 10 ms and 12 s share a chart)
 * @param relativeTo   a system name ({@code cpython}): bars become "× faster than" that system's
 *                     median in the same workload; null for absolute times
 * @param errorBars    what the whiskers show
 * @param sortByTime   within each workload, slowest first, so the ladder reads down to the
 *                     fastest; otherwise bars keep the order their results arrived in
 * @param splitLoad    draw load + compute as one stacked bar (ignored in relative mode, where a
 *                     bar is a ratio of compute times and has no parts)
 * @param title        the chart's title; null for an automatic one
 * @param highContrast the large "presenter" theme instead of the light one
 * @param workload     the board: only this workload's bars (a workload name), or null for all
 */
public record ChartOptions(boolean logScale, String relativeTo, ErrorBars errorBars, boolean sortByTime,
                           boolean splitLoad, String title, boolean highContrast, String workload) {

    /** What the whiskers on a bar show. */
    public enum ErrorBars {
        /**
         * The middle half of the measured runs, first to third quartile: it always holds the
         * median the bar shows (a confidence interval of the mean did not, and with three runs
         * it was wider than the bar).
         */
        IQR,
        /** The fastest and slowest measured iteration. */
        MIN_MAX,
        /** No whiskers. */
        NONE
    }

    /** Absolute times, linear axis, quartile whiskers, arrival order, compute only, light theme. */
    public static final ChartOptions DEFAULT = new ChartOptions(false, null, ErrorBars.IQR, false, false, null, false,
            null);

    /** Every workload's bars on one chart. */
    public ChartOptions(boolean logScale, String relativeTo, ErrorBars errorBars, boolean sortByTime,
                        boolean splitLoad, String title, boolean highContrast) {
        this(logScale, relativeTo, errorBars, sortByTime, splitLoad, title, highContrast, null);
    }

    public ChartOptions {
        Objects.requireNonNull(errorBars, "errorBars");
        if (relativeTo != null && relativeTo.isBlank()) {
            relativeTo = null;
        }
    }

    /** Only this workload's bars; null for every workload. */
    public ChartOptions withWorkload(String name) {
        return new ChartOptions(logScale, relativeTo, errorBars, sortByTime, splitLoad, title, highContrast, name);
    }

    /** True when a bar of {@code key} belongs on this chart. */
    public boolean shows(BarKey key) {
        return workload == null || workload.equals(key.workload());
    }

    public boolean relative() {
        return relativeTo != null;
    }

    public ChartOptions withLogScale(boolean on) {
        return new ChartOptions(on, relativeTo, errorBars, sortByTime, splitLoad, title, highContrast, workload);
    }

    public ChartOptions withRelativeTo(String system) {
        return new ChartOptions(logScale, system, errorBars, sortByTime, splitLoad, title, highContrast, workload);
    }

    public ChartOptions withErrorBars(ErrorBars bars) {
        return new ChartOptions(logScale, relativeTo, bars, sortByTime, splitLoad, title, highContrast, workload);
    }

    public ChartOptions withSortByTime(boolean on) {
        return new ChartOptions(logScale, relativeTo, errorBars, on, splitLoad, title, highContrast, workload);
    }

    public ChartOptions withSplitLoad(boolean on) {
        return new ChartOptions(logScale, relativeTo, errorBars, sortByTime, on, title, highContrast, workload);
    }

    public ChartOptions withTitle(String text) {
        return new ChartOptions(logScale, relativeTo, errorBars, sortByTime, splitLoad, text, highContrast, workload);
    }

    public ChartOptions withHighContrast(boolean on) {
        return new ChartOptions(logScale, relativeTo, errorBars, sortByTime, splitLoad, title, on, workload);
    }
}
