package fwf.graph;

import fwf.io.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * Writes a {@link Graph} as a SNAP edge list: a {@code #} header naming the graph (for a
 * generated one, the generator and its parameters), then one {@code label label} line per
 * edge in the graph's edge order. Reading the file back gives the same ids, labels and edge
 * order, except that nodes without edges cannot be written (the header counts them).
 *
 * <p>The digits go straight into a byte buffer, not through {@code Integer.toString} and a
 * {@code Writer}: ten million edges are twenty million numbers, and a String and a char-to-byte
 * encoding for each made writing the slowest part of {@code fwf generate}.
 */
public final class EdgeListWriter {
    /** How often (in edges) the progress callback hears how far the writing is. */
    public static final int PROGRESS_STEP = 1 << 16;
    private static final int BUFFER = 1 << 16;
    /** The longest line: two ten-digit labels, a space and a newline. */
    private static final int MAX_LINE = 22;

    private EdgeListWriter() {
    }

    /** Writes the file in place (callers that need atomicity use {@link #writeAtomically}). */
    public static void write(Graph graph, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(graph, out, done -> { });
        }
    }

    /**
     * Writes the file atomically ({@link AtomicFiles}: a reader sees the old file or the whole
     * new one), telling {@code edgesWritten} the edges written so far every
     * {@link #PROGRESS_STEP} edges and once at the end.
     */
    public static void writeAtomically(Graph graph, Path file, IntConsumer edgesWritten) throws IOException {
        AtomicFiles.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(graph, out, edgesWritten);
            }
        });
    }

    /** Writes to {@code out} and flushes; does not close it. */
    public static void write(Graph graph, Writer out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(graph, bytes, done -> { });
        out.write(bytes.toString(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Writes to {@code out} in blocks of 64 KiB and flushes; does not close it. */
    public static void write(Graph graph, OutputStream out, IntConsumer edgesWritten) throws IOException {
        out.write(header(graph).getBytes(StandardCharsets.US_ASCII));
        byte[] buf = new byte[BUFFER];
        int len = 0;
        int edges = graph.edgeCount();
        for (int i = 0; i < edges; i++) {
            if (len > BUFFER - MAX_LINE) {
                out.write(buf, 0, len);
                len = 0;
            }
            len = digits(graph.label(graph.edgeFrom(i)), buf, len);
            buf[len++] = ' ';
            len = digits(graph.label(graph.edgeTo(i)), buf, len);
            buf[len++] = '\n';
            if ((i + 1) % PROGRESS_STEP == 0) {
                edgesWritten.accept(i + 1);
            }
        }
        out.write(buf, 0, len);
        out.flush();
        edgesWritten.accept(edges);
    }

    private static String header(Graph graph) {
        int isolated = 0;
        for (int u = 0; u < graph.nodeCount(); u++) {
            if (graph.degree(u) == 0) {
                isolated++;
            }
        }
        return "# " + oneLine(graph.name()) + "\n"
                + "# Undirected graph, each edge once, in original order\n"
                + "# Nodes: " + graph.nodeCount() + " Edges: " + graph.edgeCount()
                + (isolated > 0 ? " (" + isolated + " nodes without edges are not listed)" : "") + "\n"
                + "# FromNodeId ToNodeId\n";
    }

    /** Writes the decimal digits of {@code value} (a label, never negative) at {@code at}; returns the end. */
    static int digits(int value, byte[] buf, int at) {
        int width = 1;
        for (int rest = value / 10; rest > 0; rest /= 10) {
            width++;
        }
        int end = at + width;
        int v = value;
        for (int p = end - 1; p >= at; p--) {
            buf[p] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return end;
    }

    /** A name with a line break in it would end the comment early and corrupt the file. */
    private static String oneLine(String name) {
        return name.replace('\n', ' ').replace('\r', ' ');
    }
}
