package fwf.workload;

import java.util.List;
import java.util.Set;

/**
 * The variants of {@code fib}, the default first. Each computation reads n from the input
 * record when it runs, never from a constant, so the JIT cannot fold the work away, and
 * returns its answer so the work cannot be dropped as dead code.
 */
final class FibVariants {
    /** Naive fib past this is cheap on C2 but long on an interpreter. */
    static final int WARN_ABOVE = 40;
    static final int MAX = 50;

    /** Java's variants on longs, which refuse a fib(n) a long cannot hold; the friends' count on. */
    private static final Set<String> ON_LONGS = Set.of("primitive", "primitive-n1-first", "boxed", "looped");

    private FibVariants() {
    }

    /** fib, every facet in one place. */
    static Workload<FibInput> workload() {
        return new Workload<>("fib",
                "Naive recursive Fibonacci: almost nothing but calls and additions, so it measures call overhead and arithmetic.",
                // Each step past 40 costs about 1.6 times the one before: n = 45 is eleven times n = 40.
                new SizeRule("n", "n", 40, MAX, "", WARN_ABOVE, "each step past 40 costs 1.6 times more", 30,
                        SizeRule.Cost.EXPONENTIAL),
                FibInput.class, new InputSource.Sized<>(FibInput::new, n -> "n = " + n),
                all(), FibVariants::reference, Agreement.EXACT,
                Naming.everywhere((size, graph) -> "fib(" + size + ")"),
                Counts.of(Replay.RECURSIVE, "primitive", "boxed", "dynamic", "dynamic-deopt", "primitive-n1-first", "recursive",
                                "recursive-n1-first", "typed", "cfunc")
                        .with(Replay.LOOPED, "looped").with(Replay.MEMO, "memo").with(Replay.ITERATIVE, "iterative")
                        .done(),
                List.of("recursive", "recursive-n1-first", "looped"));
    }

    /** The n a replay may count for a variant: Java's long variants refuse what a long cannot hold. */
    static int countable(FibInput input, String variant) {
        if (ON_LONGS.contains(variant)) {
            Fib.requireFitsLong(input.n());
        }
        return input.n();
    }

    static List<Variant<FibInput>> all() {
        return List.of(
                new Variant<>("primitive",
                        "The talk's recursion, fib(n - 2) + fib(n - 1), on primitive longs, compiled by the JIT to machine code with no allocation: the JVM at its best.",
                        input -> {
                            Fib.requireFitsLong(input.n());
                            return () -> Fib.primitive(input.n());
                        }),
                new Variant<>("primitive-n1-first",
                        "The primitive recursion with its two calls swapped, fib(n - 1) + fib(n - 2): the same calls and additions in another order, which PyPy's tracing JIT ran three times faster than the talk's order here and C2 within 10% of it.",
                        input -> {
                            Fib.requireFitsLong(input.n());
                            return () -> Fib.primitiveN1First(input.n());
                        }),
                new Variant<>("boxed",
                        "The same recursion on java.lang.Long: every addition unboxes two objects and boxes a new one, so the cost of allocation shows.",
                        input -> {
                            Fib.requireFitsLong(input.n());
                            return () -> Fib.boxed((long) input.n());
                        }),
                new Variant<>("dynamic",
                        "Values are plain Objects and every +, - and <= first asks their type, promoting Long to BigInteger on overflow, as CPython does for every int: ruinous in an interpreter, while the JIT, like PyPy, speculates on the types it has seen.",
                        input -> () -> Fib.dynamic((long) input.n())),
                new Variant<>("dynamic-deopt",
                        "The dynamic recursion given n as a Long for its first 1,000 computations, then as a BigInteger (the same number, another class): C2 compiled its type checks for the one class it had seen, so the first BigInteger fails one (a class_check trap), the JVM deoptimizes, throwing C2's code away mid-run, and the kernel runs slower until C2 has compiled it again for both classes.",
                        input -> new SpeculationBreaker(input.n())),
                new Variant<>("looped",
                        "The primitive recursion with its second call, fib(n - 1), written as a loop, the kind of rewrite gcc -O2 makes in C by itself: the same answer in half the calls, since the JIT inlines recursion but never makes it a loop.",
                        input -> {
                            Fib.requireFitsLong(input.n());
                            return () -> Fib.looped(input.n());
                        }),
                new Variant<>("memo",
                        "Remembering each fib(k) once turns exponentially many calls into n additions: a better algorithm beats any compiler.",
                        input -> {
                            Fib.requireMemoFits(input.n());
                            return () -> Fib.memo(input.n());
                        }),
                new Variant<>("iterative",
                        "A loop keeping only the last two values: linear time, no recursion at all, and exact answers for every n fib takes.",
                        input -> () -> Fib.iterative(input.n())));
    }

    /**
     * Computations of {@code dynamic-deopt} given a Long before the first given a BigInteger. C2's
     * code for fib(20) arrives after about 40 of them (40 ms, measured here); 1,000 leave room
     * for a loaded machine whose compiler threads wait (C1's code takes 0.4 ms each), and a
     * warm-up trace of 3,000 shows the deoptimization and the recompilation well inside it.
     */
    static final int SPECULATION_CALLS = 1_000;

    /**
     * The dynamic recursion whose top call changes class after {@link #SPECULATION_CALLS}
     * computations. Only that call's n changes: {@code n - 2} and {@code n - 1} come back as Longs
     * ({@link DynamicInt} normalises), so the answer and the calls are the dynamic variant's.
     */
    private static final class SpeculationBreaker implements Computation {
        private final long n;
        private int done;

        SpeculationBreaker(long n) {
            this.n = n;
        }

        @Override
        public Object run() {
            Object top = done < SPECULATION_CALLS ? (Object) n : java.math.BigInteger.valueOf(n);
            done++;
            return Fib.dynamic(top);
        }
    }

    static Object reference(FibInput input) {
        return Fib.reference(input.n());
    }
}
