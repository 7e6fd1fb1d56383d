package fwf.cli;

import java.util.HashMap;

import java.util.Map;

import fwf.workload.Workload;

import fwf.run.GrowthScale;

import fwf.chart.GrowthLine;

import fwf.chart.GrowthChart;

import fwf.chart.ChartExport;
import fwf.chart.ChartOptions;
import fwf.chart.TimingChart;
import fwf.results.Journal;
import fwf.results.JournalLoad;
import fwf.run.Measurement;
import fwf.run.Status;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code fwf chart}: the results journal drawn as the window's bar chart, written as a PNG or
 * SVG file for slides and READMEs.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Draw the results as a bar chart, as a PNG or an SVG file.",
                "One bar per system and variant, grouped by workload; the latest result of each wins.",
                "With --growth, the window's Growth chart of one workload instead: a line per variant and system"
                        + " run at two or more sizes (./fwf sweep makes them), each with its fitted growth."})
final class ChartCommand implements Callable<Integer> {
    /** What the whiskers show, as typed on the command line. */
    enum Whiskers {
        iqr(ChartOptions.ErrorBars.IQR), minmax(ChartOptions.ErrorBars.MIN_MAX), none(ChartOptions.ErrorBars.NONE);

        final ChartOptions.ErrorBars bars;

        Whiskers(ChartOptions.ErrorBars bars) {
            this.bars = bars;
        }
    }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the chart file: FILE.png or FILE.svg")
    Path out;

    @Option(names = "--results", paramLabel = "FILE", description = "the results journal (default: $XDG_DATA_HOME/faster-with-friends/results.jsonl, "
                    + "else ~/.local/share/faster-with-friends/results.jsonl)")
    Path results;

    @Option(names = "--workload", paramLabel = "W", description = "only this workload (fib, triangles, mean)")
    String workload;

    @Option(names = "--relative", paramLabel = "SYSTEM",
            description = "bars show how many times faster than SYSTEM (cpython, jvm-int...) in the same workload")
    String relative;

    @Option(names = "--log", description = "a logarithmic value axis")
    boolean log;

    @Option(names = "--sort", description = "within each workload, slowest first")
    boolean sort;

    @Option(names = "--split", description = "draw load + compute as one stacked bar")
    boolean split;

    @Option(names = "--errors", defaultValue = "iqr", paramLabel = "KIND",
            description = "whiskers: iqr (the middle half of the runs, first to third quartile), minmax or none"
                    + " (default: ${DEFAULT-VALUE})")
    Whiskers errors;

    @Option(names = "--title", paramLabel = "TEXT", description = "the chart's title (default: says what the bars are)")
    String title;

    @Option(names = "--presenter", description = "the large, high-contrast theme for a projector")
    boolean presenter;

    @Option(names = "--growth", description = "how time grows with size, one line per variant and system at two or"
            + " more sizes, on log-log axes (log time against n for fib); needs --workload when the results hold"
            + " more than one")
    boolean growth;

    @Option(names = "--all", description = "every result in the journal, not only those since the last fresh board")
    boolean all;

    @Option(names = "--width", defaultValue = "" + ChartExport.DEFAULT_WIDTH, paramLabel = "W",
            description = "width in pixels (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "" + ChartExport.DEFAULT_HEIGHT, paramLabel = "H",
            description = "height in pixels (default: ${DEFAULT-VALUE})")
    int height;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // Check what can be checked before reading anything: a typo should not cost a load.
        ChartExport.Format.of(out);
        ChartExport.checkSize(width, height);
        if (growth) {
            List<String> barsOnly = new java.util.ArrayList<>();
            if (relative != null) {
                barsOnly.add("--relative");
            }
            if (sort) {
                barsOnly.add("--sort");
            }
            if (split) {
                barsOnly.add("--split");
            }
            if (spec.commandLine().getParseResult().hasMatchedOption("--errors")) {
                barsOnly.add("--errors");
            }
            if (!barsOnly.isEmpty()) {
                throw new IllegalArgumentException("--growth draws lines, not bars: leave out "
                        + String.join(", ", barsOnly));
            }
        }
        Path journal = results != null ? results : Journal.defaultPath();
        Outputs.notTheJournal(out, Journal.open(journal));
        if (results != null && !Files.exists(results)) {
            throw new NoSuchFileException(results.toString());
        }
        JournalLoad load = Journal.open(journal).load();
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : load.warnings()) {
            err.println("fwf: warning: " + warning);
        }
        List<Measurement> records = all ? load.records() : load.sinceLastBoard();
        List<Measurement> chosen = choose(records, journal);
        PrintWriter o = spec.commandLine().getOut();
        if (growth) {
            return growth(chosen, journal, o);
        }
        ChartOptions options = new ChartOptions(log, relative, errors.bars, sort, split, title, presenter);
        JFreeChart chart = TimingChart.of(chosen, options);
        ChartExport.write(chart, out, width, height);
        int bars = TimingChart.view(chart).table().rows().size();
        o.printf("wrote %s (%dx%d, %d %s)%n", out, width, height, bars, bars == 1 ? "bar" : "bars");
        o.flush();
        return 0;
    }

    /**
     * The Growth chart of the one workload chosen: each graph is read once to count the edges of
     * its sizes, as the window's Growth tab and {@code sweep} count them ({@link GrowthScale}).
     */
    private int growth(List<Measurement> chosen, Path journal, PrintWriter o) throws IOException {
        List<String> workloads = names(chosen, m -> m.request().workload().name());
        if (workloads.size() > 1) {
            throw new IllegalArgumentException("--growth draws one workload: choose one with --workload ("
                    + String.join(", ", workloads) + ")");
        }
        Workload<?> w = chosen.getFirst().request().workload();
        Map<Path, GrowthScale> scales = new HashMap<>();
        List<GrowthLine> lines = GrowthLine.of(chosen, w, r -> {
            GrowthScale scale = scales.computeIfAbsent(r.graph(), g -> GrowthScale.of(w, g));
            return new GrowthLine.Scaled(scale.unit(), scale.size(r.size()));
        });
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("nothing to fit for " + w.name() + " in " + journal
                    + ": a line needs one variant on one system at two or more sizes (./fwf sweep " + w.name()
                    + " makes them)");
        }
        JFreeChart chart = GrowthChart.of(lines, w, presenter);
        if (title != null) {
            chart.setTitle(title);
        }
        ChartExport.write(chart, out, width, height);
        o.printf("wrote %s (%dx%d, %d %s)%n", out, width, height, lines.size(), lines.size() == 1 ? "line" : "lines");
        for (GrowthLine line : lines) {
            o.println("  " + line.legend());
        }
        o.flush();
        return 0;
    }

    private List<Measurement> choose(List<Measurement> records, Path journal) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no results in " + journal + ": run some first (./fwf run)");
        }
        List<Measurement> chosen = workload == null ? records
                : records.stream().filter(m -> m.request().workload().name().equals(workload)).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no results for workload '" + workload + "' in " + journal
                    + ": it holds " + String.join(", ", names(records, m -> m.request().workload().name())));
        }
        if (relative != null && chosen.stream().noneMatch(m -> m.request().system().name().equals(relative)
                && m.status() == Status.OK && m.stats() != null)) {
            throw new IllegalArgumentException("no valid result of system '" + relative + "' to compare with"
                    + (workload == null ? "" : " for workload '" + workload + "'") + "; systems with results: "
                    + String.join(", ", names(chosen, m -> m.request().system().name())));
        }
        return chosen;
    }

    private static List<String> names(List<Measurement> records, java.util.function.Function<Measurement, String> name) {
        return records.stream().map(name).distinct().sorted().toList();
    }
}
