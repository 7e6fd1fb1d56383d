package fwf.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FibMeanCatalogueTest {
    @Test
    void fibVariantsInOrder() {
        assertThat(Catalogue.FIB.variantNames()).containsExactly("primitive", "primitive-n1-first", "boxed", "dynamic", "dynamic-deopt", "looped", "memo", "iterative");
        assertThat(Catalogue.FIB.defaultVariant().name()).isEqualTo("primitive");
        assertThat(Catalogue.FIB.variants()).allSatisfy(v -> assertThat(v.lesson()).isNotBlank());
        assertThat(Catalogue.FIB.reference().apply(new FibInput(40))).isEqualTo(BigInteger.valueOf(102_334_155));
    }

    @Test
    void meanVariantsInOrder() {
        assertThat(Catalogue.MEAN.variantNames()).containsExactly("loop", "boxed", "stream", "vector", "parallel", "draw-mean");
        assertThat(Catalogue.MEAN.defaultVariant().name()).isEqualTo("loop");
        assertThat(Catalogue.MEAN.variants()).allSatisfy(v -> assertThat(v.lesson()).isNotBlank());
        assertThat(Catalogue.MEAN.reference().apply(new MeanInput(1, MeanInput.DEFAULT_SEED))).isEqualTo((double) 0.74156487f);
    }

    @Test
    void lessonsAreOneSentence() {
        for (Workload<?> workload : new Workload<?>[] {Catalogue.FIB, Catalogue.MEAN}) {
            for (Variant<?> variant : workload.variants()) {
                assertThat(variant.lesson()).as(variant.name()).endsWith(".").doesNotContain(". ");
            }
        }
    }
}
