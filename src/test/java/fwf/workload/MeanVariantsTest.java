package fwf.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeanVariantsTest {
    /** The mean of the default data (10,000,000 values, seed 42), exact to the last bit; see below. */
    private static final double DEFAULT_MEAN = 0.49998325960447193;

    /**
     * The variants that average the workload's own data; draw-mean draws numbers of its own
     * and has its own reference (DrawMeanTest).
     */
    static List<String> meanOnly() {
        return Catalogue.MEAN.variants().stream().filter(v -> v.reference() == null).map(Variant::name).toList();
    }

    static Stream<Arguments> variantsAndSizes() {
        List<Arguments> cases = new ArrayList<>();
        for (String variant : meanOnly()) {
            for (int size : new int[] {1, 7, 1000, 1_000_003}) {
                cases.add(Arguments.of(variant, size));
            }
        }
        return cases.stream();
    }

    private static Object mean(String variant, MeanInput input) {
        return Catalogue.MEAN.variant(variant).orElseThrow().kernel().prepare(input).run();
    }

    /**
     * The exact mean, correctly rounded: every value is an integer times 2^-24, so their sum is
     * an integer (below 2^53 here) times 2^-24, and one division rounds once.
     */
    private static double exactMean(MeanInput input) {
        long sum = 0;
        for (float value : MeanData.generate(input)) {
            sum += (long) (value * 0x1.0p24f);
        }
        return (double) sum / input.size() * 0x1.0p-24;
    }

    @ParameterizedTest
    @MethodSource("variantsAndSizes")
    void agreesWithLoopAndReference(String variant, int size) {
        MeanInput input = new MeanInput(size, MeanInput.DEFAULT_SEED);
        Object loop = mean("loop", input);
        Object answer = mean(variant, input);
        assertThat(answer).isInstanceOf(Double.class);
        assertThat(Agreement.RELATIVE_1E6.agrees(loop, answer)).as("%s vs loop: %s vs %s", variant, answer, loop).isTrue();
        assertThat(Agreement.RELATIVE_1E6.agrees(Catalogue.MEAN.reference().apply(input), answer)).isTrue();
    }

    @Test
    void everyVariantAgreesOnTheDefaultTenMillion() {
        MeanInput input = new MeanInput(MeanInput.DEFAULT_SIZE, MeanInput.DEFAULT_SEED);
        Object loop = mean("loop", input);
        // Double sums of these values are exact up to 2^29 of them (each partial sum is a multiple
        // of 2^-24 below 2^29, so fits in 53 bits): the loop and the reference hit the exact mean.
        assertThat(loop).isEqualTo(DEFAULT_MEAN);
        assertThat(exactMean(input)).isEqualTo(DEFAULT_MEAN);
        assertThat(Catalogue.MEAN.reference().apply(input)).isEqualTo(DEFAULT_MEAN);
        for (String variant : meanOnly()) {
            Object answer = mean(variant, input);
            assertThat(Agreement.RELATIVE_1E6.agrees(loop, answer)).as("%s: %s", variant, answer).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 1000, 1_000_003})
    void loopAndReferenceAreExact(int size) {
        MeanInput input = new MeanInput(size, 11);
        assertThat(mean("loop", input)).isEqualTo(exactMean(input));
        assertThat(Catalogue.MEAN.reference().apply(input)).isEqualTo(exactMean(input));
    }

    @Test
    void theMeanOfOneValueIsThatValue() {
        MeanInput input = new MeanInput(1, MeanInput.DEFAULT_SEED);
        for (String variant : Catalogue.MEAN.variantNames()) { // draw-mean's first value is this one too
            assertThat(mean(variant, input)).as(variant).isEqualTo((double) 0.74156487f);
        }
    }

    @Test
    void parallelIsDeterministic() {
        Computation parallel = Catalogue.MEAN.variant("parallel").orElseThrow().kernel()
                .prepare(new MeanInput(1_000_003, 5));
        Object first = parallel.run();
        for (int round = 0; round < 5; round++) {
            assertThat(parallel.run()).isEqualTo(first);
        }
    }

    @Test
    void aJvmWithoutTheVectorModuleGetsAMessageNotACrash() throws Exception {
        // Tests run with the module; a fresh JVM without it shows what a user would meet.
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), VectorProbe.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertThat(p.waitFor()).isZero();
        assertThat(out).isEqualTo("the vector variant needs the JVM option --add-modules=jdk.incubator.vector");
    }

    /** Prepares the vector variant in a JVM started without the module, printing what it says. */
    static final class VectorProbe {
        public static void main(String[] args) {
            try {
                Catalogue.MEAN.variant("vector").orElseThrow().kernel().prepare(new MeanInput(8, 1));
                System.out.println("prepared without the module?");
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }
    }

    @Property(tries = 60)
    void vectorAndParallelAgreeWithLoopOnAnySize(@ForAll @IntRange(min = 1, max = 200_000) int size, @ForAll long seed) {
        float[] data = MeanData.generate(new MeanInput(size, seed));
        double loop = Mean.loop(data);
        assertThat(Agreement.RELATIVE_1E6.agrees(loop, VectorMean.mean(data))).isTrue();
        assertThat(Agreement.RELATIVE_1E6.agrees(loop, Mean.parallel(data))).isTrue();
        // Both sums are exact for data this short (see everyVariantAgreesOnTheDefaultTenMillion),
        // so compensated or not, the streams and the loop meet on the same bits.
        assertThat(Mean.stream(data)).isEqualTo(loop);
    }

    @Test
    void boxedHoldsOneFloatPerValue() {
        float[] data = MeanData.generate(new MeanInput(100, 3));
        List<Float> boxed = Mean.box(data);
        assertThat(boxed).hasSize(100);
        assertThat(boxed.get(99)).isEqualTo(data[99]);
        assertThat(Mean.boxed(boxed)).isEqualTo(Mean.loop(data));
    }
}
