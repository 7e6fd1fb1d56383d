package fwf.worker;

import fwf.run.InliningTree;
import fwf.run.JitEvent;
import fwf.worker.JitLogParser.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JIT log's lines as JDK 25 writes them (copied from real logs, times and threads made small). */
class JitLogParserTest {
    private final JitLogParser parser = new JitLogParser("fwf.workload");

    private void lines(String... lines) {
        for (String line : lines) {
            parser.accept(line);
        }
    }

    @Test
    void aCompilationIsTimedFromItsStartToItsInstall() {
        lines("[1000ns][11][jit,compilation      ]  384       3       fwf.workload.Fib::primitive (24 bytes)",
                "[1500ns][11][nmethod,install      ] Installing method (3) fwf.workload.Fib.primitive(J)J ");
        assertThat(parser.take()).containsExactly(new Seen("compile", "fwf.workload.Fib::primitive", 3, 1000, 500));
        assertThat(parser.take()).isEmpty();
        assertThat(parser.waiting()).isZero();
    }

    @Test
    void anOnStackReplacementKeepsItsBci() {
        lines("[2000ns][12][jit,compilation      ]   15 %     4       fwf.workload.Mean::loop @ 11 (42 bytes)",
                "[2900ns][12][nmethod,install      ] Installing osr method (4) fwf.workload.Mean.loop([D)D @ 11");
        assertThat(parser.take()).containsExactly(new Seen("osr", "fwf.workload.Mean::loop", 4, 2000, 900, 11, ""));
    }

    @Test
    void anOsrInstallAtAnotherBciIsNotTheSameCompilation() {
        lines("[2000ns][12][jit,compilation      ]   15 %     4       fwf.workload.Mean::loop @ 11 (42 bytes)",
                "[2900ns][12][nmethod,install      ] Installing osr method (4) fwf.workload.Mean.loop([D)D @ 30");
        assertThat(parser.take()).isEmpty();
    }

    @Test
    void madeNotEntrantIsNoCompilationAndDoesNotEndTheOneRunning() {
        // The C2 thread throws the tier-3 code away between its own start and install.
        lines("[100ns][15][jit,compilation      ]  385       4       fwf.workload.Fib::primitive (24 bytes)",
                "[180ns][15][jit,compilation      ]  384       3       fwf.workload.Fib::primitive (24 bytes)   made not entrant: not used",
                "[200ns][15][nmethod,install      ] Installing method (4) fwf.workload.Fib.primitive(J)J ");
        assertThat(parser.take()).containsExactly(new Seen("compile", "fwf.workload.Fib::primitive", 4, 100, 100));
    }

    @Test
    void theJdksOwnMethodsAreIgnored() {
        lines("[100ns][16][jit,compilation      ]    2       3       java.lang.String::hashCode (60 bytes)",
                "[150ns][16][nmethod,install      ] Installing method (3) java.lang.String.hashCode()I ",
                "[160ns][1][deoptimization       ] cid= 136     level=4 java.util.HashMap.putVal(ILjava/lang/Object;Ljava/lang/Object;ZZ)Ljava/lang/Object; trap_bci=69 unstable_if reinterpret pc=0x00007f6c43ed543c relative_pc=0x00000000000006bc",
                "[170ns][16][jit,compilation      ]    4     n 0       jdk.internal.misc.Unsafe::getReferenceVolatile (native)   ");
        assertThat(parser.take()).isEmpty();
        assertThat(parser.waiting()).isZero();
    }

    @Test
    void aLambdasHiddenClassLosesItsAddress() {
        lines("[100ns][16][jit,compilation      ]   47       3       fwf.workload.FibVariants$$Lambda/0x000000009d040a68::applyAsLong (5 bytes)",
                "[150ns][16][nmethod,install      ] Installing method (3) fwf.workload.FibVariants$$Lambda/0x000000009d040a68.applyAsLong(J)J ",
                "[200ns][7][deoptimization       ] cid=  49     level=4 fwf.workload.FibVariants$$Lambda/0x000000009d040a68.applyAsLong(J)J trap_bci=1 null_check make_not_entrant pc=0x1 relative_pc=0x2");
        assertThat(parser.take()).containsExactly(
                new Seen("compile", "fwf.workload.FibVariants$$Lambda::applyAsLong", 3, 100, 50),
                new Seen("deopt", "fwf.workload.FibVariants$$Lambda::applyAsLong", 0, 200, 0, 1, "null_check"));
    }

    @Test
    void anUncommonTrapIsADeoptOfTheMethodItIsIn() {
        lines("[5000ns][7][deoptimization       ] cid=  18     level=4 fwf.workload.Shapes.total([Lfwf/workload/Shapes$Shape;)J trap_bci=27 class_check maybe_recompile pc=0x00007f058fec87d0 relative_pc=0x0000000000000150",
                "[6000ns][7][deoptimization       ] cid=  23 osr level=4 fwf.workload.Mean.loop(J)J trap_bci=9 osr_bci=5 unstable_if reinterpret pc=0x00007f058fec8a10 relative_pc=0x0000000000000090",
                "[6001ns][7][jit,compilation      ]   23 %     4       fwf.workload.Mean::loop @ 5 (32 bytes)   made not entrant: uncommon trap");
        assertThat(parser.take()).containsExactly(
                new Seen("deopt", "fwf.workload.Shapes::total", 0, 5000, 0, 27, "class_check"),
                new Seen("deopt", "fwf.workload.Mean::loop", 0, 6000, 0, 9, "unstable_if"));
    }

    /**
     * Graal compiles through JVMCI as Java code on its compiler thread, so the thread's calls make
     * native wrappers between its compilation's start and install (from a jvm-graal log), and the
     * install names the entry point.
     */
    @Test
    void graalsCompilationIsTimedAcrossTheNativeWrappersItsThreadMakes() {
        lines("[100ns][388][jit,compilation] 1386       4       fwf.workload.Fib::primitive (24 bytes)",
                "[150ns][388][jit,compilation] 2414     n 0       jdk.vm.ci.hotspot.CompilerToVM::ticksNow (native)   ",
                "[180ns][388][jit,compilation]   17       3       fwf.workload.Fib::primitive (24 bytes)   made not entrant: JVMCI replaced with new code",
                "[200ns][388][nmethod,install] Installing method (4) fwf.workload.Fib.primitive(J)J [entry point: 0x7f3d38051180]");
        assertThat(parser.take()).containsExactly(new Seen("compile", "fwf.workload.Fib::primitive", 4, 100, 100));
        assertThat(parser.waiting()).isZero();
    }

    @Test
    void aCompilationItsThreadLeftWithoutInstallingFailed() {
        // JDK 25 writes a failure's COMPILE SKIPPED to PrintCompilation's tty only: the thread
        // starting its next compilation is what says the first one is over.
        lines("[100ns][15][jit,compilation      ]   16 %     4       fwf.workload.Fib::primitive @ 11 (42 bytes)",
                "[300ns][15][jit,compilation      ]   17       4       java.lang.String::equals (56 bytes)",
                "[400ns][15][nmethod,install      ] Installing method (4) java.lang.String.equals(Ljava/lang/Object;)Z ");
        assertThat(parser.take()).isEmpty();
        assertThat(parser.waiting()).isZero();
    }

    @Test
    void compileSkippedDropsTheCompilationItNames() {
        lines("[100ns][15][jit,compilation      ]   16       4       fwf.workload.Fib::primitive (24 bytes)",
                "[110ns][16][jit,compilation      ]   18       3       fwf.workload.Fib::boxed (30 bytes)",
                "[300ns][15][jit,compilation      ]   16       4       fwf.workload.Fib::primitive (24 bytes)   COMPILE SKIPPED: hit memory limit while compiling (retry at different tier)");
        assertThat(parser.waiting()).isEqualTo(1);
        lines("[400ns][16][nmethod,install      ] Installing method (3) fwf.workload.Fib.boxed(I)Ljava/lang/Long; ");
        assertThat(parser.take()).containsExactly(new Seen("compile", "fwf.workload.Fib::boxed", 3, 110, 290));
    }

    @Test
    void withoutTieredCompilationTheTierIsTheInstalls() {
        lines("[100ns][15][jit,compilation      ]    5             fwf.workload.Fib::primitive (24 bytes)",
                "[250ns][15][nmethod,install      ] Installing method (4) fwf.workload.Fib.primitive(J)J ");
        assertThat(parser.take()).containsExactly(new Seen("compile", "fwf.workload.Fib::primitive", 4, 100, 150));
    }

    @Test
    void anInstallThatIsNotTheStartsMethodIsDropped() {
        lines("[100ns][15][jit,compilation      ]    5       4       fwf.workload.Fib::primitive (24 bytes)",
                "[250ns][15][nmethod,install      ] Installing method (4) fwf.workload.Fib.boxed(I)Ljava/lang/Long; ");
        assertThat(parser.take()).isEmpty();
        assertThat(parser.waiting()).isZero();
    }

    @Test
    void aCompilationNotInstalledYetWaits() {
        lines("[100ns][15][jit,compilation      ]    5       4       fwf.workload.Fib::primitive (24 bytes)",
                "[120ns][16][jit,compilation      ]    6       3       fwf.workload.Fib::boxed (30 bytes)",
                "[140ns][16][nmethod,install      ] Installing method (3) fwf.workload.Fib.boxed(I)Ljava/lang/Long; ");
        assertThat(parser.take()).containsExactly(new Seen("compile", "fwf.workload.Fib::boxed", 3, 120, 20));
        assertThat(parser.waiting()).isEqualTo(1);
        lines("[900ns][15][nmethod,install      ] Installing method (4) fwf.workload.Fib.primitive(J)J ");
        assertThat(parser.take()).containsExactly(new Seen("compile", "fwf.workload.Fib::primitive", 4, 100, 800));
    }

    @Test
    void eventsAreTakenInTheOrderTheyStarted() {
        lines("[100ns][15][jit,compilation      ]    5       4       fwf.workload.Fib::primitive (24 bytes)",
                "[120ns][16][jit,compilation      ]    6       3       fwf.workload.Fib::boxed (30 bytes)",
                "[140ns][16][nmethod,install      ] Installing method (3) fwf.workload.Fib.boxed(I)Ljava/lang/Long; ",
                "[900ns][15][nmethod,install      ] Installing method (4) fwf.workload.Fib.primitive(J)J ");
        assertThat(parser.take()).containsExactly(new Seen("compile", "fwf.workload.Fib::primitive", 4, 100, 800),
                new Seen("compile", "fwf.workload.Fib::boxed", 3, 120, 20));
    }

    @Test
    void linesOfOtherShapesAreIgnored() {
        lines("", "garbage", "                               @ 11   fwf.workload.Fib::primitive (24 bytes)   inline",
                "[100ns][15][jit,inlining        ]   @ 11   fwf.workload.Fib::primitive (24 bytes)   inline (hot)",
                "[99999999999999999999ns][15][jit,compilation      ]    5       4       fwf.workload.Fib::primitive (24 bytes)",
                "[100ns][15][jit,compilation      ] 99999999999       4       fwf.workload.Fib::primitive (24 bytes)",
                "[100ns][15][jit,compilation      ]    5       4       fwf.workload.Fib::primitive",
                "[100ns][15][deoptimization       ] DEOPT PACKING thread=0x1",
                "[100ns][15][nmethod,install      ] Installing method (x) fwf.workload.Fib.primitive(J)J ");
        assertThat(parser.take()).isEmpty();
        assertThat(parser.waiting()).isZero();
    }

    @Test
    void aSeenEventIsPlacedRelativeToTheFirstIteration() {
        Seen s = new Seen("compile", "fwf.workload.Fib::primitive", 4, 1_000, 300);
        assertThat(s.since(1_500)).isEqualTo(new JitEvent("compile", "fwf.workload.Fib::primitive", 4, -500, 300));
        assertThat(s.since(400)).isEqualTo(new JitEvent("compile", "fwf.workload.Fib::primitive", 4, 600, 300));
    }

    @Test
    void aKernelCompilationsInliningLinesBecomeItsTreeOnItsInstall() {
        // C2's compilation of the dynamic recursion, from a real log (JDK 25, fib(20) dynamic),
        // with the flag column ('!': the call site has an exception handler) and a JDK line between.
        lines("[100ns][1837][jit,compilation]  502       4       fwf.workload.Fib::dynamic (39 bytes)",
                "[110ns][1837][jit,inlining   ]                               @ 4   fwf.workload.DynamicInt::lessOrEqual (68 bytes)   inline (hot)",
                "[111ns][1837][jit,inlining   ]                                 @ 25   java.lang.Long::longValue (5 bytes)   accessor",
                "[112ns][1838][jit,inlining   ]                               @ 12   java.lang.String::length (11 bytes)   inline",
                "[113ns][1837][jit,inlining   ]                               @ 7   fwf.workload.DynamicInt::isTrue (104 bytes)   inline (hot)",
                "[114ns][1837][jit,inlining   ]                                     @ 3   jdk.internal.util.Preconditions::checkIndex (18 bytes)   (intrinsic)",
                "[115ns][1837][jit,inlining   ]                !              @ 19   fwf.workload.DynamicInt::sub (74 bytes)   failed to inline: callee is too large",
                "[116ns][1837][jit,inlining   ]                                 @ 20  java/lang/invoke/MethodHandle::invokeBasic (not loaded)   failed to inline: not inlineable",
                "[120ns][1837][nmethod,install] Installing method (4) fwf.workload.Fib.dynamic(Ljava/lang/Object;)Ljava/lang/Object; ");
        assertThat(parser.take()).containsExactly(new Seen("compile", "fwf.workload.Fib::dynamic", 4, 100, 20));
        assertThat(parser.takeInlining()).containsExactly(new InliningTree("compile", "fwf.workload.Fib::dynamic", 4, 100,
                List.of(new InliningTree.Call(1, 4, "fwf.workload.DynamicInt::lessOrEqual", true, "inline (hot)"),
                        new InliningTree.Call(2, 25, "java.lang.Long::longValue", true, "accessor"),
                        new InliningTree.Call(1, 7, "fwf.workload.DynamicInt::isTrue", true, "inline (hot)"),
                        new InliningTree.Call(4, 3, "jdk.internal.util.Preconditions::checkIndex", true, "(intrinsic)"),
                        new InliningTree.Call(1, 19, "fwf.workload.DynamicInt::sub", false, "callee is too large"),
                        new InliningTree.Call(2, 20, "java/lang/invoke/MethodHandle::invokeBasic", false,
                                "not inlineable"))));
        assertThat(parser.takeInlining()).isEmpty();
    }

    @Test
    void inliningLinesOfTheJdksCompilationsOrOfAFailedOneMakeNoTree() {
        lines("[10ns][1838][jit,compilation]  444       3       java.lang.Character::digit (6 bytes)",
                "[11ns][1838][jit,inlining   ]                               @ 2   java.lang.Character::digit (10 bytes)   inline",
                "[12ns][1838][nmethod,install] Installing method (3) java.lang.Character.digit(CI)I ",
                // A kernel compilation whose thread starts another before any install: it failed.
                "[20ns][1838][jit,compilation]  407       2       fwf.workload.Fib::primitive (24 bytes)",
                "[21ns][1838][jit,inlining   ]                               @ 13   fwf.workload.Fib::primitive (24 bytes)   inline",
                "[30ns][1838][jit,compilation]  445       3       java.lang.Character::digit (10 bytes)",
                "[31ns][1838][nmethod,install] Installing method (3) java.lang.Character.digit(II)I ");
        assertThat(parser.takeInlining()).isEmpty();
    }
}
