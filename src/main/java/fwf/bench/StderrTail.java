package fwf.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last lines a worker wrote on stderr, for failure messages. The JVM's notice that an
 * incubator module is in use is dropped: every worker prints it, so it says nothing.
 */
final class StderrTail {
    private static final String INCUBATOR_NOTICE = "WARNING: Using incubator modules";

    private final int capacity;
    private final Deque<String> lines;

    StderrTail(int capacity) {
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
        lines.addLast(line);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
