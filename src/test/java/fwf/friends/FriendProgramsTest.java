package fwf.friends;

import fwf.graph.FacebookFile;
import fwf.graph.Graph;
import fwf.run.WorkerEvent;
import fwf.workload.Agreement;
import fwf.workload.Catalogue;
import fwf.workload.MeanInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every friend program, really built and run: right answers on fib, a hand graph, the talk's
 * graph and the mean's data, all in the worker protocol, and a failure line with a non-zero exit
 * on bad input.
 *
 * <p>A friend missing here is skipped with its reason, or fails the test when
 * {@code FWF_REQUIRE_FRIENDS=1} (Mojo is never required: it cannot be installed); so does the
 * ego-Facebook file the graph tests need. A variant that cannot run although its friend can
 * (NumPy under PyPy) is not skipped either: its refusal, with the reason, is what is checked,
 * and some other friend must run that variant.
 */
class FriendProgramsTest {
    private static final Friends FRIENDS = Friends.standard();
    private static final Path EGO_FACEBOOK = Path.of("../shared/data/facebook_combined.txt");
    private static final String K4 = """
            # K4, with the noise the reader must drop: a duplicate edge (either way round) and a self-loop
            1 2
            1 3
            2 1
            1 4
            3 3

            2 3
            2 4
            3 4
            """;

    /**
     * Every friend program but GraalPy, for the checks of the protocol's paths (errors, plans,
     * graphs). GraalPy runs CPython's very driver (fwf_friend.py), so those paths are CPython's,
     * and each GraalPy start costs 20 to 45 s (a JVM with JVMCI and a Python context): it takes
     * part in the answers only ({@link #answering}), and GraalPyFriendTest checks its own plan.
     */
    static Stream<String> programs() {
        return answering().filter(name -> !name.equals(Systems.GRAALPY.name()));
    }

    /** Every friend program, for the checks of its answers. */
    static Stream<String> answering() {
        return Systems.friends().stream().filter(s -> s.launch() == Launch.PROGRAM && s != Systems.MOJO)
                .map(SystemSpec::name);
    }

    static Stream<Arguments> fibVariants() {
        return variantsOf("fib");
    }

    static Stream<Arguments> triangleVariants() {
        return variantsOf("triangles");
    }

    /**
     * The variants that are not the talk's naive count (Cython's typed is that count too): minutes on
     * the whole graph. GraalPy's are checked on the first 500 nodes, as CI's time asks.
     */
    static Stream<Arguments> goodTriangleVariants() {
        return variantsOf("triangles").filter(a -> !Set.of("naive", "typed").contains((String) a.get()[1]))
                .filter(a -> !a.get()[0].equals(Systems.GRAALPY.name()));
    }

    static Stream<Arguments> meanVariants() {
        return variantsOf("mean");
    }

    private static Stream<Arguments> variantsOf(String workload) {
        return answering().flatMap(system -> Systems.find(system).orElseThrow().variantsOf(workload).stream()
                .map(variant -> Arguments.of(system, variant)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fibVariants")
    void computesFib25(String system, String variant) throws Exception {
        Availability availability = require(system);
        FriendRun run = run(system, "fib", variant, 25, null, 1, 2);
        assertWellFormed(system, run, 1, 2);
        assertThat(run.started().javaVersion()).isEqualTo(availability.version());
        assertThat(run.loaded().input()).isEqualTo("n = 25");
        assertThat(run.loaded().size()).isEqualTo(25);
        assertThat(run.answer()).isEqualTo("75025");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("triangleVariants")
    void countsTheFourTrianglesOfK4(String system, String variant, @TempDir Path dir) throws Exception {
        require(system);
        Path k4 = Files.writeString(dir.resolve("k4.txt"), K4);
        FriendRun run = run(system, "triangles", variant, 0, k4, 1, 1);
        assertWellFormed(system, run, 1, 1);
        assertThat(run.loaded().input()).isEqualTo("k4.txt, 4 nodes, 6 edges");
        assertThat(run.answer()).isEqualTo("4");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("triangleVariants")
    void agreesWithJavaOnTheFirst500NodesOfEgoFacebook(String system, String variant) throws Exception {
        require(system);
        Graph graph = egoFacebook().firstNodes(500);
        Object expected = Catalogue.TRIANGLES.reference().apply(graph.edgeList());
        FriendRun run = run(system, "triangles", variant, 500, EGO_FACEBOOK, 1, 1);
        assertWellFormed(system, run, 1, 1);
        assertThat(run.loaded().input()).isEqualTo(String.format(
                "facebook_combined.txt [first 500 nodes], 500 nodes, %,d edges", graph.edgeCount()));
        assertThat(run.answer()).isEqualTo(expected.toString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("goodTriangleVariants")
    void goodAlgorithmCountsAllOfEgoFacebook(String system, String variant) throws Exception {
        require(system);
        egoFacebook();
        FriendRun run = run(system, "triangles", variant, 0, EGO_FACEBOOK, 1, 1);
        assertWellFormed(system, run, 1, 1);
        assertThat(run.loaded().input()).isEqualTo("facebook_combined.txt, 4,039 nodes, 88,234 edges");
        assertThat(run.answer()).isEqualTo("1612010");
    }

    /**
     * The talk's naive count on the whole talk's graph, for the compiled friends whose naive runs
     * in seconds (CPython's would take minutes): two calls each, the warm-up and one measured.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"c, naive", "rust, naive", "pyo3, naive", "pyo3, naive-hashmap"})
    void compiledNaiveCountsAllOfEgoFacebook(String system, String variant) throws Exception {
        require(system);
        egoFacebook();
        FriendRun run = run(system, "triangles", variant, 0, EGO_FACEBOOK, 1, 1);
        assertWellFormed(system, run, 1, 1);
        assertThat(run.loaded().input()).isEqualTo("facebook_combined.txt, 4,039 nodes, 88,234 edges");
        assertThat(run.answer()).isEqualTo("1612010");
    }

    /**
     * PyO3's talk variant counts over a fresh HashMap in every call, each with its own randomly
     * seeded hasher, so each call visits the nodes in another order: the answer must not move.
     */
    @Test
    void pyo3HashmapCountsRightInEveryKeyOrder() throws Exception {
        require("pyo3");
        Graph graph = egoFacebook().firstNodes(500);
        Object expected = Catalogue.TRIANGLES.reference().apply(graph.edgeList());
        FriendRun run = run("pyo3", "triangles", "naive-hashmap", 500, EGO_FACEBOOK, 1, 6);
        assertWellFormed("pyo3", run, 1, 6);
        assertThat(run.iterations()).extracting(WorkerEvent.Iteration::answer).containsOnly(expected.toString());
    }

    /** Each native build reports the flags it was built with, after its compiler's version. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"c, gcc , -O2", "c-native, gcc , -O3 -march=native", "rust, rustc , -O",
            "rust-native, rustc , -C opt-level=3 -C target-cpu=native"})
    void aNativeBuildSaysItsFlags(String system, String compiler, String flags) throws Exception {
        Availability availability = require(system);
        assertThat(availability.version()).startsWith(compiler).endsWith(" " + flags);
        FriendRun run = run(system, "fib", "looped", 10, null, 1, 1);
        assertWellFormed(system, run, 1, 1);
        assertThat(run.started().javaVersion()).isEqualTo(availability.version());
        assertThat(run.answer()).isEqualTo("55");
    }

    static Stream<String> parallelPrograms() {
        return programs().filter(s -> Systems.find(s).orElseThrow().variantsOf("triangles").contains("parallel"));
    }

    /**
     * Past bitset's 1 GiB matrix (a path of 100,000 nodes closed into one triangle at its start), as
     * Java: parallel counts with forward's merge and its loaded line's note says so in Java's words;
     * bitset refuses in Java's words.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("parallelPrograms")
    void pastTheMatrixLimitParallelNamesItsKernelAndBitsetRefuses(String system, @TempDir Path dir) throws Exception {
        require(system);
        StringBuilder path = new StringBuilder("0 2\n");
        for (int i = 0; i + 1 < 100_000; i++) {
            path.append(i).append(' ').append(i + 1).append('\n');
        }
        Path file = Files.writeString(dir.resolve("path.txt"), path);
        FriendRun parallel = run(system, "triangles", "parallel", 0, file, 1, 1);
        assertWellFormed(system, parallel, 1, 1);
        assertThat(parallel.answer()).isEqualTo("1");
        assertThat(parallel.loaded().note()).isEqualTo("parallel ran the forward kernel on 64 node ranges: a bit"
                + " matrix for 100,000 nodes would need 1,193 MiB, over the 1 GiB limit");
        assertFailed(run(system, "triangles", "bitset", 0, file, 1, 1), "bitset refuses 100,000 nodes: its bit"
                + " matrix would need 1,193 MiB, over the 1 GiB limit; use forward for a graph this large");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parallelPrograms")
    void onAGraphTooSparseForBitRowsParallelChoosesAsJavaDoes(String system, @TempDir Path dir) throws Exception {
        require(system);
        fwf.workload.EdgeList graph = fwf.workload.SparseGraphs.ringWithChords(2_560);
        Path file = Files.writeString(dir.resolve("ring.txt"), fwf.workload.SparseGraphs.text(graph));
        FriendRun parallel = run(system, "triangles", "parallel", 0, file, 1, 1);
        assertWellFormed(system, parallel, 1, 1);
        assertThat(parallel.answer()).isEqualTo("1");
        assertThat(parallel.loaded().note()).isEqualTo(fwf.workload.Catalogue.TRIANGLES.variant("parallel")
                .orElseThrow().kernel().prepare(graph).note()).startsWith("parallel ran the forward kernel");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void everyFriendHasAGoodTriangleAlgorithm(String system) {
        assertThat(Systems.find(system).orElseThrow().variantsOf("triangles")).contains("naive")
                .anyMatch(v -> !v.equals("naive"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("meanVariants")
    void meanMatchesJavaWithinOnePartInAMillion(String system, String variant) throws Exception {
        Availability availability = require(system);
        String problem = availability.variantProblem("mean", variant);
        if (!problem.isEmpty()) {
            assertThatThrownBy(() -> run(system, "mean", variant, 1_000_000, null, 1, 1))
                    .isInstanceOf(FriendUnavailableException.class)
                    .hasMessage(system + " is not available: mean/" + variant + ": " + problem);
            boolean runsElsewhere = programs().filter(other -> !other.equals(system)).anyMatch(other -> {
                Availability a = FRIENDS.availability(other);
                return a.available() && Systems.find(other).orElseThrow().implementsVariant("mean", variant)
                        && a.variantProblem("mean", variant).isEmpty();
            });
            if (!runsElsewhere) {
                throw FriendRequirement.missing("mean/" + variant, "no friend here can run it (" + system + ": "
                        + problem + ")");
            }
            return;
        }
        int size = 1_000_000;
        boolean draws = variant.equals("draw-mean"); // the talk's mean: its own stream, drawn in each call
        Object expected = Catalogue.MEAN.referenceFor(variant).apply(new MeanInput(size, MeanInput.DEFAULT_SEED));
        FriendRun run = run(system, "mean", variant, size, null, 1, 1);
        assertWellFormed(system, run, 1, 1);
        assertThat(run.loaded().input()).isEqualTo(draws ? "1,000,000 float32 values drawn in each call, seed 42"
                : "1,000,000 float32 values, seed 42");
        // Numba's prepare time is its compilation of the kernel; it draws nothing before the calls either.
        if (draws && !system.equals("numba")) {
            assertThat(run.loaded().prepareNs()).as("nothing is made before the timed calls").isZero();
        }
        String answer = run.answer();
        assertThat(Agreement.RELATIVE_1E6.agrees(expected, answer))
                .as(answer + " vs Java's " + expected).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void adaptivePlanWarmsUpThenMeasures(String system) throws Exception {
        require(system);
        FriendRun run = run(system, "fib", "recursive", 1, null, 0, 0);
        assertThat(run.exitCode()).isZero();
        List<WorkerEvent.Iteration> iterations = run.iterations();
        long warmups = iterations.stream().filter(WorkerEvent.Iteration::warmup).count();
        // fib(1) takes far under a second, so both phases run at least their minimum count and at
        // most the cap; warm-ups all come first.
        assertThat(warmups).isBetween(5L, 1000L);
        assertThat(iterations.size() - warmups).isBetween(10L, 1000L);
        assertThat(iterations.subList(0, (int) warmups)).allMatch(WorkerEvent.Iteration::warmup);
        assertThat(iterations.stream().map(WorkerEvent.Iteration::index).toList())
                .isEqualTo(IntStream.range(0, iterations.size()).boxed().toList());
        assertThat(run.events().getLast()).isInstanceOf(WorkerEvent.Finished.class);
    }

    /** The talk's plan for its mean: five rounds, all timed, no warm-up; explicit counts are honoured. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("drawMeanPrograms")
    void drawMeanRunsTheTalksFiveRoundsUnlessToldOtherwise(String system) throws Exception {
        Availability availability = require(system);
        String problem = availability.variantProblem("mean", "draw-mean");
        if (!problem.isEmpty()) {
            // No NumPy (PyPy): meanMatchesJavaWithinOnePartInAMillion checks the refusal and that
            // another friend runs it; there is no plan to check here.
            return;
        }
        FriendRun talk = run(system, "mean", "draw-mean", 1000, null, 0, 0);
        assertWellFormed(system, talk, 0, 5);
        FriendRun told = run(system, "mean", "draw-mean", 1000, null, 2, 3);
        assertWellFormed(system, told, 2, 3);
        assertThat(told.answer()).isEqualTo(talk.answer());
    }

    static Stream<String> drawMeanPrograms() {
        return programs().filter(s -> Systems.find(s).orElseThrow().variantsOf("mean").contains("draw-mean"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void missingGraphFileFailsWithTheReason(String system, @TempDir Path dir) throws Exception {
        require(system);
        Path absent = dir.resolve("absent.txt");
        FriendRun run = run(system, "triangles", "naive", 0, absent, 1, 1);
        assertFailed(run, "cannot read graph " + absent.toAbsolutePath() + ": No such file or directory");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void malformedGraphFailsNamingTheLine(String system, @TempDir Path dir) throws Exception {
        require(system);
        Path bad = Files.writeString(dir.resolve("bad.txt"), "1 2\n1 2 3\n");
        FriendRun run = run(system, "triangles", "naive", 0, bad, 1, 1);
        assertFailed(run, bad.toAbsolutePath() + ":2: expected two node ids, found 3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void unknownVariantFailsInTheProgramToo(String system) throws Exception {
        require(system);
        FriendCommand good = FRIENDS.command(system, "fib", "recursive", 1, null, 1, 1);
        List<String> argv = new ArrayList<>(good.argv());
        argv.set(argv.size() - 4, "nope"); // WORKLOAD VARIANT SIZE WARMUP ITERATIONS: the variant
        FriendRun run = FriendRun.of(new FriendCommand(system, good.version(), argv, good.workingDirectory(),
                good.environment()));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.events().getLast()).isInstanceOfSatisfying(WorkerEvent.Failure.class, f ->
                assertThat(f.message()).contains("has no variant 'nope' of fib (it has: recursive"));
    }

    /** A Python friend names a variant with '-' only: the function's '_' spelling is no variant. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cpython", "pypy", "mypyc"})
    void aVariantSpelledWithUnderscoresIsUnknown(String system) throws Exception {
        require(system);
        FriendCommand good = FRIENDS.command(system, "fib", "recursive-n1-first", 1, null, 1, 1);
        List<String> argv = new ArrayList<>(good.argv());
        argv.set(argv.size() - 4, "recursive_n1_first");
        FriendRun run = FriendRun.of(new FriendCommand(system, good.version(), argv, good.workingDirectory(),
                good.environment()));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.events().getLast()).isInstanceOfSatisfying(WorkerEvent.Failure.class, f ->
                assertThat(f.message()).contains("has no variant 'recursive_n1_first' of fib (it has: ")
                        .contains("recursive, recursive-n1-first"));
    }

    @Test
    void aPythonFriendMeasuresFromTheFirstCallWhenToldNoWarmup() throws Exception {
        require("cpython");
        FriendCommand command = FRIENDS.command("cpython", "fib", "recursive", 10, null, Friends.NO_WARMUP, 3);
        assertThat(command.argv().subList(command.argv().size() - 5, command.argv().size()))
                .containsExactly("fib", "recursive", "10", "none", "3");
        FriendRun run = FriendRun.of(command);
        assertWellFormed("cpython", run, 0, 3);
        assertThat(run.iterations()).allSatisfy(i -> assertThat(i.answer()).isEqualTo("55"));
    }

    // ------------------------------------------------------------------ helpers

    private static Availability require(String system) {
        Availability availability = FRIENDS.availability(system);
        if (!availability.available()) {
            throw FriendRequirement.missing(system, availability.reason());
        }
        return availability;
    }

    private static FriendRun run(String system, String workload, String variant, int size, Path graph, int warmup,
                                 int iterations) throws Exception {
        return FriendRun.of(FRIENDS.command(system, workload, variant, size, graph, warmup, iterations));
    }

    /** The talk's graph; missing, it fails the test under FWF_REQUIRE_FRIENDS=1 as a friend would. */
    private static Graph egoFacebook() {
        if (!Files.isRegularFile(EGO_FACEBOOK)) {
            throw FriendRequirement.missing("the SNAP ego-Facebook file", "not found at "
                    + EGO_FACEBOOK.toAbsolutePath().normalize() + " (data/download-snap.sh fetches it)");
        }
        return FacebookFile.load();
    }

    /** started, loaded, the planned iterations with consecutive indexes, finished, exit 0, nothing else. */
    private static void assertWellFormed(String system, FriendRun run, int warmup, int measured) {
        assertThat(run.garbage()).as(system + " printed non-protocol lines").isEmpty();
        assertThat(run.exitCode()).as(system + " exit status; events " + run.events() + "; stderr " + run.stderr())
                .isZero();
        List<WorkerEvent> events = run.events();
        assertThat(events.getFirst()).isInstanceOf(WorkerEvent.Started.class);
        assertThat(events.get(1)).isInstanceOf(WorkerEvent.Loaded.class);
        assertThat(events.getLast()).isInstanceOf(WorkerEvent.Finished.class);
        List<WorkerEvent.Iteration> iterations = run.iterations();
        assertThat(events).hasSize(iterations.size() + 3);
        assertThat(iterations.stream().map(WorkerEvent.Iteration::warmup).toList()).isEqualTo(
                Stream.concat(Stream.generate(() -> true).limit(warmup), Stream.generate(() -> false).limit(measured))
                        .toList());
        assertThat(iterations.stream().map(WorkerEvent.Iteration::index).toList())
                .isEqualTo(IntStream.range(0, warmup + measured).boxed().toList());
        assertThat(iterations).allMatch(i -> i.ns() >= 0, "times are not negative");
        assertThat(run.loaded().readNs()).isNotNegative();
        assertThat(run.loaded().prepareNs()).isNotNegative();
    }

    private static void assertFailed(FriendRun run, String message) {
        assertThat(run.garbage()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.events()).hasSize(2);
        assertThat(run.events().getFirst()).isInstanceOf(WorkerEvent.Started.class);
        assertThat(run.events().getLast()).isEqualTo(new WorkerEvent.Failure(0, message));
    }
}
