package fwf.results;

import fwf.friends.Family;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.run.ColdTime;
import fwf.run.Durations;
import fwf.run.Measurement;
import fwf.run.Status;
import fwf.workload.Catalogue;
import fwf.workload.Workload;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The talk's closing table, measured here, with the talk's own figures beside it.
 *
 * <p>The measured table has one row per system, named as the charts name it, and the talk's
 * columns: the time of fib and of the naive triangle count, each relative to the baseline's time
 * (time over the baseline's time, as the talk: smaller is faster and the baseline reads 1.00),
 * and the relative mean, the arithmetic mean of the two relatives as the talk took it. A second
 * table gives the talk's mean (draw-mean, five rounds) per system, and a third the talk's own
 * figures, relative to its python 3.10.
 *
 * <p>Rules:
 * <ul>
 *   <li>Sizes: each workload's column is the talk's size (fib(40); triangles on all 4,039 nodes
 *       of facebook_combined.txt; mean of 10,000,000 values) when any result has it, else the
 *       largest size there is (a quick recap's fib(30)); the caption and header say which.</li>
 *   <li>Variants: each system shows its talk variant ({@link SystemSpec#talkVariant}); a system
 *       that did not run it at that size shows the variant of its latest result there instead,
 *       marked with a dagger and named in a note below the table.</li>
 *   <li>Cells: the latest OK measurement gives the time; a cell with no OK measurement but a
 *       WRONG, FAILED or TIMEOUT one shows that word in capitals and never a time (a fast wrong
 *       answer must not look like a win); cancelled runs are not results and are left out.</li>
 *   <li>Timing: cold ({@link ColdTime}: the first call in a fresh process, as the talk) or warm
 *       (the median of the measured iterations); the captions say which.</li>
 *   <li>Rows: the talk's systems in the talk's order (CPython, PyPy, Cython, mypyc, PyO3,
 *       Mojo), then the other Python friends (Numba), then the others in the order of
 *       {@link Systems#all()}, then unknown names.</li>
 *   <li>Baseline: the system the user names (by name or label; an error when it has no row),
 *       else CPython when it has a row, else the first row.</li>
 * </ul>
 */
public final class MarkdownRecap {
    /** The talk's baseline, used when it is present and the caller names none. */
    public static final String DEFAULT_BASELINE = Systems.BASELINE.name();
    static final String MARK = "†";
    private static final List<String> TALK_ORDER = Systems.talkTable().stream().map(SystemSpec::name).toList();
    private static final Key TALK_FIB = new Key(40, null);
    private static final Key TALK_TRIANGLES = new Key(4039, "facebook_combined.txt");
    private static final Key TALK_MEAN = new Key(10_000_000, null);

    private MarkdownRecap() {
    }

    /** The recap against CPython (else the first row), cold as the talk, as Markdown; "" when there is no result. */
    public static String render(List<Measurement> measurements) {
        return render(measurements, null, RecapTiming.COLD);
    }

    /** @see #recap */
    public static String render(List<Measurement> measurements, String baseline) {
        return render(measurements, baseline, RecapTiming.COLD);
    }

    /** @see #recap */
    public static String render(List<Measurement> measurements, String baseline, RecapTiming timing) {
        return recap(measurements, baseline, timing).markdown();
    }

    /**
     * @param baseline a system's name ("cpython") or label ("CPython"), or null for the default
     * @throws IllegalArgumentException when the named baseline has no row, as
     *                                  {@code no results for baseline 'pypy' (rows: cpython, jvm-c2)}
     */
    public static Recap recap(List<Measurement> measurements, String baseline, RecapTiming timing) {
        List<Measurement> results = measurements.stream().filter(MarkdownRecap::isResult).toList();
        Column fib = Column.of(results, Catalogue.FIB, TALK_FIB);
        Column triangles = Column.of(results, Catalogue.TRIANGLES, TALK_TRIANGLES);
        Column mean = Column.of(results, Catalogue.MEAN, TALK_MEAN);
        List<String> mainRows = ordered(fib.systems(), triangles.systems());
        List<String> meanRows = ordered(mean.systems(), Set.of());
        List<String> all = ordered(new LinkedHashSet<>(mainRows), new LinkedHashSet<>(meanRows));
        if (all.isEmpty()) {
            return new Recap(List.of(), List.of(), null);
        }
        String base = baseline(baseline, all);
        List<RecapTable> tables = new ArrayList<>();
        if (!mainRows.isEmpty()) {
            tables.add(mainTable(mainRows, fib, triangles, base, timing));
        }
        if (!meanRows.isEmpty()) {
            tables.add(meanTable(meanRows, mean, base, timing));
        }
        workTable(mainRows, fib, triangles).ifPresent(tables::add);
        tables.add(TalkFigures.table());
        return new Recap(tables, all, base);
    }

    private static RecapTable mainTable(List<String> rows, Column fib, Column triangles, String base, RecapTiming timing) {
        List<List<String>> body = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Long baseFib = fib.time(base, timing);
        Long baseTriangles = triangles.time(base, timing);
        for (String system : rows) {
            Cell f = fib.cell(system);
            Cell t = triangles.cell(system);
            Double relFib = ratio(fib.time(system, timing), baseFib);
            Double relTriangles = ratio(triangles.time(system, timing), baseTriangles);
            String note = note(system, f, t);
            if (!note.isEmpty()) {
                notes.add(note);
            }
            body.add(List.of(label(system) + (note.isEmpty() ? "" : " " + MARK), text(f, timing), text(t, timing),
                    relative(relFib), relative(relTriangles),
                    relative(relFib == null || relTriangles == null ? null : (relFib + relTriangles) / 2)));
        }
        List<String> sizes = new ArrayList<>();
        fib.describe().ifPresent(sizes::add);
        triangles.describe().ifPresent(d -> sizes.add("the naive triangle count on " + d));
        String caption = "The talk's table, measured here (" + String.join(" and ", sizes) + "); " + timing.meaning()
                + "; relative: time over " + label(base) + "'s (smaller is faster), relative mean: the mean of the two.";
        return new RecapTable(caption, List.of("system", "time " + fib.title(), "time " + triangles.title(),
                "relative fib", "relative triangles", "relative mean"), body, notes, false);
    }

    private static RecapTable meanTable(List<String> rows, Column mean, String base, RecapTiming timing) {
        List<List<String>> body = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Long baseTime = mean.time(base, timing);
        for (String system : rows) {
            Cell c = mean.cell(system);
            String note = note(system, c);
            if (!note.isEmpty()) {
                notes.add(note);
            }
            body.add(List.of(label(system) + (note.isEmpty() ? "" : " " + MARK), c.variant(), text(c, timing),
                    relative(ratio(mean.time(system, timing), baseTime)),
                    c.ok() == null ? "" : Integer.toString(c.ok().samplesNs().size())));
        }
        String caption = "Mean of " + mean.describe().orElseThrow() + " (draw-mean, five rounds, all timed); "
                + timing.meaning() + "; relative: time over " + label(base) + "'s.";
        return new RecapTable(caption, List.of("system", "variant", "time", "relative", "measured rounds"),
                body, notes, false);
    }

    /**
     * The work behind the times: each system's rate in the unit of its algorithm ("CPython
     * examines 95 M list elements a second; C, 2.9 G"), from the median of the same cells as the
     * main table; absent when no cell has a fixed count of its work.
     */
    private static Optional<RecapTable> workTable(List<String> rows, Column fib, Column triangles) {
        List<List<String>> body = new ArrayList<>();
        for (String system : rows) {
            String f = rate(fib.cell(system));
            String t = rate(triangles.cell(system));
            if (!f.isEmpty() || !t.isEmpty()) {
                body.add(List.of(label(system), f, t));
            }
        }
        if (body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RecapTable("The work each system does a second, at its median time (`./fwf trace`"
                + " counts it): fib's calls, and the list elements the naive count's membership tests examine.",
                List.of("system", "fib: calls a second", "triangles: elements examined a second"), body, List.of(),
                false));
    }

    private static String rate(Cell c) {
        Double perSecond = c == null || c.ok() == null ? null : c.ok().operationsPerSecond();
        return perSecond == null ? "" : fwf.workload.Operations.human(perSecond) + "/s";
    }

    /** "", or "† PyPy: fib ran `recursive-n1-first`, not its talk variant `recursive`." for the cells off the talk. */
    private static String note(String system, Cell... cells) {
        List<String> off = new ArrayList<>();
        for (Cell c : cells) {
            if (c != null && !c.talks()) {
                Optional<String> talk = talkVariant(system, c.workload());
                off.add(c.workload() + " ran `" + c.variant() + "`, "
                        + talk.map(v -> "not its talk variant `" + v + "`").orElse("it has no talk variant"));
            }
        }
        return off.isEmpty() ? "" : MARK + " " + label(system) + ": " + String.join("; ", off) + ".";
    }

    private static String baseline(String wanted, List<String> systems) {
        if (wanted == null) {
            return systems.contains(DEFAULT_BASELINE) ? DEFAULT_BASELINE : systems.getFirst();
        }
        return systems.stream().filter(s -> s.equals(wanted)).findFirst()
                .or(() -> systems.stream().filter(s -> label(s).equals(wanted)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("no results for baseline '" + wanted + "' (rows: "
                        + String.join(", ", systems) + ")"));
    }

    /** The display name the charts use, or the name itself for a system this program does not know. */
    public static String label(String system) {
        return Systems.find(system).map(SystemSpec::label).orElse(system);
    }

    private static Optional<String> talkVariant(String system, String workload) {
        return Systems.find(system).flatMap(s -> s.talkVariant(workload));
    }

    private static boolean isResult(Measurement m) {
        return m.status() != Status.CANCELLED && !(m.status() == Status.OK && m.stats() == null);
    }

    private static Double ratio(Long time, Long base) {
        return time == null || base == null || base == 0 ? null : time / (double) base;
    }

    private static String text(Cell c, RecapTiming timing) {
        if (c == null) {
            return "";
        }
        Long t = c.time(timing);
        if (t != null) {
            return Durations.human(t);
        }
        return c.ok() == null && c.failure() != null ? c.failure().name() : "";
    }

    /** The talk's systems first in the talk's order, then the program's order, then unknown names. */
    private static List<String> ordered(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        // The talk's rows, then the other Python friends (Numba) beside them, then the rest.
        List<String> known = java.util.stream.Stream.concat(
                Systems.all().stream().filter(s -> s.family() == Family.PYTHON),
                Systems.all().stream().filter(s -> s.family() != Family.PYTHON))
                .map(SystemSpec::name).toList();
        Comparator<String> order = Comparator.comparingInt((String s) -> TALK_ORDER.contains(s) ? TALK_ORDER.indexOf(s)
                        : known.contains(s) ? TALK_ORDER.size() + known.indexOf(s) : Integer.MAX_VALUE)
                .thenComparing(Comparator.naturalOrder());
        return all.stream().sorted(order).toList();
    }

    private static List<String> ordered(List<String> a, List<String> b) {
        return ordered(new LinkedHashSet<>(a), new LinkedHashSet<>(b));
    }

    /** Three significant figures: "1.00", "0.600", "0.0223", "42.1", "123", "1230"; "" for none. */
    static String relative(Double x) {
        if (x == null) {
            return "";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_UP));
        int magnitude = rounded.precision() - rounded.scale() - 1; // floor(log10)
        return rounded.setScale(Math.max(0, 2 - magnitude), RoundingMode.HALF_UP).toPlainString();
    }

    /** A size and, for triangles, the graph file's name (null for the generated graph or none). */
    private record Key(int size, String graph) {
        static Key of(Measurement m) {
            Path g = m.request().graph();
            return new Key(m.request().size(), g == null || g.getFileName() == null ? null : g.getFileName().toString());
        }
    }

    /**
     * What one system shows in one column.
     *
     * @param ok      its latest OK measurement of the variant, or null
     * @param failure the status of its latest measurement when none was OK
     * @param talks   true when the variant is the system's talk variant
     */
    private record Cell(String workload, String variant, boolean talks, Measurement ok, Status failure) {
        Long time(RecapTiming timing) {
            if (ok == null) {
                return null;
            }
            if (timing == RecapTiming.WARM) {
                return ok.stats().medianNs();
            }
            OptionalLong cold = ColdTime.of(ok);
            return cold.isPresent() ? cold.getAsLong() : null;
        }
    }

    /** One workload at its chosen size: the results there, by system. */
    private record Column(Workload<?> workload, Key key, Map<String, List<Measurement>> bySystem) {
        static Column of(List<Measurement> results, Workload<?> workload, Key talk) {
            List<Measurement> of = results.stream().filter(m -> m.request().workload() == workload).toList();
            Key key = of.stream().anyMatch(m -> Key.of(m).equals(talk)) ? talk
                    : of.stream().map(Key::of).max(Comparator.comparingInt(Key::size)).orElse(null);
            // max keeps the first of equal sizes; the latest result's graph is the one to show
            if (key != null) {
                int size = key.size();
                key = of.stream().map(Key::of).filter(k -> k.size() == size).reduce((x, y) -> y).orElseThrow();
            }
            Key chosen = key;
            Map<String, List<Measurement>> bySystem = of.stream().filter(m -> Key.of(m).equals(chosen))
                    .collect(Collectors.groupingBy(m -> m.request().system().name(), LinkedHashMap::new, Collectors.toList()));
            return new Column(workload, key, bySystem);
        }

        Set<String> systems() {
            return bySystem.keySet();
        }

        /** The system's cell, null when it has no result here. */
        Cell cell(String system) {
            List<Measurement> ms = bySystem.getOrDefault(system, List.of());
            if (ms.isEmpty()) {
                return null;
            }
            Optional<String> talk = talkVariant(system, workload.name());
            String variant = talk.filter(v -> ms.stream().anyMatch(m -> m.request().variant().equals(v)))
                    .orElseGet(() -> ms.stream().filter(m -> m.status() == Status.OK).reduce((x, y) -> y)
                            .orElse(ms.getLast()).request().variant());
            List<Measurement> runs = ms.stream().filter(m -> m.request().variant().equals(variant)).toList();
            Measurement ok = runs.stream().filter(m -> m.status() == Status.OK).reduce((x, y) -> y).orElse(null);
            return new Cell(workload.name(), variant, talk.map(variant::equals).orElse(false), ok,
                    ok == null ? runs.getLast().status() : null);
        }

        Long time(String system, RecapTiming timing) {
            Cell c = cell(system);
            return c == null ? null : c.time(timing);
        }

        /** The column's header: "fib(40)", "triangles (4,039 nodes)", "mean (10,000,000)"; the workload alone when nothing ran. */
        String title() {
            return key == null ? workload.name() : workload.naming().column().of(key.size(), key.graph());
        }

        /** For a caption: "fib(40)", "facebook_combined.txt (4,039 nodes)", "10,000,000 float32"; empty when nothing ran. */
        Optional<String> describe() {
            return key == null ? Optional.empty() : Optional.of(workload.naming().caption().of(key.size(), key.graph()));
        }
    }
}
