package fwf.app;

import fwf.graph.EdgeListReader;
import fwf.graph.Graph;
import fwf.graph.GraphFormatException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a chosen graph file once, ahead of any run: an unreadable file is then reported next
 * to its field and nothing is queued, and the node count bounds the size field. ego-Facebook
 * reads in a fraction of a second, so there is no need to cache.
 */
final class GraphProbe {
    private GraphProbe() {
    }

    /** Blocks while reading: call it off the FX thread. */
    static GraphStatus probe(Path file) {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            return new GraphStatus.Unreadable("cannot read the graph: " + file + " is a folder, not an edge-list file");
        }
        try {
            Graph g = EdgeListReader.read(file).graph();
            if (g.nodeCount() == 0) {
                return new GraphStatus.Unreadable("the graph " + name + " has no edges");
            }
            return new GraphStatus.Read(name, g.nodeCount(), g.edgeCount());
        } catch (NoSuchFileException e) {
            return new GraphStatus.Unreadable("cannot read the graph: there is no file " + file);
        } catch (AccessDeniedException e) {
            return new GraphStatus.Unreadable("cannot read the graph: permission denied for " + file);
        } catch (GraphFormatException e) {
            return new GraphStatus.Unreadable("not an edge list: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new GraphStatus.Unreadable("cannot read the graph " + name + ": " + e.getMessage());
        }
    }
}
