package fwf.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Tick labels for our value axes: times in seconds and speed-up factors. */
final class AxisFormats {
    private AxisFormats() {
    }

    /** Seconds as people read them on an axis: "0", "250 ms", "1.5 s", "20 us". */
    static NumberFormat seconds() {
        return new Formatter(false);
    }

    /** Factors: "1×", "2.5×", "100×". */
    static NumberFormat factor() {
        return new Formatter(true);
    }

    /** "1.50" to "1.5", with at most four significant digits (tick values are round already). */
    static String trimmed(double v) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static String seconds(double s) {
        double a = Math.abs(s);
        if (a == 0) {
            return "0";
        }
        if (a >= 1) {
            return trimmed(s) + " s";
        }
        if (a >= 1e-3) {
            return trimmed(s * 1e3) + " ms";
        }
        if (a >= 1e-6) {
            return trimmed(s * 1e6) + " us";
        }
        return trimmed(s * 1e9) + " ns";
    }

    private static final class Formatter extends NumberFormat {
        private final boolean factor;

        Formatter(boolean factor) {
            this.factor = factor;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return to.append(factor ? trimmed(number) + "×" : seconds(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("axis labels are only written");
        }
    }
}
