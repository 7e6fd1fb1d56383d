package fwf.app;

import fwf.chart.BarKey;
import fwf.chart.SystemStyles;
import fwf.run.Durations;
import fwf.run.Measurement;
import fwf.run.RunRequest;

import java.util.Locale;

/**
 * The sentences the status bar says about a run, in one place so the window and its tests
 * agree on them.
 */
final class Outcomes {
    private static final SystemStyles STYLES = SystemStyles.standard();

    private Outcomes() {
    }

    /** "fib(25) primitive on Java C2 (tiered)". */
    static String what(RunRequest r) {
        return BarKey.of(r).workloadTitle() + " " + r.variant() + " on " + STYLES.label(r.system().name());
    }

    /**
     * "fib(25) primitive on Java C2 (tiered): 75025 verified, median 281 us (n = 30)", or the
     * failure in capitals with its reason: a wrong answer must read as a failure.
     */
    static String finished(Measurement m) {
        String what = what(m.request());
        return switch (m.status()) {
            case OK -> what + ": " + m.answer() + " verified, median "
                    + (m.stats() == null ? "?" : Durations.human(m.stats().medianNs()) + " (n = " + m.stats().n() + ")")
                    + (m.stats() == null || m.stats().warnings().isEmpty() ? "" : "; " + m.stats().warnings().getFirst());
            case WRONG -> what + ": WRONG answer " + m.answer() + ", expected " + m.expected();
            case CANCELLED -> what + ": cancelled";
            case TIMEOUT, FAILED -> what + ": " + m.status().name() + reason(m.message());
        };
    }

    /** "Running fib(45) primitive on Java -Xint: warm-up 1, 2 queued". */
    static String running(RunProgress p) {
        String queued = p.queued() > 0 ? ", " + p.queued() + " queued" : "";
        String last = p.lastNs() > 0 ? ", last " + Durations.human(p.lastNs()) : "";
        return "Running " + what(p.request()) + ": " + p.iterationText() + last + queued;
    }

    /** Elapsed time to a tenth of a second: the label changes ten times a second, not sixty. */
    static String elapsed(long ns) {
        long tenths = ns / 100_000_000L;
        return String.format(Locale.ROOT, "%d.%d s", tenths / 10, tenths % 10);
    }

    /** The first line of a failure message (the worker's stderr tail follows it in the journal). */
    private static String reason(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return ": " + (first.length() > 160 ? first.substring(0, 157) + "..." : first);
    }
}
