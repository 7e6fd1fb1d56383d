package fwf.run;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkerProtocolTest {
    private static final List<WorkerEvent> EVERY_KIND = List.of(
            new WorkerEvent.Started(2, 4242, "25.0.3+9-LTS", "OpenJDK 64-Bit Server VM", List.of("-Xint", "-Dx=\"q\"")),
            new WorkerEvent.Started(2, 4243, "25.0.3+9-LTS", "OpenJDK 64-Bit Server VM", List.of(), "gcc 12.2.0 -O2"),
            new WorkerEvent.Loaded(2, "n = 40", 40, 1200, 800, "102334155"),
            new WorkerEvent.Loaded(2, "big.txt, 100,000 nodes, 999,945 edges", 100_000, 1200, 800, "42",
                    "parallel ran the forward kernel on 64 node ranges"),
            new WorkerEvent.Iteration(2, 0, true, 301_234_567L, "102334155"),
            new WorkerEvent.Iteration(2, 7, false, 912, "1.5", 1024),
            new WorkerEvent.Iteration(2, 8, false, 912, "1.5", 1024, 3_456_789L),
            new WorkerEvent.Measuring(2, 5, 10, 1024),
            new WorkerEvent.Jit(2, new JitEvent("compile", "fwf.workload.Fib::primitive", 4, 51_234_000, 120_000)),
            new WorkerEvent.Jit(2, new JitEvent("osr", "fwf.workload.Mean::loop", 3, -2_000, 9_000)),
            new WorkerEvent.Jit(2, new JitEvent("deopt", "fwf.workload.Fib::dynamic", 0, 7, 0)),
            new WorkerEvent.Trace(2, List.of(0L, 6_030_000L, 6_400_000L), List.of(6_027_305L, 345_605L, 16_601L)),
            new WorkerEvent.Memory(2, new MemoryUse(33_000, 792_000, 2, 3_000_000)),
            new WorkerEvent.Inlining(2, new InliningTree("compile", "fwf.workload.Fib::primitive", 4, 51_234_000, List.of(
                    new InliningTree.Call(1, 13, "fwf.workload.Fib::primitive", true, "inline (hot)"),
                    new InliningTree.Call(2, 13, "fwf.workload.Fib::primitive", false, "recursive inlining is too deep")))),
            new WorkerEvent.Failure(2, "java.lang.OutOfMemoryError: Java heap space\nsecond line"),
            new WorkerEvent.Finished(2));

    @Test
    void everyEventTypeRoundTrips() throws Exception {
        for (WorkerEvent e : EVERY_KIND) {
            String line = WorkerProtocol.write(e);
            assertThat(line).as("one line").doesNotContain("\n");
            assertThat(WorkerProtocol.parse(line, 2)).isEqualTo(e);
        }
    }

    @Test
    void theEventTypesCoverTheSealedInterface() {
        assertThat(EVERY_KIND.stream().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrder(WorkerEvent.class.getPermittedSubclasses());
    }

    @Test
    void writesTheDocumentedLines() {
        assertThat(WorkerProtocol.write(new WorkerEvent.Iteration(0, 3, false, 250, "55", 8)))
                .isEqualTo("{\"event\":\"iteration\",\"fork\":0,\"index\":3,\"warmup\":false,\"ns\":250,\"answer\":\"55\",\"batch\":8}");
        assertThat(WorkerProtocol.write(new WorkerEvent.Measuring(1, 5, 10, 1)))
                .isEqualTo("{\"event\":\"measuring\",\"fork\":1,\"warmup\":5,\"iterations\":10,\"batch\":1}");
    }

    @Test
    void aPlanThatSaysHowItsWarmUpEndedSaysItOnTheMeasuringLine() throws Exception {
        String line = "{\"event\":\"measuring\",\"fork\":0,\"warmup\":1000,\"iterations\":3,\"batch\":1,"
                + "\"note\":\"not steady after 1000 warm-up calls\"}";
        WorkerEvent.Measuring unsettled = new WorkerEvent.Measuring(0, 1000, 3, 1, "not steady after 1000 warm-up calls");
        assertThat(WorkerProtocol.write(unsettled)).isEqualTo(line);
        assertThat(WorkerProtocol.parse(line, 0)).isEqualTo(unsettled);
        // a friend's line with more fields than the runner reads (the steady plan's "steady") still parses
        assertThat(WorkerProtocol.parse("{\"event\":\"measuring\",\"fork\":0,\"warmup\":5,\"iterations\":10,"
                + "\"steady\":true}", 0)).isEqualTo(new WorkerEvent.Measuring(0, 5, 10, 1));
    }

    @Test
    void aJvmWorkersIterationSaysWhenItStartedAndAFriendsNeedNot() throws Exception {
        String line = "{\"event\":\"iteration\",\"fork\":0,\"index\":3,\"warmup\":true,\"ns\":250,\"answer\":\"55\","
                + "\"batch\":8,\"t_ns\":1200000}";
        WorkerEvent.Iteration timed = new WorkerEvent.Iteration(0, 3, true, 250, "55", 8, 1_200_000L);
        assertThat(WorkerProtocol.write(timed)).isEqualTo(line);
        assertThat(WorkerProtocol.parse(line, 0)).isEqualTo(timed);
        assertThat(((WorkerEvent.Iteration) WorkerProtocol.parse(
                "{\"event\":\"iteration\",\"fork\":0,\"index\":1,\"warmup\":false,\"ns\":9,\"answer\":4}", 0))
                .sinceStartNs()).isEqualTo(-1);
    }

    @Test
    void writesTheDocumentedMemoryLine() throws Exception {
        String line = "{\"event\":\"memory\",\"fork\":0,\"operations\":330,\"alloc_bytes\":0,\"gc_count\":0,\"gc_ns\":0}";
        assertThat(WorkerProtocol.write(new WorkerEvent.Memory(0, new MemoryUse(330, 0, 0, 0)))).isEqualTo(line);
        assertThat(WorkerProtocol.parse(line, 0)).isEqualTo(new WorkerEvent.Memory(0, new MemoryUse(330, 0, 0, 0)));
    }

    @Test
    void writesTheDocumentedTraceLine() throws Exception {
        String line = "{\"event\":\"trace\",\"fork\":0,\"t_ns\":[0,1210000,1730000],\"ns\":[1200000,510000,480000]}";
        WorkerEvent.Trace trace = new WorkerEvent.Trace(0, List.of(0L, 1_210_000L, 1_730_000L),
                List.of(1_200_000L, 510_000L, 480_000L));
        assertThat(WorkerProtocol.write(trace)).isEqualTo(line);
        assertThat(WorkerProtocol.parse(line, 0)).isEqualTo(trace);
        assertThatThrownBy(() -> new WorkerEvent.Trace(0, List.of(0L), List.of()))
                .hasMessage("a trace needs one start per time: 1 starts, 0 times");
    }

    @Test
    void onlyAnFfmWorkerNamesItsLibrary() {
        assertThat(WorkerProtocol.write(new WorkerEvent.Started(0, 7, "25", "VM", List.of())))
                .isEqualTo("{\"event\":\"started\",\"fork\":0,\"pid\":7,\"version\":\"25\",\"vm\":\"VM\",\"input_arguments\":[]}");
        assertThat(WorkerProtocol.write(new WorkerEvent.Started(0, 7, "25", "VM", List.of(), "rustc 1.85.0 -O")))
                .isEqualTo("{\"event\":\"started\",\"fork\":0,\"pid\":7,\"version\":\"25\",\"vm\":\"VM\",\"input_arguments\":[],"
                        + "\"library\":\"rustc 1.85.0 -O\"}");
        assertThat(new WorkerEvent.Started(0, 7, "25", "VM", List.of(), null).library()).isEmpty();
    }

    @Test
    void theCallerDecidesTheForkNumber() throws Exception {
        assertThat(WorkerProtocol.parse("{\"event\":\"finished\",\"fork\":0}", 3)).isEqualTo(new WorkerEvent.Finished(3));
    }

    @Test
    void aFriendMayLeaveOutBatchAndSendNumbersAsAnswers() throws Exception {
        assertThat(WorkerProtocol.parse("{\"event\":\"iteration\",\"index\":1,\"warmup\":false,\"ns\":9,\"answer\":1612010}", 0))
                .isEqualTo(new WorkerEvent.Iteration(0, 1, false, 9, "1612010", 1));
        assertThat(WorkerProtocol.parse("{\"event\":\"iteration\",\"index\":1,\"warmup\":false,\"ns\":9,\"answer\":4.0}", 0))
                .isEqualTo(new WorkerEvent.Iteration(0, 1, false, 9, "4", 1));
        assertThat(WorkerProtocol.parse("{\"event\":\"started\",\"pid\":12,\"version\":\"3.11.7\"}", 0))
                .isEqualTo(new WorkerEvent.Started(0, 12, "3.11.7", "", List.of()));
    }

    @Test
    void rejectsLinesThatAreNotEvents() {
        assertThatThrownBy(() -> WorkerProtocol.parse("hello world", 0))
                .isInstanceOf(WorkerProtocol.BadLineException.class)
                .hasMessage("not a protocol line (unexpected character 'h' at offset 0): hello world");
        assertThatThrownBy(() -> WorkerProtocol.parse("{\"event\":\"party\"}", 0))
                .hasMessage("unknown event party: {\"event\":\"party\"}");
        assertThatThrownBy(() -> WorkerProtocol.parse("[1,2]", 0))
                .hasMessage("not a protocol line (expected a JSON object): [1,2]");
        assertThatThrownBy(() -> WorkerProtocol.parse("{\"event\":\"iteration\",\"ns\":\"fast\"}", 0))
                .hasMessage("malformed iteration event: {\"event\":\"iteration\",\"ns\":\"fast\"}");
        assertThatThrownBy(() -> WorkerProtocol.parse("{\"event\":\"iteration\",\"ns\":5,\"batch\":0}", 0))
                .hasMessage("malformed iteration event: {\"event\":\"iteration\",\"ns\":5,\"batch\":0}");
    }
}
