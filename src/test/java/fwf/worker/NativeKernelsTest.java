package fwf.worker;

import fwf.friends.Systems;
import fwf.graph.EdgeListReader;
import fwf.graph.Generators;
import fwf.run.Inputs;
import fwf.runner.FfmLibraries;
import fwf.workload.Catalogue;
import fwf.workload.Computation;
import fwf.workload.EdgeList;
import fwf.workload.FibInput;
import fwf.workload.MeanData;
import fwf.workload.MeanInput;
import fwf.workload.Variant;
import fwf.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The FFM kernels in this process, on the real C and Rust libraries: the same answers, of
 * the same types, as the Java kernels, and nothing reachable once the library is closed.
 */
class NativeKernelsTest {
    /** K4 in file order: 0-1 0-2 0-3 1-2 1-3 2-3. */
    private static final EdgeList K4 = new EdgeList(4, new int[] {0, 0, 0, 1, 1, 2}, new int[] {1, 2, 3, 2, 3, 3});

    @Test
    void theLibraryOffersExactlyTheVariantsTheFfmSystemsList() {
        assertThat(NativeKernels.VARIANTS.entrySet()).containsExactlyElementsOf(Systems.FFM_C.variants().entrySet());
        assertThat(NativeKernels.VARIANTS.entrySet()).containsExactlyElementsOf(Systems.FFM_RUST.variants().entrySet());
    }

    @Test
    void aLibraryThatIsNotThereIsRefusedWithItsPath() {
        Path missing = Path.of("/nonexistent/libfwf_missing.so");
        assertThatThrownBy(() -> NativeKernels.open(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot load the native library /nonexistent/libfwf_missing.so: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void answersAsTheJavaKernelsDo(String system) {
        Path library = FfmLibraries.require(system);
        try (NativeKernels natives = NativeKernels.open(library)) {
            assertThat(natives.path()).isEqualTo(library);
            assertThat(natives.version() + ", through FFM")
                    .isEqualTo(FfmLibraries.FRIENDS.availability(system).version());

            for (String variant : NativeKernels.variantNames("fib")) {
                assertThat(run(natives, Catalogue.FIB, variant, new FibInput(25))).as(variant).isEqualTo(75025L);
                assertThat(run(natives, Catalogue.FIB, variant, new FibInput(0))).as(variant).isEqualTo(0L);
                assertThat(run(natives, Catalogue.FIB, variant, new FibInput(1))).as(variant).isEqualTo(1L);
                assertThat(run(natives, Catalogue.FIB, variant, new FibInput(2))).as(variant).isEqualTo(1L);
                assertThat(run(natives, Catalogue.FIB, variant, new FibInput(30))).as(variant).isEqualTo(832040L);
            }

            for (String variant : NativeKernels.variantNames("triangles")) {
                Computation k4 = prepare(natives, Catalogue.TRIANGLES, variant, K4);
                assertThat(k4.run()).as(variant).isEqualTo(4L);
                assertThat(k4.run()).as(variant + ", again").isEqualTo(4L);
                EdgeList graph = Generators.facebookLike(Inputs.GENERATED_GRAPH_SEED).firstNodes(400).edgeList();
                assertThat(run(natives, Catalogue.TRIANGLES, variant, graph)).as(variant + " on 400 generated nodes")
                        .isEqualTo(Catalogue.TRIANGLES.reference().apply(graph));
                EdgeList empty = new EdgeList(0, new int[0], new int[0]);
                assertThat(run(natives, Catalogue.TRIANGLES, variant, empty)).as(variant + " on nothing").isEqualTo(0L);
            }

            // Summed in a double, in order, as the plain Java loop: bit for bit the same.
            MeanInput input = new MeanInput(100_000, MeanInput.DEFAULT_SEED);
            double sum = 0;
            for (float v : MeanData.generate(input)) {
                sum += v;
            }
            assertThat(run(natives, Catalogue.MEAN, "loop", input)).isEqualTo(sum / input.size());
            // Chunks summed in order and their sums added in order: the same bits as Java's parallel.
            Object javaParallel = Catalogue.MEAN.variant("parallel").orElseThrow().kernel().prepare(input).run();
            assertThat(run(natives, Catalogue.MEAN, "parallel", input)).isEqualTo(javaParallel);
            // Float lanes of another width and another order of adding: close, not bit for bit.
            assertThat((double) run(natives, Catalogue.MEAN, "vector", input))
                    .isCloseTo(sum / input.size(), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    /** Every fast twin on the talk's whole graph, as the Java variants of the same names count it. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void everyFastTwinCountsEgoFacebook(String system) throws IOException {
        Path library = FfmLibraries.require(system);
        EdgeList facebook = EdgeListReader.read(FfmLibraries.egoFacebook()).graph().edgeList();
        try (NativeKernels natives = NativeKernels.open(library)) {
            for (String variant : java.util.List.of("hashset", "forward", "bitset", "parallel")) {
                Computation count = prepare(natives, Catalogue.TRIANGLES, variant, facebook);
                assertThat(count.run()).as(variant).isEqualTo(1_612_010L);
                assertThat(count.note()).as(variant).isEmpty();
            }
        }
    }

    /**
     * Past bitset's 1 GiB matrix, as Java's: bitset refuses with Java's words, and parallel counts with
     * forward's merge and says so in the note Java's parallel gives.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void pastTheMatrixLimitBitsetRefusesAndParallelNamesItsKernel(String system) {
        int nodes = 100_000; // 1,193 MiB of bits
        EdgeList graph = new EdgeList(nodes, new int[] {0, 0, 1, 99_998}, new int[] {1, 2, 2, 99_999});
        try (NativeKernels natives = NativeKernels.open(FfmLibraries.require(system))) {
            Computation javaParallel = Catalogue.TRIANGLES.variant("parallel").orElseThrow().kernel().prepare(graph);
            Computation parallel = prepare(natives, Catalogue.TRIANGLES, "parallel", graph);
            assertThat(parallel.run()).isEqualTo(1L);
            assertThat(parallel.note()).isEqualTo("parallel ran the forward kernel on 64 node ranges: a bit matrix"
                    + " for 100,000 nodes would need 1,193 MiB, over the 1 GiB limit").isEqualTo(javaParallel.note());
            assertThatThrownBy(() -> prepare(natives, Catalogue.TRIANGLES, "bitset", graph))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("bitset refuses 100,000 nodes: its bit matrix would need 1,193 MiB, over the 1 GiB"
                            + " limit; use forward for a graph this large");
        }
    }

    /** On a graph too sparse for bit rows the twins choose forward's merge as Java does, by the same figures. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void onAGraphTooSparseForBitRowsParallelChoosesAsJavaDoes(String system) {
        try (NativeKernels natives = NativeKernels.open(FfmLibraries.require(system))) {
            for (int ring : new int[] {64, 2_560}) {
                EdgeList graph = fwf.workload.SparseGraphs.ringWithChords(ring);
                Computation javaParallel = Catalogue.TRIANGLES.variant("parallel").orElseThrow().kernel().prepare(graph);
                Computation parallel = prepare(natives, Catalogue.TRIANGLES, "parallel", graph);
                assertThat(parallel.run()).as("ring of %d", ring).isEqualTo(1L);
                assertThat(parallel.note()).as("ring of %d", ring).isEqualTo(javaParallel.note());
            }
        }
    }

    /** The talk's graph, whole, through the talk's naive count: one call of several seconds each. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void naiveCountsEveryTriangleOfEgoFacebook(String system) throws IOException {
        Path library = FfmLibraries.require(system);
        EdgeList facebook = EdgeListReader.read(FfmLibraries.egoFacebook()).graph().edgeList();
        try (NativeKernels natives = NativeKernels.open(library)) {
            assertThat(run(natives, Catalogue.TRIANGLES, "naive", facebook)).isEqualTo(1_612_010L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void hasNoneOfTheJavaOnlyVariants(String system) {
        try (NativeKernels natives = NativeKernels.open(FfmLibraries.require(system))) {
            assertThat(natives.variant(Catalogue.FIB, "primitive")).isEmpty();
            assertThat(natives.variant(Catalogue.TRIANGLES, "naive-boxed")).isEmpty();
            assertThat(natives.variant(Catalogue.MEAN, "stream")).isEmpty();
            assertThat(natives.variant(Catalogue.MEAN, "numpy")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void fibBeyondSixtyFourBitsIsRefusedBeforeAnyCall(String system) {
        try (NativeKernels natives = NativeKernels.open(FfmLibraries.require(system))) {
            Variant<FibInput> fib = natives.variant(Catalogue.FIB, "recursive").orElseThrow();
            assertThatThrownBy(() -> fib.kernel().prepare(new FibInput(93))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("fib(93) does not fit in 64 bits: n must be <= 92");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void nothingRunsOnceTheLibraryIsClosed(String system) {
        Computation fib;
        Computation forward;
        try (NativeKernels natives = NativeKernels.open(FfmLibraries.require(system))) {
            fib = prepare(natives, Catalogue.FIB, "recursive", new FibInput(10));
            forward = prepare(natives, Catalogue.TRIANGLES, "forward", K4);
            assertThat(forward.run()).isEqualTo(4L);
        }
        // The prepared graph was freed with the arena: a call would read freed memory, so FFM refuses it.
        assertThatThrownBy(forward::run).isInstanceOf(IllegalStateException.class).hasMessage("Already closed");
        assertThatThrownBy(fib::run).isInstanceOf(IllegalStateException.class).hasMessage("Already closed");
    }

    private static <I> Computation prepare(NativeKernels natives, Workload<I> workload, String variant, I input) {
        return natives.variant(workload, variant).orElseThrow().kernel().prepare(input);
    }

    private static <I> Object run(NativeKernels natives, Workload<I> workload, String variant, I input) {
        return prepare(natives, workload, variant, input).run();
    }
}
