package fwf.worker;

import fwf.run.HarnessFlags;
import fwf.run.JitEvent;
import fwf.runner.JvmWorkerLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JIT log of a real JVM started with {@link JitLog#xlogOption}: the formats the parser knows
 * are the ones this JDK writes. One JVM of about a second.
 */
class JitLogJvmTest {
    private static final String TOTAL = "fwf.worker.JitProbe::total";

    @Test
    void aRealJvmsLogShowsCompilationsOnStackReplacementsDeoptsAndLambdas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("jit log, with: separators").resolve("jit.log");
        java.nio.file.Files.createDirectories(file.getParent());
        List<String> command = new ArrayList<>(List.of(JvmWorkerLauncher.currentJava().toString(), HarnessFlags.jitLogOption(file),
                "-cp", JvmWorkerLauncher.currentClassPath(), JitProbe.class.getName(), file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();

        long origin = System.nanoTime();
        List<JitEvent> events;
        try (JitLog log = JitLog.open(file, "fwf.worker")) {
            events = log.drain(origin);
        }
        assertThat(events).allSatisfy(e -> {
            assertThat(e.method()).startsWith("fwf.worker.JitProbe");
            assertThat(e.sinceStartNs()).as("before the origin").isNegative();
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("compile");
            assertThat(e.method()).isEqualTo(TOTAL);
            assertThat(e.tier()).isEqualTo(4);
            assertThat(e.durationNs()).isPositive();
        });
        // The rectangle reaches the call site C2 compiled for squares only.
        assertThat(events).filteredOn(e -> e.kind().equals("deopt")).extracting(JitEvent::method).contains(TOTAL);
        assertThat(events).filteredOn(e -> e.kind().equals("deopt"))
                .allSatisfy(e -> assertThat(e.tier()).isZero())
                .allSatisfy(e -> assertThat(e.durationNs()).isZero());
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("osr");
            assertThat(e.method()).isEqualTo("fwf.worker.JitProbe::loop");
            assertThat(e.tier()).isBetween(1, 4);
        });
        assertThat(events).extracting(JitEvent::method).contains("fwf.worker.JitProbe$$Lambda::applyAsLong");
        // Taken in the order they started.
        assertThat(events).extracting(JitEvent::sinceStartNs).isSorted();
    }
}
