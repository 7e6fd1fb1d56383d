package fwf.cli;

import fwf.bench.Measurement;
import fwf.friends.Availability;
import fwf.friends.Friends;
import fwf.friends.Launch;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.results.Exports;
import fwf.results.MarkdownRecap;
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
import java.util.concurrent.Callable;

/**
 * {@code fwf recap}: the talk's closing table, measured here: every available system on fib
 * and the naive triangle count, relative to CPython.
 */
@Command(name = "recap", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the talk's table on every available system, in Markdown.", "",
                "Fib and the naive triangle count on every available system, with the speed-up over the baseline. A"
                        + " full recap runs fib(40) and the whole graph (CPython needs minutes on it); --quick uses fib(30) and"
                        + " the first 1,000 nodes."})
final class RecapCommand implements Callable<Integer> {
    static final int FIB_SIZE = 40;
    static final int QUICK_FIB_SIZE = 30;
    static final int QUICK_NODES = 1000;

    @Option(names = "--quick", description = "smaller sizes, so the recap ends in about a minute")
    boolean quick;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the Markdown table to FILE")
    Path out;

    @Option(names = "--baseline", paramLabel = "S", defaultValue = MarkdownRecap.DEFAULT_BASELINE,
            description = "the system the speed-ups are relative to (default: ${DEFAULT-VALUE})")
    String baseline;

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
        Outputs.notTheJournal(out, options.journal()); // before the runs, not after them
        List<SystemSpec> systems = systems(err);
        Engine engine = new Engine(options, err);
        List<Measurement> results = new ArrayList<>();
        for (Workload<?> workload : List.of(Catalogue.FIB, Catalogue.TRIANGLES)) {
            int size = workload == Catalogue.FIB ? (quick ? QUICK_FIB_SIZE : FIB_SIZE) : (quick ? QUICK_NODES : 0);
            for (SystemSpec system : systems) {
                List<String> variants = Engine.variants(workload, system);
                if (variants.isEmpty()) {
                    continue;
                }
                String variant = talksVariant(variants);
                String title = workload.name() + " " + variant + " on " + system.name();
                Measurement m = engine.measure(options.request(workload.name(), variant, system.name(), size),
                        ProgressBar.forTerminal(err, title));
                err.println(Report.text(m).lines().findFirst().orElse(""));
                err.flush();
                results.add(m);
            }
        }
        String table = MarkdownRecap.render(results, baseline);
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

    /** The talk timed its naive algorithms: the first variant named naive, else the system's first. */
    static String talksVariant(List<String> variants) {
        return variants.stream().filter(v -> v.startsWith("naive")).findFirst().orElse(variants.getFirst());
    }

    /** The chosen systems that can run here; the others are named on stderr with their reason. */
    private List<SystemSpec> systems(PrintWriter err) {
        List<SystemSpec> chosen = only == null ? Systems.all() : only.stream().map(Engine::system).toList();
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
