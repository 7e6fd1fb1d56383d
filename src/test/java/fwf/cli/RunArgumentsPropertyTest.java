package fwf.cli;

import fwf.workload.Catalogue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The hostile user as a property: {@code run} with random arguments (workloads, variants and
 * JVM systems, sizes from 0 and negative to huge, odd timeouts, bad flags and counts), in
 * process through {@link Main#commandLine()}, always ends, with an exit code from the README's
 * table and, when it is not 0, one line on stderr and no stack trace.
 *
 * <p>Every generated run has a timeout of at most 5 s or one that is refused, and triangles
 * always read a 4-node file, so each try takes seconds at most.
 */
class RunArgumentsPropertyTest {
    /** Longer than any run given here can take: the timeout, a worker's start, its kill. */
    private static final Duration ENDS_WITHIN = Duration.ofSeconds(60);

    private static Path dir;
    private static Path graph;

    @BeforeContainer
    static void files() throws IOException {
        dir = Files.createTempDirectory("fwf-run-properties");
        graph = Files.writeString(dir.resolve("k4.txt"), "# K4\n0 1\n0 2\n0 3\n1 2\n1 3\n2 3\n");
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 30)
    void everyRunEndsWithAnExitCodeOfTheTableAndOneLine(@ForAll("runs") List<String> args) {
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(args);
        all.addAll(List.of("--graph", graph.toString(), "--results", dir.resolve("results.jsonl").toString()));
        CliTest.Result r = assertTimeoutPreemptively(ENDS_WITHIN, () -> CliTest.fwf(all.toArray(String[]::new)),
                () -> "did not end: " + all);
        Statistics.label("exit").collect(r.exit());
        Statistics.label("why").collect(r.err().length() > 70 ? r.err().substring(0, 70) : r.err().strip());
        assertThat(r.exit()).as("%s: %s", all, r.err()).isIn(0, 1, 2);
        assertThat(r.err()).as("%s", all).doesNotContain("\tat ").doesNotContain("Exception in thread")
                .doesNotContain(".java:");
        if (r.exit() == 0) {
            assertThat(r.err()).as("%s", all).isEmpty();
        } else {
            assertThat(r.err().lines().toList()).as("%s", all).singleElement().asString().startsWith("fwf: ");
        }
    }

    @Provide
    Arbitrary<List<String>> runs() {
        // Mostly a workload with one of its own variants and a size it takes, so that most tries
        // really run; the rest is what a hostile user types.
        Arbitrary<List<String>> workloadVariantSize = Arbitraries.of(Catalogue.workloads()).flatMap(w -> {
            Arbitrary<List<String>> variant = Arbitraries.frequencyOf(
                    Tuple.of(4, Arbitraries.of(w.variantNames()).map(v -> List.of("--variant", v))),
                    Tuple.of(1, Arbitraries.of(List.<String>of(), List.of("--variant", "nope"),
                            List.of("--variant", "naive-boxed"), List.of("--variant", "iterative"))));
            List<String> fits = switch (w.name()) {
                case "fib" -> List.of("1", "5", "20", "25", "92");
                case "triangles" -> List.of("1", "3", "4");
                default -> List.of("1", "1000", "100000");
            };
            Arbitrary<List<String>> size = Arbitraries.frequencyOf(
                    Tuple.of(4, Arbitraries.of(fits).map(n -> List.of("--size", n))),
                    Tuple.of(2, Arbitraries.of("0", "-1", "5", "93", "100001", "50001", "2147483647", "-2147483648",
                            "2147483648", "ten", "1e3").map(n -> List.of("--size", n))),
                    Tuple.of(1, Arbitraries.just(List.<String>of())));
            Arbitrary<String> name = Arbitraries.frequencyOf(
                    Tuple.of(9, Arbitraries.just(w.name())), Tuple.of(1, Arbitraries.just("fibonacci")));
            return Combinators.combine(name.map(List::of), variant, size).as(RunArgumentsPropertyTest::concat);
        });
        Arbitrary<List<String>> system = option("--system", Arbitraries.of("jvm-int", "jvm-c1", "jvm-c2", "jvm-c2-only",
                "jvm-c2", "jvm-c3"));
        // Valid timeouts are short so every try is quick; the rest are refused.
        Arbitrary<List<String>> timeout = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("2", "5", "1", "0.5")),
                Tuple.of(1, Arbitraries.of("0", "-1", "1e10", "Infinity", "-Infinity", "NaN", "abc", "0.0001", "")))
                .map(t -> List.of("--timeout", t));
        Arbitrary<List<String>> counts = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(List.of("--warmup", "1", "--iterations", "2"))),
                Tuple.of(1, Arbitraries.just(List.<String>of())),
                Tuple.of(1, Combinators.combine(
                        option("--warmup", Arbitraries.of("-1", "0", "1", "x")),
                        option("--iterations", Arbitraries.of("-1", "0", "2")),
                        option("--forks", Arbitraries.of("0", "1", "2"))).as(RunArgumentsPropertyTest::concat)));
        Arbitrary<List<String>> flags = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(List.<String>of())),
                Tuple.of(1, Arbitraries.of("-Xint", "-XX:+NoSuchFlag", "-Xmx8m", "-XX:TieredStopAtLevel=1",
                        "-XX:-TieredCompilation", "-Xss1k", "-XX:+UseJVMCICompiler", "--bogus")
                        .map(f -> List.of("--jvm-flag=" + f))));
        Arbitrary<List<String>> extra = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(List.<String>of(), List.of("--format", "json"), List.of("--format", "csv"),
                        List.of("--no-jit-events"))),
                Tuple.of(1, Arbitraries.of(List.of("--bogus"), List.of("--format", "xml"), List.of("--size"))));
        return Combinators.combine(workloadVariantSize, system, timeout, counts, flags, extra)
                .as(RunArgumentsPropertyTest::concat);
    }

    /** The option with a value, or nothing (a third of the time). */
    private static Arbitrary<List<String>> option(String name, Arbitrary<String> values) {
        return values.map(v -> List.of(name, v)).optional(0.67).map(o -> o.orElse(List.of()));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}
