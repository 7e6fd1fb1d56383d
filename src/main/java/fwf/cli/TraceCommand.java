package fwf.cli;

import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.json.Json;
import fwf.run.Answers;
import fwf.run.Inputs;
import fwf.run.LoadedInput;
import fwf.run.RunRequest;
import fwf.workload.Operations;
import fwf.workload.Replay;
import fwf.workload.Work;
import fwf.workload.WorkCount;
import fwf.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code fwf trace}: the work one variant's algorithm does on an input, counted by an untimed
 * instrumented replay: the answer, then the comparisons, calls, lookups, merge steps or words.
 */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Count the work a variant's algorithm does: its answer and its operations.", "",
                "An instrumented replay, untimed: the naive triangle count's comparisons (list elements examined by"
                        + " its membership tests), fib's calls, hashset's lookups, forward's merge steps, bitset's"
                        + " words. The counts do not depend on the system, so a variant name of any system will do."})
final class TraceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WORKLOAD", description = "fib, triangles or mean")
    String workloadName;

    @Option(names = "--variant", paramLabel = "V",
            description = "a variant of any system (default: the workload's first; see ./fwf list)")
    String variantName;

    @Option(names = "--size", paramLabel = "N", defaultValue = "0",
            description = "fib: n (default 40); triangles: keep the first N nodes (default all); mean: element count (default 10,000,000)")
    int size;

    @Option(names = "--graph", paramLabel = "FILE",
            description = {"edge list for triangles (SNAP format); default: the file the window was last given,",
                    "else a generated Facebook-like graph"})
    Path graph;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workload<?> workload = RunRequest.workload(workloadName);
        String variant = variantName == null ? workload.defaultVariant().name() : variantName;
        Replay replay = replay(workload, variant);
        LoadedInput input;
        try {
            input = Inputs.load(workload, size,
                    workload.readsGraph() ? MeasureOptions.graphOrRemembered(graph) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = System.nanoTime();
        Work work = Operations.trace(workload, variant, input.value());
        long tookNs = System.nanoTime() - start;
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Json.Obj o = Json.obj().put("workload", workload.name()).put("variant", variant)
                    .put("size", input.size()).put("input", input.description())
                    .put("answer", Answers.text(work.answer())).put("operation", work.operations().name());
            for (WorkCount c : work.counts()) {
                o.put(c.name(), c.value());
            }
            out.println(Json.write(o.map()));
        } else {
            printText(out, workload, variant, replay, input, work, tookNs);
        }
        out.flush();
        return 0;
    }

    /**
     * The replay of a variant name of any system.
     *
     * @throws IllegalArgumentException for a name no system has, or a variant with no count
     */
    static Replay replay(Workload<?> workload, String variant) {
        Set<String> known = new LinkedHashSet<>(workload.variantNames());
        for (SystemSpec s : Systems.friends()) {
            known.addAll(s.variantsOf(workload.name()));
        }
        known.addAll(Operations.countedVariants(workload));
        if (!known.contains(variant)) {
            throw new IllegalArgumentException("unknown variant '" + variant + "' of " + workload.name()
                    + ": choose one of " + String.join(", ", known));
        }
        return Operations.replay(workload, variant).orElseThrow(() -> new IllegalArgumentException(
                Operations.whyNoCount(workload, variant)
                        .orElse("the " + variant + " variant of " + workload.name() + " has no count")));
    }

    private static void printText(PrintWriter out, Workload<?> workload, String variant, Replay replay,
                                  LoadedInput input, Work work, long tookNs) {
        out.println(workload.name() + " " + variant + ": " + input.description());
        int width = Math.max("answer".length(),
                work.counts().stream().mapToInt(c -> c.name().length()).max().orElse(0));
        String row = "  %-" + width + "s  %s%n";
        out.printf(row, "answer", Answers.text(work.answer()));
        for (WorkCount c : work.counts()) {
            // "11,364,560,356 (11.36 G)": the short form only where it is shorter
            String human = c.value() < 1000 ? "" : " (" + Operations.human(c.value()) + ")";
            out.printf(row, c.name(), String.format(Locale.ROOT, "%,d%s: %s", c.value(), human, c.meaning()));
        }
        if (replay == Replay.HASHSET) {
            out.println("  (Java's hashset, whose LinkedHashSets iterate in list order; a Python friend's sets"
                    + " iterate in hash order and make another number of lookups)");
        }
        out.printf(Locale.ROOT, "  traced in %.2f s (an untimed replay: counts, not speed)%n", tookNs / 1e9);
    }
}
