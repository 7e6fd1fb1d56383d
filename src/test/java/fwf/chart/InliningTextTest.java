package fwf.chart;

import fwf.run.InliningTree;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The inlining tree's lines, from call sites as the real log names them. */
class InliningTextTest {
    @Test
    void aCompilationAndItsCallSitesInPlainWords() {
        assertThat(InliningText.root(new InliningTree("compile", "fwf.workload.Fib::primitive", 4, 12_300_000, List.of())))
                .isEqualTo("Fib.primitive compiled by C2 (tier 4) at 12.3 ms");
        assertThat(InliningText.root(new InliningTree("osr", "fwf.workload.Mean::loop", 3, -5, List.of())))
                .isEqualTo("OSR into Mean.loop by C1 (tier 3, with profiling) before the first operation");
        assertThat(InliningText.call(new InliningTree.Call(1, 13, "fwf.workload.Fib::primitive", true, "inline (hot)")))
                .isEqualTo("@ 13 Fib.primitive: inlined (hot)");
        assertThat(InliningText.call(new InliningTree.Call(2, 19, "fwf.workload.Fib::primitive", false,
                "recursive inlining is too deep")))
                .isEqualTo("@ 19 Fib.primitive: not inlined, recursive inlining is too deep");
        assertThat(InliningText.call(new InliningTree.Call(2, 25, "java.lang.Long::longValue", true, "accessor")))
                .isEqualTo("@ 25 Long.longValue: inlined: accessor");
        assertThat(InliningText.call(new InliningTree.Call(4, 11,
                "fwf.workload.DynamicInt$$TypeSwitch/0x000000008704f710::typeSwitch", true, "inline (hot)")))
                .isEqualTo("@ 11 DynamicInt$$TypeSwitch.typeSwitch: inlined (hot)");
        assertThat(InliningText.call(new InliningTree.Call(2, 20, "java/lang/invoke/MethodHandle::invokeBasic", false,
                "not inlineable"))).isEqualTo("@ 20 MethodHandle.invokeBasic: not inlined, not inlineable");
    }
}
