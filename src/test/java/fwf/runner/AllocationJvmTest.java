package fwf.runner;

import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allocation per operation measured by real workers: the thread allocation counters read around
 * each measured iteration's timed region, so the figure is the kernel's own (and the answer it
 * returns, boxed as every {@code Computation} returns it).
 */
class AllocationJvmTest {
    private final Runner runner = new Runner();

    private Measurement fib(String variant, int n) {
        Measurement m = runner.run(RunRequest.ofNames("fib", variant, "jvm-c2", n, null, new Plan(300, 300, 1), List.of(), null),
                RunListener.NONE);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.memory()).as("a JVM worker reports its allocation").isNotNull();
        assertThat(m.memory().computations()).isEqualTo(300);
        return m;
    }

    /** fib(11) = 89 comes from the Long cache, and the recursion on longs allocates nothing. */
    @Test
    void thePrimitiveRecursionAllocatesNothing() {
        assertThat(fib("primitive", 11).memory().bytesPerOperation()).isLessThan(1.0);
    }

    /**
     * fib(20) = 6765 is past the Long cache: the only allocation is the one Long box of the
     * answer each computation returns (24 bytes with 12-byte headers, 16 with compact ones).
     */
    @Test
    void thePrimitiveRecursionAllocatesOnlyItsBoxedAnswer() {
        assertThat(fib("primitive", 20).memory().bytesPerOperation()).isBetween(15.0, 25.0);
    }

    /**
     * The boxed recursion allocates a Long for every sum past 127 (fib(20) makes 21,891 calls): the
     * boxes cross recursive calls the JIT cannot inline all the way, so escape analysis keeps most
     * of them. Measured here: about 1,056 bytes per fib(20).
     */
    @Test
    void theBoxedRecursionAllocatesItsBoxes() {
        Measurement m = fib("boxed", 20);
        assertThat(m.memory().bytesPerOperation()).isGreaterThan(200.0);
    }
}
