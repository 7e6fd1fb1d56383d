package fwf.workload;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sizes have bounds that say why: fib's n and the mean's element count. */
class SizeBoundsTest {
    @Test
    void fibTakesNUpToItsBoundAndSaysWhyBeyond() {
        assertThat(new FibInput(FibInput.MAX_N).n()).isEqualTo(100_000);
        assertThatThrownBy(() -> new FibInput(100_001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fib(100001) is too large: n goes up to 100,000, since the exact answer (the reference, and"
                        + " the iterative variant in every call) adds n numbers of up to 0.69 n bits, a time growing as"
                        + " n squared (about 0.3 s at 100,000, 25 s at 1,000,000)");
    }

    @Test
    void theIterativeVariantIsExactAtTheBound() {
        Computation c = Catalogue.FIB.variant("iterative").orElseThrow().kernel().prepare(new FibInput(FibInput.MAX_N));
        assertThat(c.run()).isEqualTo(Fib.reference(FibInput.MAX_N));
    }

    @Test
    void theMeanTakesWhatAJavaArrayHolds() {
        assertThat(new MeanInput(MeanInput.MAX_SIZE, 1).size()).isEqualTo(Integer.MAX_VALUE - 8);
        assertThatThrownBy(() -> new MeanInput(Integer.MAX_VALUE, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mean of 2,147,483,647 values is too large: the data is one Java float array, which holds"
                        + " at most 2,147,483,639");
    }

    @Test
    void theMeansReferenceNeedsNoArray() {
        // Value by value it equals the compensated mean of the generated array, bit for bit.
        MeanInput in = new MeanInput(1_000_003, 42);
        assertThat(Catalogue.MEAN.reference().apply(in)).isEqualTo(Mean.compensated(MeanData.generate(in)));
    }

    @Test
    void theMeansReferenceStopsWhenInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Mean.compensated(new MeanInput(MeanInput.MAX_SIZE, 42)))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void dataTheHeapCannotHoldIsRefusedBeforeItIsAllocated() {
        long max = Runtime.getRuntime().maxMemory();
        assertThatThrownBy(() -> Heap.require(max + 1, "a test's data")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a test's data needs ")
                .hasMessageContaining(", more than the ").hasMessageEndingWith(": a larger -Xmx raises it)");
        assertThat(Heap.size(40_000_000)).isEqualTo("40 MB");
        assertThat(Heap.size(2_000_000_000)).isEqualTo("2.0 GB");
        Heap.require(1_000, "a kilobyte"); // no exception
    }
}
