package fwf.cli;

import fwf.friends.Availability;
import fwf.friends.Friends;
import fwf.friends.Launch;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.results.Exports;
import fwf.results.MarkdownRecap;
import fwf.results.RecapTiming;
import fwf.run.Measurement;
import fwf.run.RunRequest;
import fwf.workload.Catalogue;
import fwf.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code fwf recap}: the talk's closing table, measured here: every available system runs its
 * talk variant of fib, the naive triangle count and the mean (draw-mean, five rounds), and the
 * table shows them relative to a baseline, beside the talk's own figures.
 */
@Command(name = "recap", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the talk's table on every available system, in Markdown.", "",
                "Each system runs its talk variant of fib, the naive triangle count and the mean (draw-mean, five"
                        + " rounds); the table gives the times and the times relative to the baseline's, beside the"
                        + " talk's own figures. A full recap runs fib(40), the whole graph (CPython needs minutes on"
                        + " it) and 10,000,000 values; --quick uses fib(30), the first 1,000 nodes and 1,000,000 values."})
final class RecapCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "smaller sizes, so the recap ends in about a minute")
    boolean quick;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the Markdown table to FILE")
    Path out;

    @Option(names = "--baseline", paramLabel = "S",
            description = "the system the relative columns divide by (default: cpython, else the first row)")
    String baseline;

    @Option(names = "--timing", paramLabel = "T", defaultValue = "cold",
            description = {"cold: each run's first call in its fresh process, as the talk timed it;",
                    "warm: the median of the measured iterations (default: ${DEFAULT-VALUE})"})
    String timing;

    @Option(names = "--system", paramLabel = "S", split = ",",
            description = "only these systems, comma-separated (default: every available one)")
    List<String> only;

    @Mixin
    MeasureOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RecapTiming recapTiming = timing(timing);
        Outputs.notTheJournal(out, options.journal()); // before the runs, not after them
        List<SystemSpec> systems = systems(err);
        if (baseline != null && systems.stream().noneMatch(s -> s.name().equals(baseline) || s.label().equals(baseline))) {
            throw new IllegalArgumentException("the baseline '" + baseline + "' is not among the systems to run ("
                    + String.join(", ", systems.stream().map(SystemSpec::name).toList()) + ")");
        }
        Engine engine = new Engine(options, err);
        List<Measurement> results = new ArrayList<>();
        for (Workload<?> workload : Catalogue.workloads()) {
            for (SystemSpec system : systems) {
                String variant = talksVariant(workload, system).orElse(null);
                if (variant == null) {
                    continue;
                }
                String title = workload.name() + " " + variant + " on " + system.name();
                Measurement m = engine.measure(options.request(workload, variant, system, size(workload)),
                        ProgressBar.forTerminal(err, title));
                err.println(Report.text(m).lines().findFirst().orElse(""));
                err.flush();
                results.add(m);
            }
        }
        String table = MarkdownRecap.render(results, baseline, recapTiming);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(table);
        stdout.flush();
        if (out != null) {
            Exports.write(out, table);
            err.println("wrote " + out);
            err.flush();
        }
        return 0;
    }

    /** The talk's size (the workload's default), or with --quick one every system runs in seconds. */
    private int size(Workload<?> workload) {
        return quick ? workload.sizeRule().quickSize() : workload.defaultSize();
    }

    /** {@code cold} or {@code warm}, else a message naming both. */
    static RecapTiming timing(String word) {
        return RecapTiming.fromWord(word).orElseThrow(() -> new IllegalArgumentException(
                "unknown timing '" + word + "': choose cold or warm"));
    }

    /**
     * The variant the recap runs: the system's talk variant when it runs it, else none (a JVM
     * tier runs the catalogue's, a friend its own).
     */
    static Optional<String> talksVariant(Workload<?> workload, SystemSpec system) {
        List<String> variants = RunRequest.variantsOf(workload, system);
        return system.talkVariant(workload.name()).filter(variants::contains);
    }

    /** The chosen systems that can run here; the others are named on stderr with their reason. */
    private List<SystemSpec> systems(PrintWriter err) {
        List<SystemSpec> chosen = only == null ? Systems.all() : only.stream().map(RunRequest::system).toList();
        Friends friends = Friends.standard();
        List<SystemSpec> usable = new ArrayList<>();
        for (SystemSpec s : chosen) {
            if (s.launch() == Launch.JVM_WORKER) {
                usable.add(s);
                continue;
            }
            Availability a = friends.availability(s.name());
            if (a.available()) {
                usable.add(s);
            } else {
                err.println("skipping " + s.name() + ": " + a.reason());
            }
        }
        err.flush();
        return usable;
    }
}
