package fwf.graphview;

import fwf.graph.Graph;
import fwf.graph.Layout;
import fwf.graph.LayoutPicture;
import fwf.workload.StepTrace;
import fwf.workload.TriangleSearch;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the graph view needs to replay a search, made off the FX thread: the graph, its
 * frozen layout, the recorded search and its triangles, and, for a graph too big to animate,
 * its still picture.
 *
 * @param picture the still picture, for a graph shown as one; empty for a live scene
 * @param mapping how the picture maps the layout to pixels; null for a live scene
 * @param notes   what the status line should say (cache trouble, a cut trace, why a picture)
 * @param work    the work of the whole search for the status line ("the whole search: 212.0 M
 *                comparisons, ..."), or "" when it was not counted
 */
record GraphPrepared(GraphChoice choice, TriangleSearch search, Graph graph, Layout layout, StepTrace trace,
                     GraphTriangleIndex index, Optional<BufferedImage> picture, LayoutPicture mapping,
                     List<String> notes, String work) {
    GraphPrepared {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(picture, "picture");
        if (picture.isPresent() != (mapping != null)) {
            throw new IllegalArgumentException("a picture needs its mapping, and only a picture has one");
        }
        notes = List.copyOf(notes);
        Objects.requireNonNull(work, "work");
    }

    /** Whether the graph is animated live rather than shown as a picture. */
    boolean live() {
        return picture.isEmpty();
    }
}
