package fwf.cli;

import fwf.friends.Availability;
import fwf.friends.Friends;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;
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
        description = {"List the workloads, their variants and the systems they run on.", "",
                "Each variant with the sentence it teaches; each system available with its version, or why not (the"
                        + " first call builds the compiled friends)."})
final class ListCommand implements Runnable {
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<SystemRow> systems = systemRows(Friends.standard());
        if (format == OutputFormat.json) {
            out.println(Json.obj().put("workloads", workloadsJson())
                    .put("systems", systems.stream().map(SystemRow::json).toList()));
        } else {
            printText(out);
            printSystems(out, systems);
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

    /** A system as listed: JVM tiers run on this JDK; friends say whether they can run here. */
    record SystemRow(SystemSpec spec, boolean available, String version, String reason) {
        Map<String, Object> json() {
            return Json.obj().put("name", spec.name()).put("label", spec.label())
                    .put("family", spec.family().name().toLowerCase(java.util.Locale.ROOT)).put("available", available)
                    .put("version", version).put("reason", reason).put("lesson", spec.lesson()).map();
        }
    }

    static List<SystemRow> systemRows(Friends friends) {
        List<SystemRow> rows = new ArrayList<>();
        for (SystemSpec s : Systems.all()) {
            // JVM tiers run on this JDK (jvm-graal once its jars are fetched); friends say whether they can run here.
            Availability a = friends.availability(s.name());
            rows.add(new SystemRow(s, a.available(), a.version(), a.reason()));
        }
        return rows;
    }

    private static void printSystems(PrintWriter out, List<SystemRow> rows) {
        out.println();
        out.println("systems (--system)");
        int width = rows.stream().mapToInt(r -> r.spec().name().length()).max().orElse(0);
        for (SystemRow r : rows) {
            out.printf("  %-" + width + "s  %-9s  %s%n", r.spec().name(), r.available() ? "available" : "missing",
                    r.available() ? r.version() : r.reason());
        }
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
