package fwf.graphview;

import fwf.graph.CachedLayout;
import fwf.graph.Graph;
import fwf.graph.LayoutCache;
import fwf.graph.LayoutParameters;
import fwf.graph.LayoutPicture;
import fwf.graph.PictureStyle;
import fwf.workload.Catalogue;
import fwf.workload.Operations;
import fwf.workload.StepTrace;
import fwf.workload.TriangleSearch;
import fwf.workload.WorkCount;
import javafx.concurrent.Task;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes a {@link GraphPrepared} off the FX thread, with progress and cancellation: reads the
 * file (once), cuts the graph, lays it out (once per machine: the layout cache), records the
 * search, indexes its triangles and, for a graph too big to animate, draws its picture.
 */
final class GraphPreparation extends Task<GraphPrepared> {
    /** The most nodes animated live; bigger graphs are shown as a still picture. */
    static final int MAX_LIVE_NODES = 1_000;
    /** The most edges animated live. */
    static final int MAX_LIVE_EDGES = 10_000;
    /** The most steps recorded: the naive search of all of ego-Facebook takes 9.9 million. */
    static final int MAX_TRACE_STEPS = 20_000_000;
    /** Side of the still picture, in pixels: sharp on a projector, 8 MB. */
    static final int PICTURE_SIZE = 1400;

    private final GraphChoice choice;
    private final TriangleSearch search;
    private final Path facebookFile;
    private final GraphFileCache files;
    private final LayoutCache layouts;

    GraphPreparation(GraphChoice choice, TriangleSearch search, Path facebookFile, GraphFileCache files,
                     LayoutCache layouts) {
        this.choice = choice;
        this.search = search;
        this.facebookFile = facebookFile;
        this.files = files;
        this.layouts = layouts;
    }

    /** Whether {@code graph} is small enough to animate live. */
    static boolean fitsLive(Graph graph) {
        return graph.nodeCount() <= MAX_LIVE_NODES && graph.edgeCount() <= MAX_LIVE_EDGES;
    }

    @Override
    protected GraphPrepared call() throws Exception {
        List<String> notes = new ArrayList<>();
        Graph source = null;
        if (choice.needsFacebook()) {
            if (facebookFile == null || !Files.isRegularFile(facebookFile)) {
                throw new IllegalStateException("the ego-Facebook file is missing"
                        + (facebookFile == null ? "" : ": " + facebookFile.toAbsolutePath().normalize())
                        + "; use Open\u2026 to choose it, or pick a generated graph");
            }
            updateMessage("reading " + facebookFile.getFileName());
            source = files.load(facebookFile);
        }
        updateProgress(0.05, 1);
        Graph graph = choice.build(source);
        boolean live = fitsLive(graph);
        if (!live) {
            notes.add(String.format(Locale.ROOT,
                    "%,d nodes and %,d edges are too many to animate live (at most %,d and %,d): shown as a still picture",
                    graph.nodeCount(), graph.edgeCount(), MAX_LIVE_NODES, MAX_LIVE_EDGES));
        }
        updateMessage(String.format(Locale.ROOT, "laying out %,d nodes", graph.nodeCount()));
        CachedLayout layout = layouts.getOrCompute(graph, LayoutParameters.DEFAULT,
                (done, total) -> updateProgress(0.05 + 0.6 * done / total, 1), this::isCancelled);
        layout.note().ifPresent(notes::add);
        updateProgress(0.65, 1);
        updateMessage("recording the " + search.variantName() + " search");
        StepTrace trace = search.trace(graph.edgeList(), MAX_TRACE_STEPS, this::isCancelled);
        trace.truncation().ifPresent(notes::add);
        updateProgress(0.85, 1);
        updateMessage(String.format(Locale.ROOT, "indexing %,d triangles", trace.foundCount()));
        GraphTriangleIndex index = GraphTriangleIndex.build(graph, trace, this::isCancelled);
        Optional<BufferedImage> picture = Optional.empty();
        LayoutPicture mapping = null;
        if (!live) {
            updateMessage("drawing the picture");
            PictureStyle style = PictureStyle.dark(graph.edgeCount());
            mapping = new LayoutPicture(PICTURE_SIZE, PICTURE_SIZE, style.margin() * 3);
            picture = Optional.of(mapping.render(graph, layout.layout(), style));
        }
        updateProgress(1, 1);
        updateMessage("");
        return new GraphPrepared(choice, search, graph, layout.layout(), trace, index, picture, mapping, notes,
                work(search, graph));
    }

    /**
     * "the whole search: 212.0 M comparisons (list elements examined by the membership tests)",
     * as {@code fwf trace} counts it; a few hundred milliseconds at most, for all of ego-Facebook.
     */
    static String work(TriangleSearch search, Graph graph) {
        try {
            WorkCount c = Operations.trace(Catalogue.TRIANGLES, search.variantName(), graph.edgeList()).operations();
            return "the whole search: " + Operations.human(c.value()) + " " + c.kind().noun() + " (" + c.meaning() + ")";
        } catch (IllegalArgumentException e) {
            return ""; // a search without a count shows none
        }
    }
}
