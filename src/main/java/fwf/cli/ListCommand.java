package fwf.cli;

import fwf.json.Json;
import fwf.workload.Catalogue;
import fwf.workload.Variant;
import fwf.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code fwf list}: the workloads and their variants, each with the sentence it teaches. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the workloads and their variants, each with what it teaches.")
final class ListCommand implements Runnable {
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(Json.write(Map.of("workloads", workloadsJson())));
        } else {
            printText(out);
        }
        out.flush();
    }

    private static void printText(PrintWriter out) {
        for (Workload<?> w : Catalogue.workloads()) {
            out.printf("%s (size: %s)%n  %s%n", w.name(), w.sizeMeaning(), w.lesson());
            int width = w.variants().stream().mapToInt(v -> v.name().length()).max().orElse(0);
            for (Variant<?> v : w.variants()) {
                String mark = v == w.defaultVariant() ? "*" : " ";
                out.printf("  %s %-" + width + "s  %s%n", mark, v.name(), v.lesson());
            }
            out.println();
        }
        out.println("* the default variant");
    }

    private static List<Object> workloadsJson() {
        List<Object> list = new ArrayList<>();
        for (Workload<?> w : Catalogue.workloads()) {
            List<Object> variants = new ArrayList<>();
            for (Variant<?> v : w.variants()) {
                variants.add(Json.obj().put("name", v.name()).put("lesson", v.lesson())
                        .put("default", v == w.defaultVariant()).map());
            }
            list.add(Json.obj().put("name", w.name()).put("lesson", w.lesson()).put("size", w.sizeMeaning())
                    .put("default_size", w.defaultSize()).put("variants", variants).map());
        }
        return list;
    }
}
