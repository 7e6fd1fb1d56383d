package fwf.cli;

import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.json.Json;
import fwf.results.CsvExport;
import fwf.run.Measurement;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import fwf.runner.FirstForkRecorder;
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

    @Option(names = "--system", paramLabel = "S", defaultValue = Systems.DEFAULT_NAME,
            description = "jvm-int, jvm-c1, jvm-c2, jvm-c2-only, jvm-graal or a friend (default: ${DEFAULT-VALUE}; see ./fwf list)")
    String systemName;

    @Option(names = "--size", paramLabel = "N",
            description = "fib: n (default 40); triangles: keep the first N nodes (default all); mean: element count (default 10,000,000)")
    Integer size;

    @Mixin
    MeasureOptions options;

    @Option(names = "--warmup-trace", description = "JVM workers first time each operation alone, unbatched, "
            + "until the JIT settles (" + "3,000 operations or 2 s), and report them with what each compilation of a"
            + " kernel method inlined (JSON: warmup_trace, inlining)")
    boolean warmupTrace;

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
        Workload<?> workload = RunRequest.workload(workloadName);
        SystemSpec system = RunRequest.system(systemName);
        String variant = Engine.variant(workload, system, variantName);
        if (size != null && size < 1) {
            // 0 is how a request says "the default": given here it would silently run fib(40).
            throw new IllegalArgumentException("--size must be at least 1 (leave it out for the default: "
                    + defaultSize(workload) + "), got " + size);
        }
        RunRequest request = options.request(workload, variant, system, size == null ? 0 : size);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String title = workload.name() + " " + variant + " on " + system.name();
        int[] exit = {Main.EXIT_RUN_FAILED};
        FirstForkRecorder trace = new FirstForkRecorder(ProgressBar.forTerminal(err, title));
        try (Engine engine = new Engine(options, err, warmupTrace)) {
            // A result that cannot be saved is printed first, then fails the command
            // (ResultNotSavedException, exit 1).
            engine.measure(request, trace, m -> {
                WorkerEvent.Trace first = trace.trace();
                out.println(switch (format) {
                    case text -> first == null ? Report.text(m)
                            : Report.text(m) + System.lineSeparator() + "  " + TraceReport.describe(first)
                                    + System.lineSeparator() + "  " + TraceReport.describe(trace.inlining());
                    case json -> Json.write(first == null ? Report.json(m)
                            : TraceReport.withTrace(Report.json(m), first, trace.inlining()));
                    case csv -> CsvExport.render(List.of(m)).stripTrailing();
                });
                out.flush();
                exit[0] = exitCode(m, err, engine.interrupted());
            });
        }
        return exit[0];
    }

    private static String defaultSize(Workload<?> workload) {
        return workload.defaultSize() == 0 ? "all of the input"
                : String.format(java.util.Locale.ROOT, "%,d", workload.defaultSize());
    }

    /**
     * 0 for a verified result; otherwise the reason on stderr too, one line, so scripts see it, and 1.
     *
     * @param ctrlC whether Ctrl+C cancelled the run, which the reason then says
     */
    static int exitCode(Measurement m, PrintWriter err, boolean ctrlC) {
        if (m.status() == Status.OK) {
            return 0;
        }
        String why = m.status() == Status.WRONG ? "answer " + m.answer() + " differs from the reference " + m.expected()
                : m.message() == null ? m.status().word() : m.message().lines().findFirst().orElse(m.status().word());
        if (ctrlC && m.status() == Status.CANCELLED) {
            why = "Ctrl+C";
        }
        err.println("fwf: " + Report.title(m) + ": " + m.status().word() + (why.equals(m.status().word()) ? "" : ": " + why));
        err.flush();
        return Main.EXIT_RUN_FAILED;
    }
}
