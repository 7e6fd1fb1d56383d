package fwf.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every package ("room") and what it may import, as docs/ARCHITECTURE.md's table shows it; the
 * rooms form layers, so no package cycle can form. A room not in the table fails too, so a new
 * package comes with its rule.
 */
class RoomsTest {
    /** The JDK, for every room. */
    private static final String JDK = "java..";

    /**
     * Each room to what it may depend on besides the JDK and itself, lowest rooms first. Keep
     * docs/ARCHITECTURE.md's table in step with this one.
     */
    static final Map<String, List<String>> MAY_IMPORT = rooms();

    private static Map<String, List<String>> rooms() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("fwf.json", List.of());
        m.put("fwf.io", List.of());
        m.put("fwf.workload", List.of("jdk.incubator.vector.."));
        m.put("fwf.graph", List.of("fwf.workload..", "fwf.io.."));
        // The friends read the catalogue of workloads (which reads a graph file), nothing above it.
        m.put("fwf.friends", List.of("fwf.workload..", "fwf.json..", "fwf.io.."));
        // A run's values and protocol: what the runner and the worker both read, and every room above.
        m.put("fwf.run", List.of("fwf.workload..", "fwf.graph..", "fwf.friends..", "fwf.json..", "fwf.io.."));
        // The worker's side never names the runner's classes, nor the friends' (it runs our kernels only).
        // com.sun.management: the JDK's own extension the worker's MemoryMeter reads allocated bytes from.
        m.put("fwf.worker", List.of("fwf.run..", "fwf.workload..", "fwf.graph..", "fwf.json..", "fwf.io..",
                "com.sun.management.."));
        // The caller's side starts workers by the protocol in fwf.run, never by the worker's classes.
        m.put("fwf.runner", List.of("fwf.run..", "fwf.workload..", "fwf.graph..", "fwf.friends..", "fwf.json..",
                "fwf.io.."));
        m.put("fwf.results", List.of("fwf.run..", "fwf.friends..", "fwf.workload..", "fwf.json..", "fwf.io.."));
        m.put("fwf.chart", List.of("org.jfree.chart", "org.jfree.chart.axis..", "org.jfree.chart.block..",
                "org.jfree.chart.entity..", "org.jfree.chart.labels..", "org.jfree.chart.plot..",
                "org.jfree.chart.renderer..", "org.jfree.chart.title..", "org.jfree.chart.ui..", "org.jfree.data..",
                "org.jfree.svg..", "javax.imageio..",
                "fwf.results..", "fwf.run..", "fwf.friends..", "fwf.workload..", "fwf.json..", "fwf.io.."));
        m.put("fwf.cli", List.of("picocli..", "org.jfree.chart", "fwf.chart..", "fwf.results..", "fwf.runner..",
                "fwf.run..", "fwf.friends..", "fwf.graph..", "fwf.workload..", "fwf.json..", "fwf.io.."));
        // The graph view: JavaFX and GraphStream over the graphs and the instrumented searches, never
        // the runs (it times nothing) nor the window that holds it. javax.imageio: the snapshot as PNG.
        m.put("fwf.graphview", List.of("javafx..", "org.graphstream..", "javax.imageio..",
                "fwf.graph..", "fwf.workload..", "fwf.io.."));
        // fwf.app may use everything: it is the top, and the only room with JavaFX (LayeringTest).
        return m;
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fwf");
    }

    static Stream<String> ruledRooms() {
        return MAY_IMPORT.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruledRooms")
    void eachRoomImportsOnlyWhatItsRowAllows(String room) {
        List<String> allowed = new ArrayList<>(List.of(JDK, room + ".."));
        allowed.addAll(MAY_IMPORT.get(room));
        classes().that().resideInAPackage(room + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .check(classes);
    }

    @Test
    void everyRoomHasARow() {
        Set<String> rooms = new TreeSet<>();
        classes.forEach(c -> {
            String[] parts = c.getPackageName().split("\\.");
            rooms.add(parts.length >= 2 ? parts[0] + "." + parts[1] : c.getPackageName());
        });
        Set<String> known = new TreeSet<>(MAY_IMPORT.keySet());
        known.add("fwf.app");
        assertThat(rooms).isEqualTo(known);
    }

    @Test
    void noRoomImportsARoomAboveItsOwnRow() {
        // The table is a ladder: a room may only name rooms listed before it, so no cycle can form.
        List<String> order = new ArrayList<>(MAY_IMPORT.keySet());
        MAY_IMPORT.forEach((room, allowed) -> allowed.stream().filter(a -> a.startsWith("fwf."))
                .map(a -> a.substring(0, a.length() - 2))
                .forEach(target -> assertThat(order.indexOf(target)).as(room + " -> " + target)
                        .isBetween(0, order.indexOf(room) - 1)));
    }

    @Test
    void noPackageCycles() {
        slices().matching("fwf.(*)..").should().beFreeOfCycles().check(classes);
    }
}
