package fwf.chart;

import fwf.run.Measurement;

/**
 * One bar as the chart draws it, worked out from a {@link Bar} and the {@link ChartOptions}.
 * Values are in seconds, or a speed-up factor in relative mode.
 */
public sealed interface Cell {
    BarKey key();

    /** The bar's name beside it: "Java C2 (tiered)", or "Java C2 (tiered) · boxed" when needed. */
    String name();

    /** The text at the end of the bar: "282 ms", "36× faster", "running 3.20 s", "TIMEOUT". */
    String label();

    /** The length of the bar, or null when nothing may be drawn as a time. */
    Double value();

    /**
     * A valid result.
     *
     * @param length   seconds (load + compute when split) or "× faster" factor
     * @param low      lower end of the whisker, NaN for none
     * @param high     upper end of the whisker, NaN for none
     * @param load     where the load part of a split bar ends, NaN when not split
     * @param baseline this is the bar the others are compared with
     */
    record Timed(BarKey key, String name, String label, Measurement measurement, double length,
                 double low, double high, double load, boolean baseline) implements Cell {
        @Override
        public Double value() {
            return length;
        }

        public boolean hasWhisker() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }

        public boolean split() {
            return !Double.isNaN(load);
        }
    }

    /**
     * A run still going. It grows as a hatched bar in absolute mode; in relative mode it is only
     * a marker (a ratio to a time that is not known yet means nothing).
     */
    record Running(BarKey key, String name, String label, long elapsedNs, Double value) implements Cell {
    }

    /**
     * A bar that is not a time: a wrong answer, a failure, a timeout, a cancelled run, or a
     * result with no baseline to compare with. Drawn as a marker with {@code word}, never as a
     * bar.
     *
     * @param word   upper-case status word: WRONG, TIMEOUT, FAILED, CANCELLED, NO SAMPLES, NO BASELINE
     * @param reason the message for a tooltip, may be null
     */
    record Marked(BarKey key, String name, String word, String reason) implements Cell {
        @Override
        public String label() {
            return word;
        }

        @Override
        public Double value() {
            return null;
        }
    }
}
