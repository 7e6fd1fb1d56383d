package fwf.results;

import fwf.run.Measurement;
import fwf.run.Stats;
import fwf.run.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV export, one row per measurement, for spreadsheets and pandas. RFC 4180: a header
 * row, CRLF line ends, and a field quoted (quotes doubled) when it holds a comma, a quote or a
 * line break. Times are whole nanoseconds; an undefined value (no samples, or the interval of
 * a single sample) is an empty field.
 */
public final class CsvExport {
    public static final List<String> COLUMNS = List.of("id", "time", "workload", "variant", "system", "size",
            "status", "answer", "verified", "n", "min_ns", "median_ns", "mean_ns", "max_ns", "stddev_ns", "ci99_ns",
            "cv", "load_ns", "jvm_flags", "warnings");

    private CsvExport() {
    }

    public static String render(List<Measurement> measurements) {
        StringBuilder out = new StringBuilder(256 * (measurements.size() + 1));
        row(COLUMNS, out);
        for (Measurement m : measurements) {
            row(fields(m), out);
        }
        return out.toString();
    }

    private static List<String> fields(Measurement m) {
        Stats s = m.stats();
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(m.id());
        f.add(m.environment() == null || m.environment().time() == null ? "" : m.environment().time().toString());
        f.add(m.request().workload().name());
        f.add(m.request().variant());
        f.add(m.request().system().name());
        f.add(Integer.toString(m.request().size()));
        f.add(m.status().word());
        f.add(m.answer() == null ? "" : m.answer());
        f.add(verified(m.status()));
        f.add(s == null ? "" : Integer.toString(s.n()));
        f.add(s == null ? "" : Long.toString(s.minNs()));
        f.add(s == null ? "" : Long.toString(s.medianNs()));
        f.add(s == null ? "" : wholeNs(s.meanNs()));
        f.add(s == null ? "" : Long.toString(s.maxNs()));
        f.add(s == null ? "" : wholeNs(s.stddevNs()));
        f.add(s == null ? "" : wholeNs(s.ci99Ns()));
        f.add(s == null || Double.isNaN(s.cv()) ? "" : String.format(Locale.ROOT, "%.4f", s.cv()));
        f.add(Long.toString(m.loadNs()));
        f.add(String.join(" ", jvmFlags(m)));
        f.add(s == null ? "" : String.join("; ", s.warnings()));
        return f;
    }

    /**
     * "true" when the answer was checked and matched, "false" when it was checked and wrong,
     * empty when the run never produced an answer to check (failed, timed out, cancelled).
     * The status already holds the verdict: the runner sets OK only for a matching answer,
     * with the workload's own notion of matching (a float mean agrees within 1e-6).
     */
    private static String verified(Status status) {
        return switch (status) {
            case OK -> "true";
            case WRONG -> "false";
            default -> "";
        };
    }

    /** The flags the run really had: the environment's, else the request's extras. */
    static List<String> jvmFlags(Measurement m) {
        return m.environment() != null ? m.environment().jvmFlags() : m.request().jvmFlags();
    }

    /** Nanoseconds below one are noise; NaN is an empty field. */
    private static String wholeNs(double ns) {
        return Double.isNaN(ns) ? "" : Long.toString(Math.round(ns));
    }

    private static void row(List<String> fields, StringBuilder out) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field(fields.get(i), out);
        }
        out.append("\r\n");
    }

    private static void field(String value, StringBuilder out) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (quote) {
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            out.append(value);
        }
    }
}
