package fwf.workload;

/** The input of {@code fib}: which Fibonacci number to compute. */
public record FibInput(int n) {
    public FibInput {
        if (n < 0) {
            throw new IllegalArgumentException("fib needs n >= 0, got " + n);
        }
    }
}
