package fwf.run;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The log's flat list of call sites as a tree: a call's callees follow it, one level deeper. */
class InliningTreeTest {
    private static InliningTree.Call call(int depth, int bci, boolean inlined) {
        return new InliningTree.Call(depth, bci, "fwf.workload.Fib::primitive", inlined,
                inlined ? "inline (hot)" : "recursive inlining is too deep");
    }

    @Test
    void c2sFibIsTwoInlinedCallsEachWithTwoItStoppedAt() {
        // C2's fib(20) primitive, as the real log has it (InliningJvmTest).
        InliningTree tree = new InliningTree("compile", "fwf.workload.Fib::primitive", 4, 0, List.of(
                call(1, 13, true), call(2, 13, false), call(2, 19, false),
                call(1, 19, true), call(2, 13, false), call(2, 19, false)));
        List<InliningTree.Node> roots = tree.roots();
        assertThat(roots).extracting(n -> n.call().bci()).containsExactly(13, 19);
        assertThat(roots).allSatisfy(n -> {
            assertThat(n.call().inlined()).isTrue();
            assertThat(n.children()).extracting(c -> c.call().bci()).containsExactly(13, 19);
            assertThat(n.children()).allSatisfy(c -> assertThat(c.children()).isEmpty());
        });
        assertThat(tree.deepestInlined()).isEqualTo(1);
    }

    @Test
    void aLevelTheLogSkippedIsKeptWhereItAppears() {
        InliningTree tree = new InliningTree("compile", "fwf.workload.Fib::primitive", 4, 0, List.of(
                call(1, 1, true), call(3, 2, true), call(1, 3, false)));
        List<InliningTree.Node> roots = tree.roots();
        assertThat(roots).extracting(n -> n.call().bci()).containsExactly(1, 3);
        assertThat(roots.getFirst().children()).extracting(n -> n.call().bci()).containsExactly(2);
        assertThat(tree.deepestInlined()).isEqualTo(3);
        assertThat(new InliningTree("compile", "x", 1, 0, List.of()).deepestInlined()).isZero();
    }
}
