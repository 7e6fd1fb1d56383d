package fwf.runner;

import fwf.run.JitEvent;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speculation-undone preset on a real jvm-c2 worker: fib(20) {@code dynamic-deopt} with the
 * warm-up trace, whose 1,001st computation (index 1,000) is the first to give the top call a
 * BigInteger. C2's code for the dynamic recursion was compiled for Long alone, so that
 * computation hits a class check trap and the JVM deoptimizes, then C2 compiles the recursion again.
 */
class DeoptPresetJvmTest {
    /** The variant's own count, repeated here so the test says what it expects. */
    private static final int SWITCH = 1_000;

    @Test
    void theFirstBigIntegerDeoptimizesC2sCodeAndC2CompilesTheRecursionAgain() {
        Workers.Recorder heard = new Workers.Recorder();
        Runner runner = new Runner(new JvmWorkerLauncher().withWarmupTrace(true));
        Measurement m = runner.run(RunRequest.ofNames("fib", "dynamic-deopt", "jvm-c2", 20, null, new Plan(5, 5, 1),
                List.of(), null), heard);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.answer()).isEqualTo("6765");
        WorkerEvent.Trace trace = heard.events.stream().filter(WorkerEvent.Trace.class::isInstance)
                .map(WorkerEvent.Trace.class::cast).findFirst().orElseThrow();
        long switchStart = trace.sinceStartNs().get(SWITCH);
        long switchEnd = switchStart + trace.ns().get(SWITCH);

        // Before the switch C2 had compiled the recursion (so there was a speculation to undo)...
        assertThat(m.jit()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("compile");
            assertThat(e.method()).isEqualTo("fwf.workload.Fib::dynamic");
            assertThat(e.tier()).isEqualTo(4);
            assertThat(e.sinceStartNs() + e.durationNs()).isLessThan(switchStart);
        });
        // ... and no class check had failed yet.
        assertThat(m.jit()).noneMatch(e -> e.kind().equals("deopt") && e.reason().equals("class_check")
                && e.sinceStartNs() < switchStart);
        // The first BigInteger fails the class check C2 compiled into lessOrEqual (its instanceof
        // Long, bci 1), inlined into the recursion, during that very computation.
        JitEvent deopt = m.jit().stream().filter(e -> e.kind().equals("deopt") && e.reason().equals("class_check"))
                .findFirst().orElseThrow();
        assertThat(deopt.method()).isEqualTo("fwf.workload.DynamicInt::lessOrEqual");
        assertThat(deopt.bci()).isEqualTo(1);
        assertThat(deopt.sinceStartNs()).isBetween(switchStart, switchEnd);
        // C2 compiles the recursion again, for both classes.
        assertThat(m.jit()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("compile");
            assertThat(e.method()).isEqualTo("fwf.workload.Fib::dynamic");
            assertThat(e.tier()).isEqualTo(4);
            assertThat(e.sinceStartNs()).isGreaterThan(deopt.sinceStartNs());
        });
    }
}
