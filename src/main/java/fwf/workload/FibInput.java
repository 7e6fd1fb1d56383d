package fwf.workload;

import java.util.Locale;

/** The input of {@code fib}: which Fibonacci number to compute. */
public record FibInput(int n) {
    /**
     * The largest n any variant is given. fib(n) has about 0.69 n bits, and the exact answers
     * (the caller's reference, and the iterative variant in every timed call) add n numbers up to
     * that long, so their time grows as n squared: about 0.3 s for fib(100,000) here, 25 s for
     * fib(1,000,000), and fib(2^31 - 1) would never end.
     */
    public static final int MAX_N = 100_000;

    public FibInput {
        if (n < 0) {
            throw new IllegalArgumentException("fib needs n >= 0, got " + n);
        }
        if (n > MAX_N) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "fib(%d) is too large: n goes up to %,d, since the exact answer (the reference, and the iterative"
                            + " variant in every call) adds n numbers of up to 0.69 n bits, a time growing as n squared"
                            + " (about 0.3 s at %,d, 25 s at 1,000,000)", n, MAX_N, MAX_N));
        }
    }
}
