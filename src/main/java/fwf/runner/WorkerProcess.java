package fwf.runner;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One running worker process, seen from the caller: its stdout lines, its exit and a
 * cancellation arrive as {@link Signal}s on one queue, so the runner waits in one place with
 * one deadline. Its stderr is read on a thread of its own (a chatty stderr must never block
 * the worker) and only its last lines are kept.
 *
 * <p>The worker's stdin is its lifeline: a pipe we never write to and close only in
 * {@link #close}, when the run is over. If the caller dies, even by SIGKILL, the kernel closes
 * our end and the worker reads end-of-file: the friend programs (C, Rust, the Python driver)
 * watch for exactly that (C and Rust on a thread, Python by SIGIO, which stops even a kernel holding the GIL) and exit at once. A shutdown hook kills the worker if the
 * caller's JVM exits mid-run; our JVM worker, which reads no stdin, watches its parent process
 * instead (see WorkerMain).
 */
final class WorkerProcess implements AutoCloseable {
    /** What the runner waits for. */
    sealed interface Signal {
        /** One line the worker wrote on stdout, without its line end. */
        record Line(String text) implements Signal {
        }

        /** The worker's stdout reached end-of-file. */
        record StdoutClosed() implements Signal {
        }

        /** The worker process ended with this exit code (128 + n for signal n). */
        record Exited(int code) implements Signal {
        }

        /** The run was cancelled. */
        record Cancel() implements Signal {
        }
    }

    /** How many stderr lines a failure message quotes. */
    static final int STDERR_LINES = 20;
    /** A longer stdout "line" is no protocol line: it is cut here so garbage cannot eat memory. */
    static final int MAX_LINE_CHARS = 64 * 1024;

    private final Process process;
    /** Our end of the worker's stdin, held open until {@link #close}. */
    private final OutputStream lifeline;
    private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
    private final OutputTail stderr = new OutputTail(STDERR_LINES);
    private final Thread stderrReader;
    private final Thread shutdownHook;

    private WorkerProcess(Process process) {
        this.process = process;
        this.lifeline = process.getOutputStream();
        Thread.ofVirtual().name("fwf-worker-" + process.pid() + "-stdout").start(this::readStdout);
        this.stderrReader = Thread.ofVirtual().name("fwf-worker-" + process.pid() + "-stderr").start(this::readStderr);
        process.onExit().thenAccept(p -> signals.add(new Signal.Exited(p.exitValue())));
        this.shutdownHook = new Thread(() -> killTree(Duration.ZERO), "fwf-worker-" + process.pid() + "-reaper");
        try {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            killTree(Duration.ZERO); // the caller is already shutting down: do not start anything
        }
    }

    /** Starts the process; its three standard streams are pipes to us. */
    static WorkerProcess start(ProcessBuilder builder) throws IOException {
        builder.redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .redirectError(ProcessBuilder.Redirect.PIPE);
        return new WorkerProcess(builder.start());
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits for the next signal until {@code deadline} ({@link System#nanoTime()} scale,
     * {@link Long#MAX_VALUE} for none); null when the deadline passes first.
     */
    Signal next(long deadline) throws InterruptedException {
        if (deadline == Long.MAX_VALUE) {
            return signals.take();
        }
        return signals.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    /** Wakes the runner with a {@link Signal.Cancel}; safe from any thread. */
    void cancel() {
        signals.add(new Signal.Cancel());
    }

    /**
     * Kills the worker and every descendant with SIGKILL and waits up to {@code wait} for them
     * to be gone. The descendants are listed before anything is killed: once a parent dies its
     * children are re-parented and can no longer be found from here.
     *
     * @return true when every process of the tree is gone
     */
    boolean killTree(Duration wait) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            // Our own child is reaped by the JDK, so its exit can be awaited.
            process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            // A killed descendant becomes a zombie of whoever adopts it until that one reaps it,
            // and a zombie still counts as alive to ProcessHandle: poll for "not running".
            while (descendants.stream().anyMatch(WorkerProcess::running) && System.nanoTime() - deadline < 0) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !process.isAlive() && descendants.stream().noneMatch(WorkerProcess::running);
    }

    /** True while the process runs: not gone and not a zombie (state Z or X in /proc/PID/stat on Linux). */
    static boolean running(ProcessHandle h) {
        if (!h.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            // "pid (comm) S ...": the state follows the last ')', since comm may hold spaces and parentheses.
            int close = stat.lastIndexOf(')');
            char state = close >= 0 && close + 2 < stat.length() ? stat.charAt(close + 2) : 'R';
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return h.isAlive(); // no /proc (not Linux), or it just went away
        }
    }

    /**
     * The last stderr lines, waiting up to {@code wait} for the stderr reader to reach
     * end-of-file (a descendant may hold stderr open after the worker is gone).
     */
    List<String> stderrTail(Duration wait) {
        try {
            stderrReader.join(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stderr.lines();
    }

    /** Kills what is left, lets go of the worker's stdin and forgets the shutdown hook. */
    @Override
    public void close() {
        if (process.isAlive()) {
            killTree(Duration.ofSeconds(1));
        }
        try {
            lifeline.close();
        } catch (IOException e) {
            // the worker is gone: nobody is left to read the end-of-file
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs anyway
        }
    }

    private void readStdout() {
        try (Reader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
            readLines(in, line -> signals.add(new Signal.Line(line)));
        } catch (IOException e) {
            // the pipe broke: the worker is gone, and its exit says how
        }
        signals.add(new Signal.StdoutClosed());
    }

    private void readStderr() {
        try (Reader in = new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)) {
            readLines(in, stderr::add);
        } catch (IOException e) {
            // as for stdout
        }
    }

    /** Splits text into lines (LF or CRLF), cutting any line at {@link #MAX_LINE_CHARS}. */
    static void readLines(Reader in, Consumer<String> sink) throws IOException {
        char[] buffer = new char[8192];
        StringBuilder line = new StringBuilder();
        boolean skipping = false; // past the cut of an over-long line
        for (int n; (n = in.read(buffer)) >= 0; ) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    if (!skipping) {
                        sink.accept(stripCr(line));
                    }
                    line.setLength(0);
                    skipping = false;
                } else if (!skipping) {
                    line.append(c);
                    if (line.length() >= MAX_LINE_CHARS) {
                        sink.accept(line.toString());
                        line.setLength(0);
                        skipping = true;
                    }
                }
            }
        }
        if (!line.isEmpty() && !skipping) {
            sink.accept(stripCr(line));
        }
    }

    private static String stripCr(StringBuilder line) {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }
}
