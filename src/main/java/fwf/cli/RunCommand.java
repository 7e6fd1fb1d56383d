package fwf.cli;

import fwf.bench.Durations;
import fwf.bench.Inputs;
import fwf.bench.KernelRunner;
import fwf.bench.LoadedInput;
import fwf.bench.WorkerEvent;
import fwf.json.Json;
import fwf.workload.Catalogue;
import fwf.workload.Computation;
import fwf.workload.Variant;
import fwf.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code fwf run}: load a workload's input, run a variant, check the answer, report the times. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one workload variant: once to warm up, once timed; check its answer.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WORKLOAD", description = "fib, triangles or mean")
    String workloadName;

    @Option(names = "--variant", paramLabel = "V", description = "the variant (default: the workload's first; see ./fwf list)")
    String variantName;

    @Option(names = "--size", paramLabel = "N", defaultValue = "0",
            description = "fib: n (default 40); triangles: keep the first N nodes (default all); mean: element count (default 10,000,000)")
    int size;

    @Option(names = "--graph", paramLabel = "FILE",
            description = "edge list for triangles (SNAP format); default: a generated Facebook-like graph")
    Path graph;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Workload<?> workload = Catalogue.workload(workloadName).orElseThrow(() -> new IllegalArgumentException(
                "unknown workload '" + workloadName + "': choose one of " + names()));
        Outcome outcome = runOnce(workload);
        PrintWriter out = spec.commandLine().getOut();
        out.println(format == OutputFormat.json ? outcome.json() : outcome.text());
        out.flush();
        return outcome.verified() ? 0 : Main.EXIT_RUN_FAILED;
    }

    private <I> Outcome runOnce(Workload<I> workload) throws IOException {
        Variant<I> variant = variantName == null ? workload.defaultVariant()
                : workload.variant(variantName).orElseThrow(() -> new IllegalArgumentException(
                "unknown variant '" + variantName + "' of " + workload.name() + ": choose one of "
                        + String.join(", ", workload.variantNames())));
        LoadedInput input = Inputs.load(workload, size, graph);
        List<WorkerEvent> events = new ArrayList<>();
        Computation computation = KernelRunner.prepare(workload, variant, input, 0, events::add);
        KernelRunner.iterate(computation, 0, 0, 1, true, events::add);
        KernelRunner.iterate(computation, 0, 1, 1, false, events::add);
        WorkerEvent.Loaded loaded = (WorkerEvent.Loaded) events.getFirst();
        WorkerEvent.Iteration timed = (WorkerEvent.Iteration) events.getLast();
        boolean verified = workload.agreement().agrees(loaded.expected(), timed.answer());
        return new Outcome(workload.name(), variant.name(), input, loaded, timed, verified);
    }

    private static String names() {
        return String.join(", ", Catalogue.workloads().stream().map(Workload::name).toList());
    }

    /** One in-process run, as printed. */
    private record Outcome(String workload, String variant, LoadedInput input, WorkerEvent.Loaded loaded,
                           WorkerEvent.Iteration timed, boolean verified) {
        String text() {
            String check = verified ? "verified" : "WRONG (expected " + loaded.expected() + ")";
            return String.format("%s(%d) %s: answer %s %s; load %s, compute %s%n  input: %s",
                    workload, input.size(), variant, timed.answer(), check,
                    Durations.human(loaded.loadNs()), Durations.human(timed.ns()), input.description());
        }

        String json() {
            return Json.obj().put("workload", workload).put("variant", variant).put("size", input.size())
                    .put("input", input.description()).put("answer", timed.answer()).put("expected", loaded.expected())
                    .put("verified", verified).put("load_ns", loaded.loadNs()).put("compute_ns", timed.ns())
                    .toString();
        }
    }
}
