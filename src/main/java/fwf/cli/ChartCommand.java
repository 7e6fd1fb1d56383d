package fwf.cli;

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
                "One bar per system and variant, grouped by workload; the latest result of each wins."})
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
        ChartOptions options = new ChartOptions(log, relative, errors.bars, sort, split, title, presenter);
        JFreeChart chart = TimingChart.of(chosen, options);
        ChartExport.write(chart, out, width, height);
        int bars = TimingChart.view(chart).table().rows().size();
        PrintWriter o = spec.commandLine().getOut();
        o.printf("wrote %s (%dx%d, %d %s)%n", out, width, height, bars, bars == 1 ? "bar" : "bars");
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
