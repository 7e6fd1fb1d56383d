package fwf.graphview;

import fwf.graph.EdgeListReader;
import fwf.graph.Graph;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The last edge list read, kept so that choosing another ego network or another variant does
 * not read ego-Facebook's 88,234 lines again. One per view; safe to call from task threads.
 */
final class GraphFileCache {
    private Path path;
    private Graph graph;

    /** The graph in {@code file}, read once. */
    synchronized Graph load(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!key.equals(path)) {
            graph = EdgeListReader.read(file).graph();
            path = key;
        }
        return graph;
    }
}
