package fwf.workload;

import java.math.BigInteger;
import java.util.List;

/**
 * The work of the fib variants, by recurrences on the counts instead of by the calls
 * themselves: fib(40) makes 331,160,281 calls, which take a second to make and a microsecond
 * to count.
 */
final class FibWork {
    private FibWork() {
    }

    /**
     * The naive recursion, in either order of its two calls (the same calls either way):
     * calls(0) = calls(1) = 1 and calls(k) = 1 + calls(k - 1) + calls(k - 2), which is
     * 2 fib(n + 1) - 1.
     */
    static Work recursive(int n) {
        return new Work(value(n), List.of(WorkCount.of(OperationKind.CALLS, recurrence(n, 1))));
    }

    /**
     * {@link Fib#looped}: a call for n &gt; 1 calls looped(n - 1), looped(n - 3), ... down to
     * n - 1 - 2j &gt;= 0 and adds the last fib(1) or fib(0) itself, so calls(0) = calls(1) = 1
     * and calls(k) = 1 + calls(k - 1) + (calls(k - 2) - 1): fib(n + 1) calls in all.
     */
    static Work looped(int n) {
        return new Work(value(n), List.of(WorkCount.of(OperationKind.CALLS, recurrence(n, 0))));
    }

    /** {@link Fib#memo} computes each fib(k), 2 &lt;= k &lt;= n, once, with one addition. */
    static Work memo(int n) {
        return new Work(value(n), List.of(WorkCount.of(OperationKind.ADDITIONS, Math.max(0, n - 1))));
    }

    /** {@link Fib#iterative} runs its loop n times, one addition each. */
    static Work iterative(int n) {
        return new Work(value(n), List.of(WorkCount.of(OperationKind.ADDITIONS, n)));
    }

    /**
     * c(0) = c(1) = 1, c(k) = c(k - 1) + c(k - 2) + extra.
     *
     * @throws IllegalArgumentException when the count passes a long
     */
    private static long recurrence(int n, long extra) {
        long before = 1; // c(k - 1)
        long current = 1; // c(k)
        try {
            for (int k = 2; k <= n; k++) {
                long next = Math.addExact(Math.addExact(current, before), extra);
                before = current;
                current = next;
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("fib(" + n + ") makes more calls than a 64-bit count holds;"
                    + " the largest n counted is " + largestCounted(extra));
        }
        return current;
    }

    /** The largest n whose count fits in a long. */
    static int largestCounted(long extra) {
        long before = 1;
        long current = 1;
        int k = 1;
        while (true) {
            long next = current + before + extra;
            if (next < 0) {
                return k;
            }
            before = current;
            current = next;
            k++;
        }
    }

    /** fib(n), exact: the answer the replay gives (the catalogue's trusted loop). */
    private static BigInteger value(int n) {
        return Fib.reference(n);
    }
}
