package fwf.results;

import fwf.run.Measurement;
import fwf.run.MemoryUse;
import fwf.run.Status;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Recap's allocation table: what each JVM run on the board allocated per operation in its
 * measured iterations, and its GCs, so boxed against primitive shows in numbers what escape
 * analysis removes and what it cannot. Friends do not report allocation and have no row; the
 * last result of each run (workload, size, system, variant) stands for it, as on the chart.
 */
public final class AllocationTable {
    static final String CAPTION = "Allocation per operation: heap bytes the JVM runs allocated in their measured"
            + " iterations, over the operations measured, and their garbage collections";
    static final List<String> HEADER = List.of("run", "allocated per operation", "GCs", "GC time");

    private AllocationTable() {
    }

    /** The table, or empty when no verified JVM result on the board reports allocation. */
    public static Optional<RecapTable> of(List<Measurement> results) {
        Map<String, Measurement> last = new LinkedHashMap<>();
        for (Measurement m : results) {
            if (m.status() == Status.OK && m.memory() != null && m.memory().bytesPerOperation() != null) {
                last.remove(key(m));
                last.put(key(m), m); // the latest result of a run, in the order results came
            }
        }
        if (last.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (Measurement m : last.values()) {
            MemoryUse use = m.memory();
            rows.add(List.of(name(m), bytes(use.bytesPerOperation()), Long.toString(use.gcCount()),
                    String.format(Locale.ROOT, "%.1f ms", use.gcMs())));
        }
        return Optional.of(new RecapTable(CAPTION, HEADER, rows, List.of(), false));
    }

    private static String key(Measurement m) {
        return m.request().workload().name() + "\u0000" + m.request().size() + "\u0000" + m.request().system().name() + "\u0000"
                + m.request().variant();
    }

    /** "fib(20) primitive on Java C2 (tiered)", "mean (1,000,000) boxed on Java C2 (tiered)". */
    static String name(Measurement m) {
        Path graph = m.request().graph();
        String what = m.request().workload().naming().bar().of(m.request().size(),
                graph == null || graph.getFileName() == null ? null : graph.getFileName().toString());
        return what + " " + m.request().variant() + " on " + m.request().system().label();
    }

    /** "24.0 B", "0.00 B", "1.53 MB": three significant figures, as the tooltip's B/op. */
    static String bytes(double perOp) {
        if (perOp < 10) {
            return String.format(Locale.ROOT, "%.2f B", perOp);
        }
        if (perOp < 1_000) {
            return String.format(Locale.ROOT, "%.1f B", perOp);
        }
        if (perOp < 1_000_000) {
            return String.format(Locale.ROOT, "%.3g kB", perOp / 1e3);
        }
        return String.format(Locale.ROOT, "%.3g MB", perOp / 1e6);
    }
}
