package fwf.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingStream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * Watches the worker's own JIT through a JFR recording stream and keeps the compilations and
 * deoptimisations of the kernel's methods (classes of one package, {@code fwf.workload}).
 *
 * <p>Why these settings: {@code jdk.Compilation} is off below a 1 s threshold in JFR's default
 * configuration, which would hide every compilation of a kernel, so it is enabled with
 * threshold 0; {@code jdk.Deoptimization} needs no stack trace for our purpose. JFR delivers
 * events on its own thread about once a second; they wait in a queue and the worker's main
 * thread {@link #drain drains} it between iterations, outside the timed region, so the
 * protocol has a single writer.
 */
final class JitRecorder implements AutoCloseable {
    /** What JFR saw, before it is placed in time relative to the first iteration. */
    private record Seen(String kind, String method, int tier, Instant start, long durationNs) {
    }

    private static final Pattern LAMBDA_ADDRESS = Pattern.compile("\\$\\$Lambda[./]0x[0-9a-fA-F]+");

    private final String packagePrefix;
    private final RecordingStream stream;
    private final Queue<Seen> seen = new ConcurrentLinkedQueue<>();

    private JitRecorder(String packageName) {
        this.packagePrefix = packageName + ".";
        this.stream = new RecordingStream();
        stream.enable("jdk.Compilation").withThreshold(Duration.ZERO);
        stream.enable("jdk.Deoptimization").withoutStackTrace();
        stream.onEvent("jdk.Compilation", this::compilation);
        stream.onEvent("jdk.Deoptimization", this::deoptimization);
    }

    /** Starts recording the JIT's work on the classes of {@code packageName}. */
    static JitRecorder start(String packageName) {
        JitRecorder recorder = new JitRecorder(packageName);
        recorder.stream.startAsync();
        return recorder;
    }

    private void compilation(RecordedEvent e) {
        if (!e.getBoolean("succeded")) { // sic: JFR's field name
            return; // a failed compilation changed no code
        }
        String method = name(e.getValue("method"));
        if (method != null) {
            seen.add(new Seen(e.getBoolean("isOsr") ? "osr" : "compile", method, e.getInt("compileLevel"),
                    e.getStartTime(), e.getDuration().toNanos()));
        }
    }

    private void deoptimization(RecordedEvent e) {
        String method = name(e.getValue("method"));
        if (method != null) {
            seen.add(new Seen("deopt", method, 0, e.getStartTime(), 0));
        }
    }

    /** {@code fwf.workload.Fib::primitive}, or null for a method outside the package. */
    private String name(Object value) {
        if (!(value instanceof RecordedMethod m) || m.getType() == null) {
            return null;
        }
        String type = m.getType().getName();
        if (!type.startsWith(packagePrefix)) {
            return null;
        }
        // A lambda's hidden class is named per JVM run (FibVariants$$Lambda.0x0000000041...):
        // its address would make the same method look different in every worker.
        return LAMBDA_ADDRESS.matcher(type).replaceFirst("\\$\\$Lambda") + "::" + m.getName();
    }

    /** Takes the events seen so far, timed from {@code origin} (when the first iteration started). */
    List<JitEvent> drain(Instant origin) {
        List<JitEvent> out = new ArrayList<>();
        for (Seen s; (s = seen.poll()) != null; ) {
            out.add(new JitEvent(s.kind(), s.method(), s.tier(), Duration.between(origin, s.start()).toNanos(),
                    s.durationNs()));
        }
        return out;
    }

    /** Stops recording and waits until JFR has delivered every event it holds, so none is lost. */
    void stop() {
        stream.stop();
    }

    @Override
    public void close() {
        stream.close();
    }
}
