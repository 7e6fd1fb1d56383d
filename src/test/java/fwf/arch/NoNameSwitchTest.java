package fwf.arch;

import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.workload.Catalogue;
import fwf.workload.Workload;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's workload and system are objects that carry their own facets, so no code decides
 * anything by comparing their names with a literal: no {@code case "fib"}, no
 * {@code .equals("cpython")}. Only the registries, where each is defined, write the names.
 */
class NoNameSwitchTest {
    /** Where the names are defined: each workload's definition, and the catalogue of systems. */
    private static final List<String> REGISTRIES = List.of("fwf/workload/FibVariants.java",
            "fwf/workload/TriangleVariants.java", "fwf/workload/MeanVariants.java", "fwf/friends/Systems.java");

    @Test
    void noMainSourceComparesAWorkloadOrSystemNameWithALiteral() throws IOException {
        List<String> names = new ArrayList<>();
        Catalogue.workloads().stream().map(Workload::name).forEach(names::add);
        Systems.all().stream().map(SystemSpec::name).forEach(names::add);
        String alternatives = String.join("|", names.stream().map(Pattern::quote).toList());
        // case "fib" / .equals("fib") / "fib".equals( / == "fib" / Map.of("fib", ... as a lookup key
        Pattern comparison = Pattern.compile("(case\\s+\"(" + alternatives + ")\"|equals\\(\"(" + alternatives
                + ")\"\\)|\"(" + alternatives + ")\"\\.equals\\(|[=!]=\\s*\"(" + alternatives + ")\")");
        Path root = Path.of("src/main/java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (REGISTRIES.contains(relative)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    if (comparison.matcher(line).find()) {
                        found.add(relative + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(found).as("decisions by a workload's or system's name outside its registry").isEmpty();
    }

    @Test
    void theCheckSeesWhatItGuards() {
        // The registries exist where the check expects them, so a move cannot blind it.
        for (String registry : REGISTRIES) {
            assertThat(Path.of("src/main/java", registry)).isRegularFile();
        }
    }
}
