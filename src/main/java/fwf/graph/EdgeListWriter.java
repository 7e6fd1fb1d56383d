package fwf.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link Graph} as a SNAP edge list: a {@code #} header naming the graph (for a
 * generated one, the generator and its parameters), then one {@code label label} line per
 * edge in the graph's edge order. Reading the file back gives the same ids, labels and edge
 * order, except that nodes without edges cannot be written (the header counts them).
 */
public final class EdgeListWriter {
    private EdgeListWriter() {
    }

    public static void write(Graph graph, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            write(graph, out);
        }
    }

    /** Writes to {@code out} (buffering it if need be) and flushes; does not close it. */
    public static void write(Graph graph, Writer out) throws IOException {
        Writer w = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
        int isolated = 0;
        for (int u = 0; u < graph.nodeCount(); u++) {
            if (graph.degree(u) == 0) {
                isolated++;
            }
        }
        w.write("# " + oneLine(graph.name()) + "\n");
        w.write("# Undirected graph, each edge once, in original order\n");
        w.write("# Nodes: " + graph.nodeCount() + " Edges: " + graph.edgeCount()
                + (isolated > 0 ? " (" + isolated + " nodes without edges are not listed)" : "")
                + "\n");
        w.write("# FromNodeId ToNodeId\n");
        for (int i = 0; i < graph.edgeCount(); i++) {
            w.write(Integer.toString(graph.label(graph.edgeFrom(i))));
            w.write(' ');
            w.write(Integer.toString(graph.label(graph.edgeTo(i))));
            w.write('\n');
        }
        w.flush();
    }

    /** A name with a line break in it would end the comment early and corrupt the file. */
    private static String oneLine(String name) {
        return name.replace('\n', ' ').replace('\r', ' ');
    }
}
