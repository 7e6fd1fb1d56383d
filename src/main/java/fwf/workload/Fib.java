package fwf.workload;

import java.math.BigInteger;

/**
 * The Fibonacci kernels as plain static functions, one per variant, with fib(0) = 0 and
 * fib(1) = 1. The naive ones are the talk's recursion, {@code if n <= 1: return n} then
 * {@code return fib(n - 2) + fib(n - 1)}, written in different value models;
 * {@link #primitiveN1First} swaps its two calls, {@link #looped} turns its second call into a
 * loop, and {@link #memo} and {@link #iterative} change the algorithm instead.
 */
final class Fib {
    /** fib(92) = 7540113804746346429 is the largest Fibonacci number below 2^63. */
    static final int LARGEST_IN_LONG = 92;

    /**
     * The memo holds every fib(k) up to n, about 0.7 n^2 / 16 bytes in all: 108 MB at this n,
     * and growing with its square. Beyond it the variant refuses rather than fill the heap.
     */
    static final int MEMO_LIMIT = 50_000;

    /**
     * How far the memoised recursion may descend before it reaches a value it knows: the memo is
     * filled in steps of this many, so the stack stays shallow for any n (even under -Xint,
     * whose frames are larger) while each step is still genuine memoised recursion.
     */
    static final int MEMO_DEPTH = 512;

    // The literals 1 and 2 as the dynamic variant sees them: objects, like Python's constants.
    private static final Object ONE = 1L;
    private static final Object TWO = 2L;

    private Fib() {
    }

    /** The JVM at its best: primitive longs, no allocation, calls the JIT can inline. */
    static long primitive(long n) {
        if (n <= 1) {
            return n;
        }
        return primitive(n - 2) + primitive(n - 1);
    }

    /**
     * {@link #primitive} with its two calls swapped, {@code fib(n - 1) + fib(n - 2)}: the same
     * calls and additions in another order. PyPy's tracing JIT ran this order three times faster
     * than the talk's on this machine (1.4 s against 4.2 s for fib(40)); C2, which compiles the
     * whole method, ran fib(40) in the two orders within 10% of each other here (medians of thread
     * CPU time, 260-267 ms for the talk's order, 283-285 ms for this one).
     */
    static long primitiveN1First(long n) {
        if (n <= 1) {
            return n;
        }
        return primitiveN1First(n - 1) + primitiveN1First(n - 2);
    }

    /**
     * {@link #primitive} with its second call, {@code fib(n - 1)}, turned into a loop:
     * {@code fib(n) = fib(n - 2) + fib(n - 3) + ... + fib(0) + fib(1)}, a call for each term but
     * the last. It makes fib(n + 1) calls where the plain recursion makes 2 fib(n + 1) - 1, half
     * as many. gcc -O2 turns such a recursion into loops by itself (compiled here by gcc 12.2, the
     * C recursion in this order makes 88,468 calls for fib(25) instead of 242,785); HotSpot's C2
     * inlines recursion one level but never turns a call into a loop, so this variant does that
     * kind of rewrite by hand.
     */
    static long looped(long n) {
        long sum = 0;
        while (n > 1) {
            sum += looped(n - 2);
            n -= 1;
        }
        return sum + n; // n is now 1 (or the 0 or 1 it came in as): the last term, fib(n)
    }

    /** The same recursion on {@code Long}: each step unboxes its operands and boxes the results. */
    static Long boxed(Long n) {
        if (n <= 1) {
            return n;
        }
        return boxed(n - 2) + boxed(n - 1);
    }

    /** The same recursion where every operation dispatches on the runtime type, as CPython does. */
    static Object dynamic(Object n) {
        if (DynamicInt.isTrue(DynamicInt.lessOrEqual(n, ONE))) {
            return n;
        }
        return DynamicInt.add(dynamic(DynamicInt.sub(n, TWO)), dynamic(DynamicInt.sub(n, ONE)));
    }

    /**
     * Memoised recursion with a memo local to this call: a memo kept across calls would make
     * every timed round after the first a single array lookup, which measures nothing.
     */
    static BigInteger memo(int n) {
        BigInteger[] memo = new BigInteger[n + 1];
        // Bottom-up warming in chunks bounds the depth: when fib(k) is asked for, fib(k - MEMO_DEPTH)
        // is already known, so the recursion never goes deeper than MEMO_DEPTH frames.
        for (int k = MEMO_DEPTH; k < n; k += MEMO_DEPTH) {
            memoised(k, memo);
        }
        return memoised(n, memo);
    }

    private static BigInteger memoised(int k, BigInteger[] memo) {
        BigInteger known = memo[k];
        if (known != null) {
            return known;
        }
        BigInteger value = k <= 1 ? BigInteger.valueOf(k) : memoised(k - 1, memo).add(memoised(k - 2, memo));
        memo[k] = value;
        return value;
    }

    /**
     * A loop keeping the last two values: in {@code long} while they fit (cheap), then in
     * {@code BigInteger}, so the answer is exact for any n.
     */
    static BigInteger iterative(int n) {
        long a = 0; // fib(i)
        long b = 1; // fib(i + 1), which must fit too, hence the - 1
        int i = 0;
        int longSteps = Math.min(n, LARGEST_IN_LONG - 1);
        for (; i < longSteps; i++) {
            long next = a + b;
            a = b;
            b = next;
        }
        if (i == n) {
            return BigInteger.valueOf(a);
        }
        BigInteger x = BigInteger.valueOf(a);
        BigInteger y = BigInteger.valueOf(b);
        for (; i < n; i++) {
            BigInteger next = x.add(y);
            x = y;
            y = next;
        }
        return x;
    }

    /** The trusted answer: the simplest exact loop, sharing no code with the variants. */
    static BigInteger reference(int n) {
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigInteger next = a.add(b);
            a = b;
            b = next;
        }
        return a;
    }

    static void requireFitsLong(int n) {
        if (n > LARGEST_IN_LONG) {
            throw new IllegalArgumentException("fib(" + n + ") does not fit in a long (the largest is fib("
                    + LARGEST_IN_LONG + ")); use the dynamic, memo or iterative variant");
        }
    }

    static void requireMemoFits(int n) {
        if (n > MEMO_LIMIT) {
            long megabytes = Math.round(0.6942 * n * (double) n / 16 / 1e6);
            throw new IllegalArgumentException("fib(" + n + ") is too large for the memo variant, which keeps every fib(k)"
                    + " up to n (about " + megabytes + " MB here; the largest it takes is fib(" + MEMO_LIMIT
                    + ")); use the iterative variant");
        }
    }
}
