package fwf.cli;

import fwf.bench.Measurement;
import fwf.bench.RunRequest;
import fwf.bench.Status;
import fwf.friends.SystemSpec;
import fwf.json.Json;
import fwf.results.CsvExport;
import fwf.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code fwf run}: one workload variant on one system, in fresh worker processes, its answer
 * checked, its times summarised, and the result appended to the journal.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one workload variant on one system, check its answer, print its times.", "",
                "Each fork is a fresh worker process; the times print like hyperfine's, and the result is appended to"
                        + " the results journal."})
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WORKLOAD", description = "fib, triangles or mean")
    String workloadName;

    @Option(names = "--variant", paramLabel = "V",
            description = "the variant (default: the system's first for the workload; see ./fwf list)")
    String variantName;

    @Option(names = "--system", paramLabel = "S", defaultValue = "jvm-c2",
            description = "jvm-int, jvm-c1, jvm-c2, jvm-c2-only, jvm-graal or a friend (default: ${DEFAULT-VALUE}; see ./fwf list)")
    String systemName;

    @Option(names = "--size", paramLabel = "N", defaultValue = "0",
            description = "fib: n (default 40); triangles: keep the first N nodes (default all); mean: element count (default 10,000,000)")
    int size;

    @Mixin
    MeasureOptions options;

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    /** How the result is printed. */
    enum Format {
        text, json, csv
    }

    @Override
    public Integer call() {
        Workload<?> workload = Engine.workload(workloadName);
        SystemSpec system = Engine.system(systemName);
        String variant = Engine.variant(workload, system, variantName);
        RunRequest request = options.request(workload.name(), variant, system.name(), size);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String title = workload.name() + " " + variant + " on " + system.name();
        Measurement m;
        try (Engine engine = new Engine(options, err)) {
            m = engine.measure(request, ProgressBar.forTerminal(err, title));
        } catch (ResultNotSavedException notSaved) {
            if (notSaved.measurement() != null) {
                print(notSaved.measurement(), out); // measured all the same: shown, then the failure
            }
            throw notSaved;
        }
        print(m, out);
        return exitCode(m, err);
    }

    private void print(Measurement m, PrintWriter out) {
        out.println(switch (format) {
            case text -> Report.text(m);
            case json -> Json.write(Report.json(m));
            case csv -> CsvExport.render(List.of(m)).stripTrailing();
        });
        out.flush();
    }

    /** 0 for a verified result; otherwise the reason on stderr too, so scripts see it, and 1. */
    static int exitCode(Measurement m, PrintWriter err) {
        if (m.status() == Status.OK) {
            return 0;
        }
        String why = m.status() == Status.WRONG ? "answer " + m.answer() + " differs from the reference " + m.expected()
                : m.message() == null ? m.status().word() : m.message().lines().findFirst().orElse(m.status().word());
        err.println("fwf: " + Report.title(m) + ": " + m.status().word() + ": " + why);
        err.flush();
        return Main.EXIT_RUN_FAILED;
    }
}
