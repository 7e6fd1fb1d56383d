package fwf.cli;

import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.run.Durations;
import fwf.run.GrowthFit;
import fwf.run.GrowthScale;
import fwf.run.Measurement;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code fwf sweep}: one workload over several sizes, systems and variants; a table with the
 * growth per step, then the growth fitted over all sizes for each system and variant.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a workload at several sizes, systems and variants; show the growth.", "",
                "Every chosen system and variant runs at every size; the table shows how the time grows from one size"
                        + " to the next (fib grows about 1.618x per step of n).",
                "Below it, one line per system and variant fits the growth over all sizes by least squares:"
                        + " triangles as time ~ edges^k (the sizes keep the first N nodes of the graph; k is the slope"
                        + " of log time against log edges), mean as time ~ elements^k, fib as time ~ b^n."})
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WORKLOAD", description = "fib, triangles or mean")
    String workloadName;

    @Option(names = "--sizes", paramLabel = "FROM..TO:STEP", required = true,
            description = "the sizes: a range such as 20..40:5, or a list such as 10,20,35")
    String sizes;

    @Option(names = "--system", paramLabel = "S", split = ",", defaultValue = Systems.DEFAULT_NAME,
            description = "systems, comma-separated (default: ${DEFAULT-VALUE})")
    List<String> systems;

    @Option(names = "--variant", paramLabel = "V", split = ",",
            description = "variants, comma-separated (default: each system's first)")
    List<String> variants;

    @Mixin
    MeasureOptions options;

    @Spec
    CommandSpec spec;

    /** One line of the table. */
    record Row(String system, String variant, int size, Measurement m) {
    }

    @Override
    public Integer call() {
        Workload<?> workload = RunRequest.workload(workloadName);
        List<Integer> points = Sizes.parse(sizes);
        // Every name is checked before the first worker starts: a typo should cost nothing.
        List<Combo> combos = new ArrayList<>();
        for (String s : systems) {
            SystemSpec system = RunRequest.system(s);
            List<String> asked = variants == null ? java.util.Collections.singletonList(null) : variants;
            for (String v : asked) {
                combos.add(new Combo(system, Engine.variant(workload, system, v)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Row> rows = new ArrayList<>();
        boolean allOk = true;
        try (Engine engine = new Engine(options, err)) {
            for (Combo combo : combos) {
                for (int size : points) {
                    String title = workload.name() + "(" + size + ") " + combo.variant() + " on " + combo.system().name();
                    Measurement m;
                    try {
                        m = engine.measure(options.request(workload, combo.variant(), combo.system(), size),
                                ProgressBar.forTerminal(err, title));
                    } catch (ResultNotSavedException notSaved) {
                        // The sweep stops: every further result would be lost too.
                        if (notSaved.measurement() != null) {
                            err.println(Report.text(notSaved.measurement()).lines().findFirst().orElse(""));
                        }
                        throw notSaved;
                    }
                    allOk &= m.status() == Status.OK;
                    err.println(Report.text(m).lines().findFirst().orElse(""));
                    err.flush();
                    rows.add(new Row(combo.system().name(), combo.variant(), size, m));
                }
            }
        }
        out.print(table(rows));
        out.print(fits(rows, workload, scale(workload, points)));
        out.flush();
        return allOk ? 0 : Main.EXIT_RUN_FAILED;
    }

    /**
     * What the growth is fitted against.
     *
     * @param unit  "edges", "nodes", "elements" or "n"
     * @param sizes each swept size in that unit
     */
    record Scale(String unit, Map<Integer, Double> sizes) {
    }

    /**
     * Each size in the unit the growth is fitted against ({@link GrowthScale}): the edges of the
     * first N nodes for triangles (read here once, untimed), else the size itself.
     */
    private Scale scale(Workload<?> workload, List<Integer> points) {
        GrowthScale scale = GrowthScale.of(workload, options.graph());
        Map<Integer, Double> sizes = new LinkedHashMap<>();
        for (int size : points) {
            sizes.put(size, scale.size(size));
        }
        return new Scale(scale.unit(), sizes);
    }

    /** One "growth" line per system and variant with two or more measured sizes. */
    static String fits(List<Row> rows, Workload<?> workload, Scale scale) {
        Map<String, List<GrowthFit.Point>> byCombo = new LinkedHashMap<>();
        for (Row r : rows) {
            Double x = scale.sizes().get(r.size());
            if (r.m().status() == Status.OK && x != null && x > 0) {
                byCombo.computeIfAbsent(String.format(Locale.ROOT, "%-12s %-16s", r.system(), r.variant()),
                        k -> new ArrayList<>()).add(new GrowthFit.Point(x, r.m().stats().medianNs() / 1e9));
            }
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<GrowthFit.Point>> e : byCombo.entrySet()) {
            GrowthFit fit = GrowthFit.of(workload.sizeRule().cost(), scale.unit(), e.getValue());
            if (fit != null) {
                b.append(String.format(Locale.ROOT, "growth %s %s (least squares over %d sizes)%n", e.getKey(),
                        fit.formula(), fit.points()));
            }
        }
        return b.toString();
    }

    /** The table: one row per run, with the growth against the previous size of the same system and variant. */
    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        String format = "%-12s %-16s %10s %12s %10s %8s%n";
        b.append(String.format(Locale.ROOT, format, "system", "variant", "size", "median", "growth", "status"));
        Row previous = null;
        for (Row r : rows) {
            boolean ok = r.m().status() == Status.OK;
            String median = ok ? Durations.human(r.m().stats().medianNs()) : "-";
            String growth = "";
            if (ok && previous != null && previous.system().equals(r.system()) && previous.variant().equals(r.variant())
                    && previous.m().status() == Status.OK) {
                growth = String.format(Locale.ROOT, "×%.2f",
                        r.m().stats().medianNs() / (double) previous.m().stats().medianNs());
            }
            b.append(String.format(Locale.ROOT, format, r.system(), r.variant(), String.format(Locale.ROOT, "%,d", r.size()),
                    median, growth, r.m().status().word()));
            previous = r;
        }
        return b.toString();
    }

    /** One line of the sweep: a system and the variant it runs, checked before any worker starts. */
    private record Combo(SystemSpec system, String variant) {
    }
}
