package fwf.cli;

import fwf.chart.BarKey;
import fwf.results.ExportFormat;
import fwf.results.Exports;
import fwf.results.Journal;
import fwf.results.JournalLoad;
import fwf.results.MarkdownRecap;
import fwf.results.RecapTiming;
import fwf.run.Durations;
import fwf.run.Measurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code fwf results}: what the journal holds, and exports of it. */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = "List the results journal, or export it as CSV, JSON, a Markdown recap or JMH JSON.",
        subcommands = {ResultsCommand.ListResults.class, ResultsCommand.Export.class})
final class ResultsCommand implements Runnable {
    @Option(names = "--results", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "the results journal (default: $XDG_DATA_HOME/faster-with-friends/results.jsonl, else ~/.local/share/...)")
    Path results;

    @Option(names = "--all", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "every record, not only those since the last fresh board")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Journal journal() {
        return Journal.open(results == null ? Journal.defaultPath() : results);
    }

    /** The records, warnings about damaged lines going to stderr. */
    List<Measurement> load(PrintWriter err) throws IOException {
        Journal journal = journal();
        JournalLoad load = journal.load();
        load.warnings().forEach(w -> err.println("fwf: warning: " + w));
        err.flush();
        return all ? load.records() : load.sinceLastBoard();
    }

    /** {@code fwf results list}: one line a result, oldest first. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per result, oldest first.")
    static final class ListResults implements Callable<Integer> {
        @ParentCommand
        ResultsCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<Measurement> records = parent.load(spec.commandLine().getErr());
            String format = "%-26s %-26s %-16s %-12s %10s  %s%n";
            out.printf(Locale.ROOT, format, "id", "workload", "variant", "system", "median", "status");
            for (Measurement m : records) {
                out.printf(Locale.ROOT, format, m.id(), BarKey.of(m.request()).workloadTitle(), m.request().variant(),
                        m.request().system().name(), m.stats() == null ? "-" : Durations.human(m.stats().medianNs()),
                        m.status().word());
            }
            out.printf(Locale.ROOT, "%d result%s%n", records.size(), records.size() == 1 ? "" : "s");
            out.flush();
            return 0;
        }
    }

    /** {@code fwf results export}: the journal in another format, to stdout or a file. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export the results as csv, json, md (the talk's recap table) or jmh (JMH's JSON, for JMH viewers).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ResultsCommand parent;

        @Option(names = "--format", paramLabel = "F", required = true, description = "csv, json, md or jmh")
        String format;

        @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout")
        Path out;

        @Option(names = "--baseline", paramLabel = "S",
                description = "for md: the system the relative columns divide by (default: cpython, else the first row)")
        String baseline;

        @Option(names = "--timing", paramLabel = "T", defaultValue = "cold",
                description = "for md: cold (each run's first call, as the talk) or warm (the median) (default: ${DEFAULT-VALUE})")
        String timing;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ExportFormat f = ExportFormat.fromWord(format).orElseThrow(() -> new IllegalArgumentException(
                    "unknown export format '" + format + "': choose one of csv, json, md, jmh"));
            RecapTiming recapTiming = RecapCommand.timing(timing);
            Outputs.notTheJournal(out, parent.journal());
            List<Measurement> records = parent.load(spec.commandLine().getErr());
            String text = f == ExportFormat.MARKDOWN ? MarkdownRecap.render(records, baseline, recapTiming)
                    : f.render(records);
            if (out == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            } else {
                Exports.write(out, text);
                spec.commandLine().getOut().printf("wrote %s (%d results, %s)%n", out, records.size(), f.word());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
