package fwf.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FibVariantsTest {
    private static final BigInteger FIB_100 = new BigInteger("354224848179261915075");

    static Stream<String> variantNames() {
        return Catalogue.FIB.variantNames().stream();
    }

    private static Object run(String variant, int n) {
        return Catalogue.FIB.variant(variant).orElseThrow().kernel().prepare(new FibInput(n)).run();
    }

    private static BigInteger asBig(Object answer) {
        return new BigInteger(answer.toString());
    }

    @ParameterizedTest
    @MethodSource("variantNames")
    void agreesWithIterativeForSmallN(String variant) {
        // n = 40 is the next test, so that the slow naive variants compute it once.
        for (int n = 0; n < 40; n++) {
            Object answer = run(variant, n);
            assertThat(Agreement.EXACT.agrees(Fib.iterative(n), answer)).as("fib(%d) by %s = %s", n, variant, answer).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("variantNames")
    void fib40IsTheTalksAnswer(String variant) {
        Object answer = run(variant, 40);
        assertThat(asBig(answer)).isEqualTo(BigInteger.valueOf(102_334_155));
        assertThat(Agreement.EXACT.agrees(Fib.iterative(40), answer)).isTrue();
        assertThat(Agreement.EXACT.agrees(Catalogue.FIB.reference().apply(new FibInput(40)), answer)).isTrue();
    }

    @Test
    void answerTypes() {
        assertThat(run("primitive", 10)).isEqualTo(55L);
        assertThat(run("primitive-n1-first", 10)).isEqualTo(55L);
        assertThat(run("boxed", 10)).isEqualTo(55L);
        assertThat(run("dynamic", 10)).isEqualTo(55L);
        assertThat(run("looped", 10)).isEqualTo(55L);
        assertThat(run("memo", 10)).isEqualTo(BigInteger.valueOf(55));
        assertThat(run("iterative", 10)).isEqualTo(BigInteger.valueOf(55));
    }

    @Test
    void dynamicDeoptAnswersTheSameLongBeforeAndAfterItsTopCallTurnsBigInteger() {
        Computation computation = Catalogue.FIB.variant("dynamic-deopt").orElseThrow().kernel().prepare(new FibInput(10));
        for (int i = 0; i < FibVariants.SPECULATION_CALLS + 3; i++) {
            // n - 2 and n - 1 come back normalised to Long, so the answer's class never changes either.
            assertThat(computation.run()).as("computation " + i).isEqualTo(55L);
        }
    }

    @Test
    void primitiveTakesFib92TheLargestThatFitsInALong() {
        // The naive recursion cannot run fib(92) (about 10^19 calls), so: the variant accepts 92,
        // and fib(92) is the last Fibonacci number at most Long.MAX_VALUE.
        Computation computation = Catalogue.FIB.variant("primitive").orElseThrow().kernel().prepare(new FibInput(92));
        assertThat(computation).isNotNull();
        assertThat(Fib.reference(92)).isEqualTo(BigInteger.valueOf(7_540_113_804_746_346_429L));
        assertThat(Fib.reference(93)).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"primitive", "primitive-n1-first", "boxed", "looped"})
    void longVariantsRefuseFib93(String variant) {
        Kernel<FibInput> kernel = Catalogue.FIB.variant(variant).orElseThrow().kernel();
        assertThatThrownBy(() -> kernel.prepare(new FibInput(93)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fib(93) does not fit in a long (the largest is fib(92)); use the dynamic, memo or iterative variant");
        assertThatThrownBy(() -> kernel.prepare(new FibInput(1000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fib(1000) does not fit in a long (the largest is fib(92)); use the dynamic, memo or iterative variant");
    }

    @Test
    void negativeNIsRefused() {
        assertThatThrownBy(() -> new FibInput(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fib needs n >= 0, got -1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memo", "iterative"})
    void exactBeyondLong(String variant) {
        assertThat(run(variant, 100)).isEqualTo(FIB_100);
        assertThat(run(variant, 93)).isEqualTo(new BigInteger("12200160415121876738"));
        assertThat(Catalogue.FIB.reference().apply(new FibInput(100))).isEqualTo(FIB_100);
    }

    @Test
    void iterativeCrossesFromLongToBigIntegerExactly() {
        for (int n = 85; n <= 100; n++) {
            assertThat(Fib.iterative(n)).as("fib(%d)", n).isEqualTo(Fib.reference(n));
        }
        assertThat(Fib.iterative(10_000)).isEqualTo(Fib.reference(10_000));
    }

    @Test
    void memoAtItsLimitStaysShallowOnASmallStack() throws InterruptedException {
        // Plain memoised recursion would need 50,000 frames; chunked warming needs MEMO_DEPTH.
        AtomicReference<Object> answer = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                answer.set(Fib.memo(Fib.MEMO_LIMIT));
            } catch (Throwable t) {
                answer.set(t);
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join();
        assertThat(answer.get()).isEqualTo(Fib.reference(Fib.MEMO_LIMIT));
    }

    @Test
    void memoRefusesBeyondItsLimit() {
        Kernel<FibInput> memo = Catalogue.FIB.variant("memo").orElseThrow().kernel();
        assertThat(memo.prepare(new FibInput(Fib.MEMO_LIMIT))).isNotNull();
        assertThatThrownBy(() -> memo.prepare(new FibInput(50_001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fib(50001) is too large for the memo variant, which keeps every fib(k) up to n"
                        + " (about 108 MB here; the largest it takes is fib(50000)); use the iterative variant");
    }

    @Test
    void dynamicAndIterativeTakeAnyN() {
        Kernel<FibInput> dynamic = Catalogue.FIB.variant("dynamic").orElseThrow().kernel();
        Kernel<FibInput> iterative = Catalogue.FIB.variant("iterative").orElseThrow().kernel();
        // Preparing must not refuse (running the naive dynamic fib(200) would never end).
        assertThat(dynamic.prepare(new FibInput(200))).isNotNull();
        assertThat(iterative.prepare(new FibInput(200)).run()).isEqualTo(Fib.reference(200));
    }

    @Test
    void computationsCanRunRepeatedly() {
        // The engine runs one computation many times: the memo must be rebuilt, not reused. The
        // value cannot show a reused memo (a kept one holds the right answer too), but the
        // answer's identity does: a memo kept from an earlier run, in the computation or beside
        // it, hands back the very BigInteger it stored, while a rebuilt one adds it up anew.
        Computation memo = Catalogue.FIB.variant("memo").orElseThrow().kernel().prepare(new FibInput(100));
        Object first = memo.run();
        Object second = memo.run();
        Object other = Catalogue.FIB.variant("memo").orElseThrow().kernel().prepare(new FibInput(100)).run();
        assertThat(first).isEqualTo(FIB_100);
        assertThat(second).isEqualTo(FIB_100).isNotSameAs(first);
        assertThat(other).isEqualTo(FIB_100).isNotSameAs(first).isNotSameAs(second);
    }

    @Property(tries = 200)
    void memoIterativeAndReferenceAgree(@ForAll @IntRange(max = 3000) int n) {
        BigInteger expected = Fib.reference(n);
        assertThat(Fib.iterative(n)).isEqualTo(expected);
        assertThat(Fib.memo(n)).isEqualTo(expected);
    }

    @Property(tries = 100)
    void satisfiesTheAdditionLaw(@ForAll @IntRange(max = 500) int m, @ForAll @IntRange(min = 1, max = 500) int n) {
        // fib(m + n) = fib(m) fib(n + 1) + fib(m - 1) fib(n), with fib(-1) = 1: checks the values
        // against a law rather than against another loop.
        BigInteger fibMMinus1 = m == 0 ? BigInteger.ONE : Fib.iterative(m - 1);
        assertThat(Fib.iterative(m + n))
                .isEqualTo(Fib.iterative(m).multiply(Fib.iterative(n + 1)).add(fibMMinus1.multiply(Fib.iterative(n))));
    }
}
