package fwf.friends;

import fwf.workload.Catalogue;
import fwf.workload.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue of systems as data: names, families, launches and variants that add up. */
class SystemsTest {
    @Test
    void listsTheJvmLadderThenTheFriends() {
        assertThat(Systems.names()).containsExactly("jvm-int", "jvm-c1", "jvm-c2", "jvm-c2-only", "jvm-graal", "cpython", "pypy",
                "cython", "mypyc", "pyo3", "numba", "graalpy", "c", "rust", "c-native", "rust-native", "ffm-c",
                "ffm-rust", "mojo");
        assertThat(Systems.all()).filteredOn(SystemSpec::isJvm).allMatch(s -> s.launch() == Launch.JVM_WORKER)
                .hasSize(5);
        assertThat(Systems.friends()).noneMatch(SystemSpec::isJvm);
        assertThat(Systems.find("ffm-rust")).get().extracting(SystemSpec::launch).isEqualTo(Launch.FFM);
        assertThat(Systems.find("cython")).get().extracting(SystemSpec::family).isEqualTo(Family.PYTHON);
        assertThat(Systems.find("c")).get().extracting(SystemSpec::family).isEqualTo(Family.NATIVE);
    }

    @Test
    void everyFriendVariantIsDescribedAndEveryFriendRunsFib() {
        for (SystemSpec s : Systems.friends()) {
            assertThat(s.variantsOf("fib")).as(s.name()).contains("recursive");
            s.variants().forEach((workload, names) -> {
                assertThat(Catalogue.workload(workload)).as(s.name() + " " + workload).isPresent();
                for (String name : names) {
                    assertThat(Systems.variant(workload, name)).as(s.name() + " " + workload + "/" + name).isPresent();
                }
            });
        }
    }

    @Test
    void sharedNamesMeanTheJavaVariantOfThatName() {
        // Where a friend's variant has a Java variant's name, the algorithm is the same.
        for (String[] same : List.of(new String[]{"triangles", "hashset"}, new String[]{"triangles", "forward"},
                new String[]{"triangles", "bitset"}, new String[]{"triangles", "parallel"},
                new String[]{"fib", "looped"}, new String[]{"mean", "loop"}, new String[]{"mean", "draw-mean"},
                new String[]{"mean", "parallel"}, new String[]{"mean", "vector"})) {
            Workload<?> w = Catalogue.workload(same[0]).orElseThrow();
            assertThat(w.variantNames()).as(same[0]).contains(same[1]);
        }
        // The other friend names are friends' own, never a Java variant of something else.
        for (Systems.FriendVariant v : Systems.VARIANTS) {
            if (!Set.of("hashset", "forward", "bitset", "parallel", "looped", "loop", "draw-mean", "vector")
                    .contains(v.name())) {
                assertThat(Catalogue.workload(v.workload()).orElseThrow().variantNames()).doesNotContain(v.name());
            }
        }
    }

    @Test
    void aJvmWorkerListsNoVariantsAndRunsAll() {
        assertThat(Systems.JVM_C2.variants()).isEmpty();
        assertThat(Systems.JVM_C2.implementsVariant("fib", "primitive")).isTrue();
        assertThat(Systems.CPYTHON.implementsVariant("fib", "primitive")).isFalse();
        assertThatThrownBy(() -> new SystemSpec("x", Family.JVM, "x", "x", List.of(), Launch.JVM_WORKER,
                java.util.Map.of("fib", List.of("primitive"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x: a JVM worker runs the whole catalogue, list no variants");
    }

    @Test
    void variantsKeepTheirOrder() {
        assertThat(Systems.CYTHON.variants().keySet()).containsExactly("fib", "triangles", "mean");
        assertThat(Systems.CYTHON.variantsOf("fib")).containsExactly("typed", "recursive", "cfunc");
        assertThat(Systems.PYPY.variantsOf("mean")).containsExactly("draw-mean", "loop", "numpy");
        assertThat(Systems.MOJO.variantsOf("mean")).isEmpty();
    }
}
