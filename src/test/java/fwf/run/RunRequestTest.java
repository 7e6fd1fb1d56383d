package fwf.run;

import fwf.friends.Systems;
import fwf.workload.Catalogue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Names become typed objects once, at the edge, with a message that lists what is known. */
class RunRequestTest {
    @Test
    void aUsersNamesResolveToTheCataloguesObjects() {
        RunRequest r = RunRequest.resolve("fib", "boxed", "jvm-int", 30, null, Plan.ADAPTIVE, List.of(), null);
        assertThat(r.workload()).isSameAs(Catalogue.FIB);
        assertThat(r.system()).isSameAs(Systems.JVM_INT);
        assertThat(r.variant()).isEqualTo("boxed");
        // no variant named: the system's first for the workload
        assertThat(RunRequest.resolve("triangles", null, "cython", 0, null, Plan.ADAPTIVE, List.of(), null).variant())
                .isEqualTo("typed");
    }

    @Test
    void unknownNamesAreRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> RunRequest.resolve("fibb", "primitive", "jvm-c2", 10, null, Plan.ADAPTIVE, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown workload 'fibb': choose one of fib, triangles, mean");
        assertThatThrownBy(() -> RunRequest.resolve("fib", "primitive", "jvm-c3", 10, null, Plan.ADAPTIVE, List.of(), null))
                .hasMessage("unknown system 'jvm-c3': choose one of " + String.join(", ", Systems.names()));
        assertThatThrownBy(() -> RunRequest.resolve("fib", "primitive", "cpython", 10, null, Plan.ADAPTIVE, List.of(), null))
                .hasMessage("unknown variant 'primitive' of fib on cpython: choose one of recursive, recursive-n1-first");
        assertThatThrownBy(() -> RunRequest.resolve("mean", null, "mojo", 10, null, Plan.ADAPTIVE, List.of(), null))
                .hasMessage("mojo does not run mean");
    }

    @Test
    void aRecordedRunKeepsItsVariantAsRecorded() {
        // A result of an earlier version, whose variant has since been renamed, still shows.
        RunRequest r = RunRequest.ofNames("triangles", "naive-int", "jvm-c2", 4039, null, Plan.ADAPTIVE, List.of(), null);
        assertThat(r.workload()).isSameAs(Catalogue.TRIANGLES);
        assertThat(r.variant()).isEqualTo("naive-int");
        assertThatThrownBy(() -> RunRequest.ofNames("sort", "quick", "jvm-c2", 1, null, Plan.ADAPTIVE, List.of(), null))
                .hasMessage("unknown workload 'sort': choose one of fib, triangles, mean");
    }

    @Test
    void namesPrintAsPeopleWriteThem() {
        RunRequest r = RunRequest.resolve("mean", "loop", "c", 0, null, Plan.ADAPTIVE, List.of(), null);
        assertThat(r.workload() + " " + r.variant() + " on " + r.system()).isEqualTo("mean loop on c");
    }
}
