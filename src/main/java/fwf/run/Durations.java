package fwf.run;

import java.math.BigDecimal;

/**
 * Formats a duration for people: "95 ns", "812 us", "28.1 ms", "1.23 s", "2 min 3 s",
 * "1 h 5 min". Shared by the command line, the window and the exports so the same time never
 * reads two ways.
 */
public final class Durations {
    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final long MIN = 60 * S;

    private Durations() {
    }

    /**
     * Three significant figures below a minute (trailing zeros kept, so "1.00 s" says its
     * precision); whole seconds from a minute on, whole minutes from an hour on. The value is
     * rounded before the unit is chosen, so 999.7 us reads "1.00 ms", not "1000 us".
     */
    public static String human(long ns) {
        if (ns < 0) {
            return ns == Long.MIN_VALUE ? "-" + human(Long.MAX_VALUE) : "-" + human(-ns);
        }
        long rounded = roundToSignificant(ns, 3);
        if (rounded >= MIN) {
            long seconds = Math.round(ns / (double) S);
            if (seconds < 3600) {
                return seconds / 60 + " min " + seconds % 60 + " s";
            }
            long minutes = Math.round(ns / (double) MIN);
            return minutes / 60 + " h " + minutes % 60 + " min";
        }
        if (rounded < US) {
            return rounded + " ns";
        }
        long unit = rounded < MS ? US : rounded < S ? MS : S;
        String name = unit == US ? "us" : unit == MS ? "ms" : "s";
        BigDecimal value = BigDecimal.valueOf(rounded).divide(BigDecimal.valueOf(unit));
        int integerDigits = Long.toString(rounded / unit).length();
        return value.setScale(Math.max(0, 3 - integerDigits)).toPlainString() + " " + name;
    }

    /** Rounds half up to {@code digits} significant decimal digits. */
    private static long roundToSignificant(long v, int digits) {
        int length = Long.toString(v).length();
        if (length <= digits) {
            return v;
        }
        long factor = 1;
        for (int i = digits; i < length; i++) {
            factor *= 10;
        }
        long q = v / factor;
        if (v % factor >= factor / 2) {
            q++;
        }
        return q > Long.MAX_VALUE / factor ? Long.MAX_VALUE : q * factor;
    }
}
