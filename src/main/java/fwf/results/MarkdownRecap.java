package fwf.results;

import fwf.bench.Durations;
import fwf.bench.Measurement;
import fwf.bench.Status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The talk's closing table as Markdown: one row per system (and variant, when one system ran
 * several), the median time per workload and size, the speed-up over a baseline per column,
 * and the geometric mean of a row's speed-ups.
 *
 * <p>Rules: the latest OK measurement of a (system, variant, workload, size) gives its time;
 * a cell with no OK measurement but a WRONG, FAILED or TIMEOUT one shows that word in
 * capitals and never a time (a fast wrong answer must not look like a win); cancelled runs
 * are not results and are left out. Rows run from slowest to fastest by their mean speed-up
 * (rows without one last), so the table reads like the talk: from CPython down. The mean of
 * speed-ups is geometric because ratios multiply: an arithmetic mean would let one huge
 * speed-up drown the others.
 */
public final class MarkdownRecap {
    /** The talk's baseline, used when it is present and the caller names none. */
    public static final String DEFAULT_BASELINE = "cpython";

    private MarkdownRecap() {
    }

    /** The recap against cpython when present, else against the slowest row. */
    public static String render(List<Measurement> measurements) {
        return render(measurements, null);
    }

    /**
     * @param baseline a row label ("jvm-c2 (boxed)") or a system name ("cpython"), or null for
     *                 the default
     * @return the table, or "" when there is no result to show
     * @throws IllegalArgumentException when the named baseline has no row, as
     *                                  {@code no results for baseline 'pypy' (rows: cpython, jvm-c2)}
     */
    public static String render(List<Measurement> measurements, String baseline) {
        Grid grid = Grid.of(measurements);
        if (grid.rows.isEmpty()) {
            return "";
        }
        Baseline base = Baseline.resolve(grid, baseline);
        List<RowKey> rows = new ArrayList<>(grid.rows);
        Map<RowKey, Double> means = new HashMap<>();
        if (base != null) {
            rows.forEach(r -> means.put(r, base.meanSpeedup(grid, r)));
            rows.sort(Comparator.comparing(means::get, Comparator.nullsLast(Comparator.naturalOrder())));
        }

        List<String> header = new ArrayList<>();
        header.add("system");
        grid.columns.forEach(c -> header.add(c.label()));
        if (base != null) {
            grid.columns.forEach(c -> header.add(grid.speedupLabel(c) + " × vs " + base.name()));
            header.add("mean ×");
        }
        List<List<String>> body = new ArrayList<>();
        for (RowKey r : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(grid.label(r));
            grid.columns.forEach(c -> cells.add(grid.timeCell(r, c)));
            if (base != null) {
                grid.columns.forEach(c -> cells.add(times(base.speedup(grid, r, c))));
                cells.add(times(means.get(r)));
            }
            body.add(cells);
        }
        return table(header, body);
    }

    /** Three significant figures and a times sign: "1.00×", "42.1×", "123×", "0.0812×". */
    static String times(Double x) {
        if (x == null) {
            return "";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_UP));
        int magnitude = rounded.precision() - rounded.scale() - 1; // floor(log10)
        return rounded.setScale(Math.max(0, 2 - magnitude), RoundingMode.HALF_UP).toPlainString() + "×";
    }

    /** "fib(40)", "triangles (4039 nodes)", "mean (10,000,000 floats)"; size 0 is the default. */
    static String columnLabel(String workload, int size) {
        if (size <= 0) {
            return workload;
        }
        String count = size >= 10_000 ? String.format(java.util.Locale.ROOT, "%,d", size) : Integer.toString(size);
        return switch (workload) {
            case "fib" -> "fib(" + size + ")";
            case "triangles" -> "triangles (" + count + " nodes)";
            case "mean" -> "mean (" + count + " floats)";
            default -> workload + " (" + count + ")";
        };
    }

    /** Pads every column to one width: the text stays a readable table, not only the render. */
    private static String table(List<String> rawHeader, List<List<String>> rawBody) {
        // A "|" in a system or variant name would split a cell; Markdown's escape keeps it whole.
        List<String> header = rawHeader.stream().map(c -> c.replace("|", "\\|")).toList();
        List<List<String>> body = rawBody.stream().map(r -> r.stream().map(c -> c.replace("|", "\\|")).toList()).toList();
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = Math.max(3, header.get(i).length());
            for (List<String> row : body) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(header, width, out);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < width.length; i++) {
            rule.add(i == 0 ? "-".repeat(width[i]) : "-".repeat(width[i] - 1) + ":");
        }
        line(rule, width, out);
        body.forEach(row -> line(row, width, out));
        return out.toString();
    }

    private static void line(List<String> cells, int[] width, StringBuilder out) {
        out.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            out.append(' ').append(i == 0 ? c + pad : pad + c).append(" |");
        }
        out.append('\n');
    }

    private record RowKey(String system, String variant) {
    }

    private record ColKey(String workload, int size) {
        String label() {
            return columnLabel(workload, size);
        }
    }

    private record CellKey(RowKey row, ColKey col) {
    }

    /** The latest OK time, or failure, of every (row, column), and the rows and columns seen. */
    private static final class Grid {
        final Set<RowKey> rows = new LinkedHashSet<>();
        final List<ColKey> columns = new ArrayList<>();
        final Map<CellKey, Long> times = new HashMap<>();
        final Map<CellKey, Status> failures = new HashMap<>();
        private Map<String, Long> variantsPerSystem;
        private Map<String, Long> sizesPerWorkload;

        static Grid of(List<Measurement> measurements) {
            Grid g = new Grid();
            Map<String, TreeSet<Integer>> sizes = new LinkedHashMap<>();
            Set<String> oneVariantPerWorkload = systemsWithOneVariantPerWorkload(measurements);
            for (Measurement m : measurements) {
                if (m.status() == Status.CANCELLED || (m.status() == Status.OK && m.stats() == null)) {
                    continue;
                }
                // The talk's table has a row per system: a system that ran one variant of each
                // workload (fib "primitive", triangles "naive-primitive") is one row, not two.
                String variant = oneVariantPerWorkload.contains(m.request().system()) ? "" : m.request().variant();
                RowKey row = new RowKey(m.request().system(), variant);
                ColKey col = new ColKey(m.request().workload(), m.request().size());
                g.rows.add(row);
                sizes.computeIfAbsent(col.workload(), w -> new TreeSet<>()).add(col.size());
                CellKey cell = new CellKey(row, col);
                if (m.status() == Status.OK) {
                    g.times.put(cell, m.stats().medianNs());
                } else {
                    g.failures.put(cell, m.status());
                }
            }
            sizes.forEach((w, s) -> s.forEach(size -> g.columns.add(new ColKey(w, size))));
            g.variantsPerSystem = g.rows.stream().collect(Collectors.groupingBy(RowKey::system, Collectors.counting()));
            g.sizesPerWorkload = g.columns.stream().collect(Collectors.groupingBy(ColKey::workload, Collectors.counting()));
            return g;
        }

        private static Set<String> systemsWithOneVariantPerWorkload(List<Measurement> measurements) {
            Map<String, Map<String, Set<String>>> variants = new HashMap<>();
            for (Measurement m : measurements) {
                variants.computeIfAbsent(m.request().system(), s -> new HashMap<>())
                        .computeIfAbsent(m.request().workload(), w -> new HashSet<>()).add(m.request().variant());
            }
            Set<String> single = new HashSet<>();
            variants.forEach((system, perWorkload) -> {
                if (perWorkload.values().stream().allMatch(v -> v.size() == 1)) {
                    single.add(system);
                }
            });
            return single;
        }

        Long time(RowKey r, ColKey c) {
            return times.get(new CellKey(r, c));
        }

        String timeCell(RowKey r, ColKey c) {
            Long t = time(r, c);
            if (t != null) {
                return Durations.human(t);
            }
            Status failure = failures.get(new CellKey(r, c));
            return failure == null ? "" : failure.name();
        }

        String label(RowKey r) {
            return r.variant().isEmpty() || variantsPerSystem.get(r.system()) == 1 ? r.system()
                    : r.system() + " (" + r.variant() + ")";
        }

        /** A workload's name, or its column label when it was run at several sizes. */
        String speedupLabel(ColKey c) {
            return sizesPerWorkload.get(c.workload()) > 1 ? c.label() : c.workload();
        }
    }

    /** The rows the speed-ups divide by, and the name the headers give them. */
    private record Baseline(String name, List<RowKey> rows) {

        /** Null when no row has a time, so no speed-up can be computed. */
        static Baseline resolve(Grid grid, String wanted) {
            if (wanted != null) {
                List<RowKey> rows = grid.rows.stream().filter(r -> grid.label(r).equals(wanted)).toList();
                if (rows.isEmpty()) {
                    rows = grid.rows.stream().filter(r -> r.system().equals(wanted)).toList();
                }
                if (rows.isEmpty()) {
                    throw new IllegalArgumentException("no results for baseline '" + wanted + "' (rows: "
                            + grid.rows.stream().map(grid::label).collect(Collectors.joining(", ")) + ")");
                }
                return new Baseline(wanted, rows);
            }
            List<RowKey> cpython = grid.rows.stream().filter(r -> r.system().equals(DEFAULT_BASELINE)).toList();
            if (!cpython.isEmpty()) {
                return new Baseline(DEFAULT_BASELINE, cpython);
            }
            RowKey slowest = slowest(grid);
            return slowest == null ? null : new Baseline(grid.label(slowest), List.of(slowest));
        }

        /**
         * The row that is slowest relative to each column's fastest time, by geometric mean
         * over the columns it has: fair to rows that ran only some workloads. Ties go to the
         * row seen first.
         */
        private static RowKey slowest(Grid grid) {
            RowKey slowest = null;
            double worst = 0;
            for (RowKey r : grid.rows) {
                double logSum = 0;
                int count = 0;
                for (ColKey c : grid.columns) {
                    Long t = grid.time(r, c);
                    if (t != null) {
                        long fastest = grid.rows.stream().map(o -> grid.time(o, c)).filter(x -> x != null)
                                .mapToLong(Long::longValue).min().orElseThrow();
                        logSum += StrictMath.log(Math.max(t, 1) / (double) Math.max(fastest, 1));
                        count++;
                    }
                }
                if (count > 0 && (slowest == null || logSum / count > worst)) {
                    slowest = r;
                    worst = logSum / count;
                }
            }
            return slowest;
        }

        /** The first baseline row with a time in this column. */
        Long time(Grid grid, ColKey c) {
            return rows.stream().map(r -> grid.time(r, c)).filter(t -> t != null).findFirst().orElse(null);
        }

        Double speedup(Grid grid, RowKey r, ColKey c) {
            Long base = time(grid, c);
            Long t = grid.time(r, c);
            return base == null || t == null || t == 0 ? null : base / (double) t;
        }

        Double meanSpeedup(Grid grid, RowKey r) {
            double logSum = 0;
            int count = 0;
            for (ColKey c : grid.columns) {
                Double s = speedup(grid, r, c);
                if (s != null && s > 0) {
                    logSum += StrictMath.log(s);
                    count++;
                }
            }
            return count == 0 ? null : StrictMath.exp(logSum / count);
        }
    }
}
