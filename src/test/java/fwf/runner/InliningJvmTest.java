package fwf.runner;

import fwf.run.InliningTree;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A real jvm-c2 worker's inlining decisions, sent with the warm-up trace. */
class InliningJvmTest {
    @Test
    void c2InlinesFibIntoItselfOnceAndSaysWhyItStopsThere() {
        Workers.Recorder heard = new Workers.Recorder();
        Measurement m = new Runner(new JvmWorkerLauncher().withWarmupTrace(true)).run(RunRequest.ofNames("fib", "primitive",
                "jvm-c2", 20, null, new Plan(5, 5, 1), List.of(), null), heard);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        List<InliningTree> c2 = heard.events.stream().filter(WorkerEvent.Inlining.class::isInstance)
                .map(e -> ((WorkerEvent.Inlining) e).tree())
                .filter(t -> t.method().equals("fwf.workload.Fib::primitive") && t.tier() == 4 && t.kind().equals("compile"))
                .toList();
        assertThat(c2).isNotEmpty();
        // Both calls, fib(n - 2) at bci 13 and fib(n - 1) at bci 19, are inlined one level deep;
        // in each inlined copy the two calls stay calls: HotSpot inlines a recursion once
        // (MaxRecursiveInlineLevel = 1).
        List<InliningTree.Node> roots = c2.getFirst().roots();
        assertThat(roots).extracting(n -> n.call().bci()).containsExactly(13, 19);
        for (InliningTree.Node n : roots) {
            assertThat(n.call().callee()).isEqualTo("fwf.workload.Fib::primitive");
            assertThat(n.call().inlined()).isTrue();
            assertThat(n.children()).extracting(c -> c.call().bci()).containsExactly(13, 19);
            assertThat(n.children()).allSatisfy(c -> {
                assertThat(c.call().inlined()).isFalse();
                assertThat(c.call().verdict()).isEqualTo("recursive inlining is too deep");
            });
        }
        // Without the trace there is no inlining log and no event.
        Workers.Recorder plain = new Workers.Recorder();
        new Runner().run(RunRequest.ofNames("fib", "primitive", "jvm-c2", 15, null, new Plan(2, 2, 1), List.of(), null), plain);
        assertThat(plain.events).noneMatch(WorkerEvent.Inlining.class::isInstance);
    }
}
