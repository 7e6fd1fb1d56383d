package fwf.runner;

import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import fwf.worker.WarmupTrace;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up trace of a real worker: its length, its order, and the JIT's drop in it. */
class WarmupTraceJvmTest {
    @Test
    void fib20OnC2IsTracedOperationByOperationBeforeThePlan() {
        Workers.Recorder heard = new Workers.Recorder();
        Runner runner = new Runner(new JvmWorkerLauncher().withWarmupTrace(true));
        Measurement m = runner.run(RunRequest.ofNames("fib", "primitive", "jvm-c2", 20, null, new Plan(5, 5, 1), List.of(),
                null), heard);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);

        List<WorkerEvent.Trace> traces = heard.events.stream().filter(WorkerEvent.Trace.class::isInstance)
                .map(WorkerEvent.Trace.class::cast).toList();
        assertThat(traces).hasSize(1);
        WorkerEvent.Trace trace = traces.getFirst();
        // fib(20) takes microseconds once compiled: the operation bound ends the trace, not the time bound.
        assertThat(trace.ns()).hasSize(WarmupTrace.MAX_OPERATIONS);
        assertThat(trace.sinceStartNs().getFirst()).isZero();
        for (int i = 1; i < trace.ns().size(); i++) {
            // Each operation starts after the one before has ended.
            assertThat(trace.sinceStartNs().get(i)).isGreaterThanOrEqualTo(trace.sinceStartNs().get(i - 1)
                    + trace.ns().get(i - 1));
        }
        assertThat(trace.ns()).allMatch(ns -> ns > 0);
        // Before the plan: after "loaded", before the first iteration and "measuring".
        // (JIT events, and with the trace each compilation's inlining, come whenever the JIT works.)
        List<String> order = heard.calls.stream().filter(c -> !c.equals("jit") && !c.equals("inlining")).toList();
        assertThat(order.indexOf("trace")).isEqualTo(order.indexOf("loaded") + 1);
        assertThat(order.indexOf("iteration")).isEqualTo(order.indexOf("trace") + 1);
        // The first operation runs in the interpreter while the JIT compiles; the last ones run
        // C2's code, tens of times faster (6.0 ms against 16.6 us measured here).
        List<Long> last = new ArrayList<>(trace.ns().subList(trace.ns().size() - 100, trace.ns().size()));
        last.sort(null);
        assertThat(trace.ns().getFirst()).isGreaterThan(10 * last.get(50));
    }

    @Test
    void withoutTheSwitchThereIsNoTrace() {
        Workers.Recorder heard = new Workers.Recorder();
        Measurement m = new Runner().run(RunRequest.ofNames("fib", "primitive", "jvm-c2", 15, null, new Plan(2, 2, 1),
                List.of(), null), heard);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(heard.events).noneMatch(WorkerEvent.Trace.class::isInstance);
    }
}
