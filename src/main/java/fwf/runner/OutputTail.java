package fwf.runner;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last lines a worker wrote on stderr (or on stdout, once it stopped speaking the
 * protocol), for failure messages. The JVM's notice that an incubator module is in use is
 * dropped: every worker prints it, so it says nothing; so are lines longer than
 * {@link #MAX_CHARS}, cut there.
 */
final class OutputTail {
    private static final String INCUBATOR_NOTICE = "WARNING: Using incubator modules";

    /** A message quotes at most this much of one line. */
    static final int MAX_CHARS = 500;

    private final int capacity;
    private final Deque<String> lines;

    OutputTail(int capacity) {
        this.capacity = capacity;
        this.lines = new ArrayDeque<>(capacity);
    }

    synchronized void add(String line) {
        if (line.startsWith(INCUBATOR_NOTICE)) {
            return;
        }
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line.length() <= MAX_CHARS ? line : line.substring(0, MAX_CHARS) + "...");
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
