package fwf.friends;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each system needs installed is declared by its probe, where it is discovered, and the
 * installer asks for exactly the union: no hand-kept list to forget a new friend in.
 */
class ProbeNeedsTest {
    private static final List<String> DERIVED_PACKAGES = List.of("python3-numpy", "pypy3", "cython3", "python3-dev",
            "mypy", "python3-setuptools", "librust-pyo3-dev", "python3-numba");

    /** system to its Debian packages, then its toolchains as "command: packages". */
    private static Map<String, List<String>> declared() {
        Map<String, List<String>> needs = new LinkedHashMap<>();
        for (SystemSpec s : Systems.all()) {
            List<String> what = Stream.concat(s.probe().packages().stream(), s.probe().toolchains().stream()
                    .map(t -> t.command() + ": " + String.join(" ", t.packages()))).toList();
            needs.put(s.name(), what);
        }
        return needs;
    }

    @Test
    void everyProbeKindDeclaresWhatItNeedsFromDebian() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String jvm : List.of("jvm-int", "jvm-c1", "jvm-c2", "jvm-c2-only")) {
            expected.put(jvm, List.of()); // the JVM that runs us
        }
        expected.put("jvm-graal", List.of("mvn: maven"));
        expected.put("cpython", List.of("python3-numpy"));
        expected.put("pypy", List.of("pypy3"));
        expected.put("cython", List.of("cython3", "python3-dev", "gcc: gcc libc6-dev"));
        expected.put("mypyc", List.of("mypy", "python3-setuptools", "python3-dev", "gcc: gcc libc6-dev"));
        expected.put("pyo3", List.of("librust-pyo3-dev", "rustc: rustc", "cargo: cargo"));
        expected.put("numba", List.of("python3-numba"));
        expected.put("graalpy", List.of("mvn: maven")); // its jars are fetched, not packaged
        expected.put("c", List.of("gcc: gcc libc6-dev"));
        expected.put("rust", List.of("rustc: rustc"));
        expected.put("c-native", List.of("gcc: gcc libc6-dev"));
        expected.put("rust-native", List.of("rustc: rustc"));
        expected.put("ffm-c", List.of()); // the C build, declared by c
        expected.put("ffm-rust", List.of()); // the Rust build, declared by rust
        expected.put("mojo", List.of()); // nothing to install: it says so
        assertThat(declared()).containsExactlyEntriesOf(expected);
        // Every kind that builds or finds something of its own says what provides it.
        assertThat(Systems.all()).filteredOn(s -> !(s.probe() instanceof Probe.JvmWorker
                        || s.probe() instanceof Probe.ThroughFfm || s.probe() instanceof Probe.Never))
                .allSatisfy(s -> assertThat(declared().get(s.name())).as(s.name()).isNotEmpty());
        assertThat(Systems.JVM_GRAAL.probe().fetched()).extracting(Probe.Fetched::what)
                .containsExactly("the Graal compiler's jars");
        assertThat(Systems.GRAALPY.probe().fetched()).extracting(Probe.Fetched::what)
                .containsExactly("the Graal compiler's jars", "GraalPy's jars");
    }

    @Test
    void theInstallerAsksForExactlyTheUnionOfTheProbesPackages() {
        List<String> union = Systems.all().stream().flatMap(s -> s.probe().packages().stream()).distinct().toList();
        assertThat(Installer.PACKAGES).containsExactlyInAnyOrderElementsOf(union).doesNotHaveDuplicates();
        // In the order `friends list` shows the systems: the friends first, then the JVM's.
        assertThat(Installer.PACKAGES).containsExactlyElementsOf(DERIVED_PACKAGES);
        Map<String, List<String>> toolchains = new LinkedHashMap<>();
        toolchains.put("gcc", List.of("gcc", "libc6-dev"));
        toolchains.put("rustc", List.of("rustc"));
        toolchains.put("cargo", List.of("cargo"));
        toolchains.put("mvn", List.of("maven"));
        assertThat(Installer.TOOLCHAINS).containsExactlyEntriesOf(toolchains);
    }

    @Test
    void everyShippedSourceIsDeclaredByTheFriendThatBuildsIt() throws IOException, URISyntaxException {
        // Found through a file in it: the test classes have an fwf/friends folder of their own.
        Path base = Path.of(Resources.class.getResource(Resources.BASE + Resources.PROBE).toURI()).getParent()
                .getParent();
        List<String> shipped;
        try (Stream<Path> files = Files.walk(base)) {
            // The package's own classes live in the same folder; the rest is what the friends ship.
            shipped = files.filter(Files::isRegularFile).map(p -> base.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.endsWith(".class")).sorted().toList();
        }
        List<String> declared = Stream.concat(Stream.of(Resources.PROBE), Systems.all().stream()
                .flatMap(s -> s.probe().sources().stream())).distinct().sorted().toList();
        assertThat(declared).containsExactlyElementsOf(shipped);
        assertThat(declared).allSatisfy(name -> assertThat(Resources.bytes(name)).as(name).isNotEmpty());
    }
}
