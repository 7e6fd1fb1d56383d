package fwf.worker;

import fwf.chart.JitLabel;
import fwf.run.JitEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real unified-log lines, as JDK 25 wrote them for this program's workers, read by the worker's
 * parser and named in plain words by the warm-up chart's markers.
 */
class JitLabelTest {
    private static List<String> labels(String... lines) {
        JitLogParser parser = new JitLogParser("fwf.workload");
        for (String line : lines) {
            parser.accept(line);
        }
        return parser.take().stream().map(s -> JitLabel.of(s.since(0))).toList();
    }

    @Test
    void c1TierOneCompilesWithoutProfiling() {
        assertThat(labels(
                "[5726213069755ns][5517][jit,compilation]  360       1       fwf.workload.FibInput::n (5 bytes)",
                "[5726213091015ns][5517][nmethod,install] Installing method (1) fwf.workload.FibInput.n()I "))
                .containsExactly("FibInput.n compiled by C1 (tier 1, no profiling), 21.3 us");
    }

    @Test
    void c1TierTwoCountsCallsAndLoops() {
        assertThat(labels(
                "[5725909649365ns][5517][jit,compilation]  296       2       fwf.workload.Fib::dynamic (39 bytes)",
                "[5725909762819ns][5517][nmethod,install] Installing method (2) fwf.workload.Fib.dynamic(Ljava/lang/Object;)Ljava/lang/Object; "))
                .containsExactly("Fib.dynamic compiled by C1 (tier 2, counting calls and loops), 113 us");
    }

    @Test
    void c1TierThreeProfilesForC2() {
        assertThat(labels(
                "[1000ns][11][jit,compilation      ]  384       3       fwf.workload.Fib::primitive (24 bytes)",
                "[1500ns][11][nmethod,install      ] Installing method (3) fwf.workload.Fib.primitive(J)J "))
                .containsExactly("Fib.primitive compiled by C1 (tier 3, with profiling), 500 ns");
    }

    @Test
    void c2IsTierFour() {
        assertThat(labels(
                "[5725921706248ns][5516][jit,compilation]  307       4       fwf.workload.Fib::dynamic (39 bytes)",
                "[5726123355994ns][5516][jit,compilation]  296       2       fwf.workload.Fib::dynamic (39 bytes)   made not entrant: not used",
                "[5726123389297ns][5516][nmethod,install] Installing method (4) fwf.workload.Fib.dynamic(Ljava/lang/Object;)Ljava/lang/Object; "))
                .containsExactly("Fib.dynamic compiled by C2 (tier 4), 202 ms");
    }

    @Test
    void anOsrSaysWhichLoopItEntered() {
        assertThat(labels(
                "[5732572053087ns][5704][jit,compilation]  454 %     3       fwf.workload.NaiveTriangles::countPrimitive @ 71 (210 bytes)",
                "[5732572822914ns][5704][nmethod,install] Installing osr method (3) fwf.workload.NaiveTriangles.countPrimitive(Lfwf/workload/Adjacency$Talk;)J @ 71",
                "[5732581536066ns][5703][jit,compilation]  456 %     4       fwf.workload.NaiveTriangles::countPrimitive @ 110 (210 bytes)",
                "[5732613391664ns][5703][nmethod,install] Installing osr method (4) fwf.workload.NaiveTriangles.countPrimitive(Lfwf/workload/Adjacency$Talk;)J @ 110"))
                .containsExactly(
                        "OSR into NaiveTriangles.countPrimitive at bci 71 by C1 (tier 3, with profiling), 770 us",
                        "OSR into NaiveTriangles.countPrimitive at bci 110 by C2 (tier 4), 31.9 ms");
    }

    @Test
    void aDeoptSaysWhichSpeculationFailed() {
        assertThat(labels(
                "[5732699798092ns][5686][deoptimization ] cid= 456 osr level=4 fwf.workload.NaiveTriangles.countPrimitive(Lfwf/workload/Adjacency$Talk;)J trap_bci=44 osr_bci=110 unstable_if reinterpret pc=0x00007fcd6fef0590 relative_pc=0x0000000000000c90",
                "[5732699853706ns][5686][jit,compilation]  456 %     4       fwf.workload.NaiveTriangles::countPrimitive @ 110 (210 bytes)   made not entrant: uncommon trap",
                "[5000ns][7][deoptimization       ] cid=  18     level=4 fwf.workload.Shapes.total([Lfwf/workload/Shapes$Shape;)J trap_bci=27 class_check maybe_recompile pc=0x00007f058fec87d0 relative_pc=0x0000000000000150",
                "[6000ns][7][deoptimization       ] cid=  49     level=4 fwf.workload.Fib.dynamic(Ljava/lang/Object;)Ljava/lang/Object; trap_bci=1 null_check make_not_entrant pc=0x1 relative_pc=0x2",
                "[7000ns][7][deoptimization       ] cid=  50     level=4 fwf.workload.Fib.dynamic(Ljava/lang/Object;)Ljava/lang/Object; trap_bci=9 speculate_class_check make_not_entrant pc=0x1 relative_pc=0x2"))
                .containsExactly(
                        "Shapes.total deoptimized: class_check (a class it had not seen there)",
                        "Fib.dynamic deoptimized: null_check (a null it had not seen there)",
                        "Fib.dynamic deoptimized: speculate_class_check",
                        "NaiveTriangles.countPrimitive deoptimized: unstable_if (a branch it had never seen taken)");
    }

    @Test
    void aDeoptKeepsItsTrapsBciAndReason() {
        JitLogParser parser = new JitLogParser("fwf.workload");
        parser.accept("[6000ns][7][deoptimization       ] cid=  23 osr level=4 fwf.workload.Mean.loop(J)J trap_bci=9 osr_bci=5 unstable_if reinterpret pc=0x00007f058fec8a10 relative_pc=0x0000000000000090");
        assertThat(parser.take()).containsExactly(
                new JitLogParser.Seen("deopt", "fwf.workload.Mean::loop", 0, 6000, 0, 9, "unstable_if"));
    }

    @Test
    void onlyTheKernelsOwnMethodsCount() {
        assertThat(JitEvent.kernelsOwn("fwf.workload.Fib::primitive")).isTrue();
        assertThat(JitEvent.kernelsOwn("fwf.workload.DynamicInt::add")).isTrue();
        assertThat(JitEvent.kernelsOwn("fwf.workload.FibVariants$$Lambda::run")).isFalse();
        assertThat(JitEvent.kernelsOwn("fwf.workload.DynamicInt$$TypeSwitch/0x000000008604e5f8::typeSwitch")).isFalse();
        assertThat(JitEvent.kernelsOwn("fwf.workload.TriangleVariants::reference")).isFalse();
        assertThat(JitEvent.kernelsOwn("fwf.workload.FibVariants$SpeculationBreaker::run")).isFalse();
        assertThat(JitEvent.kernelsOwn("fwf.workload.FibInput::n")).isFalse();
    }
}
