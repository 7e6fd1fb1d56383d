package fwf.worker;

import fwf.run.HarnessFlags;
import fwf.run.InliningTree;
import fwf.run.JitEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The worker's view of its own JIT: the JVM writes its compilations and deoptimisations to a file
 * through unified logging ({@link HarnessFlags#jitLogOption}, a flag the launcher adds), and the worker reads
 * that file between iterations, outside the timed region, to report the kernel's methods.
 *
 * <p>Why unified logging and not JFR: a JFR recording stream cost the worker about 290 ms of
 * start-up (220 ms to create it alone), against nothing measurable for a log file the JVM
 * opens at start. Why a file and not stdout or stderr: stdout is the protocol, and stderr's last
 * lines are what a failure quotes.
 *
 * <p>Who deletes the file: the launcher creates a fresh folder per worker ({@link HarnessFlags#JIT_LOG_FOLDER_PREFIX})
 * and cannot know when the worker ends; so the worker, as soon as it has the file open,
 * unlinks it and that folder. The JVM keeps writing to, and the worker keeps reading from, the
 * open file, which the system frees when both have closed it (POSIX semantics; where an open
 * file cannot be deleted, the worker tries again at {@link #close}). A worker that is killed later,
 * times out or crashes thus leaves nothing behind.
 *
 * <p>Not thread-safe: the worker's main thread owns it.
 */
public final class JitLog implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final JitLogParser parser;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    /** The start of a line whose end is not written yet. */
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private boolean deleted;

    private JitLog(Path file, FileChannel channel, String packageName) {
        this.file = file;
        this.channel = channel;
        this.parser = new JitLogParser(packageName);
    }

    /**
     * Opens the log the JVM writes and deletes its name (and its folder, when the launcher made
     * it), keeping the file itself open; see the class comment.
     *
     * @param packageName the events of this package's classes are kept
     * @throws IOException when the file cannot be opened: the JVM did not create it
     */
    static JitLog open(Path file, String packageName) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        JitLog log = new JitLog(file, channel, packageName);
        log.delete();
        return log;
    }

    /**
     * Reads the lines written since the last call, complete ones only, and returns the events
     * they complete, timed from {@code originNs} ({@link System#nanoTime()} when the first
     * iteration started). A compilation whose install is not written yet waits for a later call;
     * one still waiting when the worker stops is never reported.
     */
    List<JitEvent> drain(long originNs) throws IOException {
        for (int n; (n = channel.read(buffer.clear())) > 0; ) {
            byte[] bytes = buffer.array();
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (bytes[i] == '\n') {
                    partial.write(bytes, from, i - from);
                    parser.accept(partial.toString(StandardCharsets.UTF_8));
                    partial.reset();
                    from = i + 1;
                }
            }
            partial.write(bytes, from, n - from);
        }
        List<JitEvent> out = new ArrayList<>();
        for (JitLogParser.Seen s : parser.take()) {
            out.add(s.since(originNs));
        }
        return out;
    }

    /**
     * The inlining trees of the kernel compilations the lines read so far completed (with
     * {@code -Xlog:jit+inlining}, the warm-up trace's), timed from {@code originNs} as {@link #drain}.
     */
    List<InliningTree> inlining(long originNs) {
        List<InliningTree> out = new ArrayList<>();
        for (InliningTree t : parser.takeInlining()) {
            out.add(new InliningTree(t.kind(), t.method(), t.tier(), t.sinceStartNs() - originNs, t.calls()));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // a file only read: nothing is lost
        }
        delete();
    }

    private void delete() {
        if (deleted) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && folder.getFileName() != null
                    && folder.getFileName().toString().startsWith(HarnessFlags.JIT_LOG_FOLDER_PREFIX)) {
                Files.deleteIfExists(folder); // fails, harmlessly, when something else is in it
            }
            deleted = true;
        } catch (IOException e) {
            // An open file cannot be deleted on this system: close() tries again.
        }
    }
}
