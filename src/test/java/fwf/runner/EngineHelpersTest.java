package fwf.runner;

import fwf.run.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The small pieces of the runner: exit codes, stderr tails, line splitting, CPU model, ids. */
class EngineHelpersTest {
    @Test
    void exitCodesInWords() {
        assertThat(ExitCodes.describe(3)).isEqualTo("worker exited with code 3");
        assertThat(ExitCodes.describe(1)).isEqualTo("worker exited with code 1");
        assertThat(ExitCodes.describe(128)).isEqualTo("worker exited with code 128");
        assertThat(ExitCodes.describe(137)).isEqualTo("worker was killed by signal 9 (SIGKILL)");
        assertThat(ExitCodes.describe(134)).isEqualTo("worker was killed by signal 6 (SIGABRT)");
        assertThat(ExitCodes.describe(143)).isEqualTo("worker was killed by signal 15 (SIGTERM)");
        assertThat(ExitCodes.describe(128 + 20)).isEqualTo("worker was killed by signal 20");
    }

    @Test
    void theOutputTailKeepsTheLastLinesWithoutTheIncubatorNotice() {
        OutputTail tail = new OutputTail(3);
        tail.add("WARNING: Using incubator modules: jdk.incubator.vector");
        for (int i = 1; i <= 5; i++) {
            tail.add("line " + i);
        }
        assertThat(tail.lines()).containsExactly("line 3", "line 4", "line 5");
        tail.add("y".repeat(OutputTail.MAX_CHARS + 1));
        assertThat(tail.lines().getLast()).isEqualTo("y".repeat(OutputTail.MAX_CHARS) + "...");
    }

    @Test
    void linesAreSplitOnLfAndCrlfAndOverLongLinesAreCut() throws IOException {
        List<String> lines = new ArrayList<>();
        String longLine = "x".repeat(WorkerProcess.MAX_LINE_CHARS + 10);
        WorkerProcess.readLines(new StringReader("a\r\nb\n\n" + longLine + "\nc"), lines::add);
        assertThat(lines).containsExactly("a", "b", "", "x".repeat(WorkerProcess.MAX_LINE_CHARS), "c");
    }

    @Test
    void theCpuModelComesFromProcCpuinfo(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("cpuinfo");
        Files.writeString(f, "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\nmodel name\t: other\n");
        assertThat(Host.cpuModel(f)).contains("AMD EPYC 7B13");
        Files.writeString(f, "processor\t: 0\nHardware\t: BCM2835\n");
        assertThat(Host.cpuModel(f)).isEmpty();
        assertThat(Host.cpuModel(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void idsSortAsTheirTimesAndDiffer() {
        Instant t = Instant.parse("2025-01-15T10:05:00.123Z");
        String a = Runner.newId(t);
        assertThat(a).matches("20250115T100500\\.123-[0-9a-f]{6}");
        assertThat(Runner.newId(t.plusMillis(1))).isGreaterThan(a);
        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> Runner.newId(t)).distinct()).hasSizeGreaterThan(45);
    }
}
