package fwf.graphview;

import fwf.graph.Graph;
import fwf.graph.Layout;
import fwf.graph.PictureStyle;
import fwf.workload.StepKind;
import fwf.workload.StepTrace;
import javafx.scene.canvas.GraphicsContext;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Element;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.SingleGraph;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;
import org.graphstream.ui.view.util.ShortcutManager;

import java.util.EnumSet;
import java.util.Objects;

/**
 * The live GraphStream view of a graph small enough to animate (about 1,000 nodes and 10,000
 * edges at most), frozen at a precomputed layout, replaying one trace.
 *
 * <p>Where the time goes decides the shape. GraphStream's JavaFX renderer redraws every
 * visible element on every frame; with 2,866 edges of node 0's ego network that alone held the
 * software pipeline to 4 to 12 frames a second, and with the edges hidden it ran at 38. And
 * restyling an element (moving it to another style group) costs GraphStream about 60 us, so
 * restyling every lit edge on a jump back took 190 ms. So GraphStream holds and draws the
 * nodes (classes for their part in the step, "found", or their triangle bucket) and the two
 * or three edges the search is looking at ("active", "testing", "closing", "skipped"); every
 * other edge is hidden in the style sheet, and how brightly each is lit (its level: the bucket
 * of the found triangles it belongs to) is kept here and drawn by a {@link GraphCarpet} under
 * the graph, through GraphStream's back layer, redrawing only edges whose level rose.
 *
 * <p>The viewer's own 40 ms timer is stopped: {@link #frame} applies the net change since the
 * last frame (each element's class set at most once, however many steps passed) and renders
 * right then, once per pulse.
 */
final class GraphScene implements GraphStage {
    /** Empty border around the drawing, in pixels; also the carpet's mapping. */
    static final int PADDING = 24;
    static final int BACKGROUND = 0xFF12161C;
    /** Lit edges and found nodes: amber, the colour every found triangle leaves. */
    static final int FOUND_ARGB = 0xFFFFC400;
    static final String[] BUCKET_COLOURS = {"#46505C", "#5E4FA2", "#3288BD", "#66C2A5", "#FEE08B", "#F46D43"};
    static final int[] BUCKET_SIZES = {4, 6, 8, 10, 13, 17};

    private final Graph graph;
    private final Layout layout;
    private final StepTrace trace;
    private final GraphTriangleIndex index;
    private final GraphTriangleScale scale;
    private final GraphTriangleScale edgeScale;
    private final GraphTriangleCounter counter;
    private final SingleGraph gs;
    private final Node[] nodes;
    private final Edge[] edges;
    private final String[] nodeClass;
    private final String[] edgeClass;
    /** Each edge's level as last applied: what the carpet draws. */
    private final byte[] edgeLevels;
    private final ManualViewer viewer;
    private final FxDefaultView view;
    private final PictureStyle baseStyle;
    private final double minX;
    private final double minY;
    private final double spanX;
    private final double spanY;
    private GraphCarpet carpet;

    private final GraphStageChange change = new GraphStageChange();
    private GraphRoles shownRoles = GraphRoles.NONE;
    private long lastApplyNanos;
    private long lastRenderNanos;
    private final GraphDirtySet dirtyNodes;
    private final GraphDirtySet dirtyEdges;

    /** Builds the scene; FX thread. */
    GraphScene(Graph graph, Layout layout, StepTrace trace, GraphTriangleIndex index) {
        this.graph = graph;
        this.layout = layout;
        this.trace = trace;
        this.index = index;
        this.scale = GraphTriangleScale.upTo(index.maxNodeTotal());
        this.edgeScale = GraphTriangleScale.upTo(index.maxEdgeTotal());
        this.counter = new GraphTriangleCounter(index);
        this.dirtyNodes = new GraphDirtySet(graph.nodeCount());
        this.dirtyEdges = new GraphDirtySet(graph.edgeCount());
        this.baseStyle = PictureStyle.dark(graph.edgeCount());
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < graph.nodeCount(); i++) {
            x0 = Math.min(x0, layout.x(i));
            x1 = Math.max(x1, layout.x(i));
            y0 = Math.min(y0, layout.y(i));
            y1 = Math.max(y1, layout.y(i));
        }
        minX = x0;
        minY = y0;
        spanX = x1 - x0;
        spanY = y1 - y0;

        gs = new SingleGraph(graph.name(), false, true, graph.nodeCount(), graph.edgeCount());
        gs.setAttribute("ui.stylesheet", styleSheet());
        nodes = new Node[graph.nodeCount()];
        edges = new Edge[graph.edgeCount()];
        nodeClass = new String[graph.nodeCount()];
        edgeClass = new String[graph.edgeCount()];
        edgeLevels = new byte[graph.edgeCount()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = gs.addNode(Integer.toString(graph.label(i)));
            // GraphStream's y axis points up, the layout's down.
            nodes[i].setAttribute("xyz", layout.x(i), -layout.y(i), 0.0);
        }
        for (int e = 0; e < edges.length; e++) {
            edges[e] = gs.addEdge("e" + e, nodes[graph.edgeFrom(e)], nodes[graph.edgeTo(e)]);
        }
        viewer = new ManualViewer(gs);
        viewer.disableAutoLayout();
        view = (FxDefaultView) viewer.addDefaultView(false, new FxGraphRenderer());
        // The carpet assumes the camera fits the whole graph: no panning, zooming or dragging.
        view.setMouseManager(new InertMouse());
        view.setShortcutManager(new InertKeys());
        view.setBackLayerRenderer(this::drawCarpet);
        view.getStyleClass().add("graph-scene");
    }

    private static String styleSheet() {
        StringBuilder css = new StringBuilder("""
                graph { fill-mode: none; padding: %dpx; }
                node { size: 5px; fill-color: #8FA3B8; stroke-mode: none; z-index: 2; }
                node.found { size: 7px; fill-color: #FFC400; }
                node.skipped { size: 10px; fill-color: #6C7A89; z-index: 5; }
                node.far { size: 11px; fill-color: #3DDC97; z-index: 6; }
                node.neighbour { size: 13px; fill-color: #4DABF7; z-index: 7; }
                node.current { size: 17px; fill-color: #FF4D6D; stroke-mode: plain; stroke-color: #FFFFFF; stroke-width: 2px; z-index: 8; }
                edge { visibility-mode: hidden; }
                edge.skipped { visibility-mode: normal; fill-color: #6C7A89; size: 2px; z-index: 3; }
                edge.testing { visibility-mode: normal; fill-color: #3DDC97; size: 2px; z-index: 3; }
                edge.active { visibility-mode: normal; fill-color: #4DABF7; size: 3px; z-index: 4; }
                edge.closing { visibility-mode: normal; fill-color: #FF4D6D; size: 4px; z-index: 5; }
                """.formatted(PADDING));
        for (int b = 0; b < BUCKET_COLOURS.length; b++) {
            css.append("node.t").append(b).append(" { size: ").append(BUCKET_SIZES[b]).append("px; fill-color: ")
                    .append(BUCKET_COLOURS[b]).append("; }\n");
        }
        return css.toString();
    }

    @Override
    public javafx.scene.Node view() {
        return view;
    }

    @Override
    public GraphTriangleScale scale() {
        return scale;
    }

    @Override
    public void show(int position) {
        change.show(position);
    }

    @Override
    public void setColourByTriangles(boolean on) {
        change.colourByTriangles(on);
    }

    @Override
    public void frame() {
        long start = System.nanoTime();
        boolean changed = apply();
        if (carpet != null) {
            changed |= carpet.draw(GraphCarpet.LINES_PER_FRAME);
        }
        if (changed) {
            viewer.getGraphicGraph().graphChanged = true;
        }
        long applied = System.nanoTime();
        viewer.actionPerformed();
        lastApplyNanos = applied - start;
        lastRenderNanos = System.nanoTime() - applied;
    }

    /** Applies the shown position and draws every line the carpet has queued, for tests. */
    void settle() {
        apply();
        if (carpet != null) {
            carpet.settle();
        }
    }

    /** How long the last frame took to restyle and draw its carpet lines, for the benchmark. */
    long lastApplyNanos() {
        return lastApplyNanos;
    }

    /** How long GraphStream took to draw the last frame (into the canvas's command list). */
    long lastRenderNanos() {
        return lastRenderNanos;
    }

    /** Applies the shown position without drawing, for tests; true when anything changed. */
    boolean apply() {
        if (!change.pending()) {
            return false;
        }
        GraphRoles roles = GraphRoles.at(trace, change.target());
        int found = change.foundSoFar(trace);
        dirtyNodes.clear();
        dirtyEdges.clear();
        markRoles(shownRoles);
        markRoles(roles);
        counter.moveTo(found, dirtyNodes, dirtyEdges);
        if (change.colourChanged()) {
            dirtyNodes.addAll();
        }
        shownRoles = roles;
        change.applied();
        for (int i = 0; i < dirtyNodes.size(); i++) {
            int n = dirtyNodes.get(i);
            restyle(nodes[n], nodeClass, n, classOfNode(n, roles));
        }
        int[] roleEdges = roleEdges(roles);
        for (int i = 0; i < dirtyEdges.size(); i++) {
            int e = dirtyEdges.get(i);
            restyle(edges[e], edgeClass, e, classOfEdge(e, roles, roleEdges));
            edgeLevels[e] = (byte) edgeScale.bucket(counter.edgeCount(e));
        }
        if (carpet != null) {
            carpet.touched(dirtyEdges);
        }
        return true;
    }

    /** How brightly edge {@code e} is lit: the bucket of the found triangles it belongs to (0: unlit). */
    int edgeLevel(int e) {
        return edgeLevels[e];
    }

    private static void restyle(Element element, String[] applied, int i, String wanted) {
        if (Objects.equals(applied[i], wanted)) {
            return;
        }
        applied[i] = wanted;
        if (wanted == null) {
            element.removeAttribute("ui.class");
        } else {
            element.setAttribute("ui.class", wanted);
        }
    }

    private void markRoles(GraphRoles roles) {
        dirtyNodes.add(roles.node());
        dirtyNodes.add(roles.neighbour());
        dirtyNodes.add(roles.far());
        for (int e : roleEdges(roles)) {
            dirtyEdges.add(e);
        }
    }

    /** Node-neighbour, neighbour-far and, when the step closes a triangle, node-far; -1 for none. */
    private int[] roleEdges(GraphRoles roles) {
        return new int[] {
                index.edgeBetween(roles.node(), roles.neighbour()),
                index.edgeBetween(roles.neighbour(), roles.far()),
                roles.found() ? index.edgeBetween(roles.node(), roles.far()) : -1};
    }

    /** The class node {@code n} should have: its part in the step first, then what was found. */
    private String classOfNode(int n, GraphRoles roles) {
        if (n == roles.node()) {
            return "current";
        }
        if (n == roles.neighbour()) {
            return roles.skipped() && roles.kind() == StepKind.TRY_NEIGHBOUR ? "skipped" : "neighbour";
        }
        if (n == roles.far()) {
            return roles.skipped() && roles.kind() == StepKind.TEST_FAR_NEIGHBOUR ? "skipped" : "far";
        }
        if (change.colour()) {
            return "t" + scale.bucket(counter.nodeCount(n));
        }
        return counter.nodeCount(n) > 0 ? "found" : null;
    }

    private String classOfEdge(int e, GraphRoles roles, int[] roleEdges) {
        if (roles.found() && (e == roleEdges[0] || e == roleEdges[1] || e == roleEdges[2])) {
            return "closing";
        }
        if (e == roleEdges[0]) {
            return roles.skipped() && roles.kind() == StepKind.TRY_NEIGHBOUR ? "skipped" : "active";
        }
        if (e == roleEdges[1]) {
            return roles.skipped() && roles.kind() == StepKind.TEST_FAR_NEIGHBOUR ? "skipped" : "testing";
        }
        return null;
    }

    /** The style class of node {@code n} as GraphStream holds it (null for none). */
    String nodeClass(int n) {
        return (String) nodes[n].getAttribute("ui.class");
    }

    /** The style class of edge {@code e} as GraphStream holds it: its part in the step, or null. */
    String edgeClass(int e) {
        return (String) edges[e].getAttribute("ui.class");
    }

    /** The level the carpet draws edge {@code e} at; -1 before it is first drawn. */
    int carpetLevel(int e) {
        return carpet == null ? -1 : carpet.level(e);
    }

    /** Where node {@code n} is drawn in a view {@code w} by {@code h} pixels: GraphStream's auto-fit. */
    double[] pixelOf(int n, double w, double h) {
        double s = fitScale(w, h);
        return new double[] {
                w / 2 + s * (layout.x(n) - (minX + spanX / 2)),
                h / 2 + s * (layout.y(n) - (minY + spanY / 2))};
    }

    /**
     * Pixels per layout unit, as the camera's auto-fit computes it: the smaller ratio of the
     * view less its padding to the graph's extent.
     */
    private double fitScale(double w, double h) {
        double sx = spanX > 0 ? (w - 2.0 * PADDING) / spanX : Double.POSITIVE_INFINITY;
        double sy = spanY > 0 ? (h - 2.0 * PADDING) / spanY : Double.POSITIVE_INFINITY;
        double s = Math.min(sx, sy);
        return Double.isFinite(s) ? s : 1;
    }

    /**
     * GraphStream's back layer: the carpet, rebuilt when the view's size changes. It covers
     * the whole view with opaque pixels, so the style sheet asks for no background fill: one
     * full-view pass less per frame for the software renderer.
     */
    private void drawCarpet(GraphicsContext g, GraphicGraph graphic, double px2Gu, int width, int height,
                            double minXGu, double minYGu, double maxXGu, double maxYGu) {
        if (width < 1 || height < 1) {
            return;
        }
        if (carpet == null || carpet.width() != width || carpet.height() != height) {
            float[] xs = new float[graph.nodeCount()];
            float[] ys = new float[graph.nodeCount()];
            for (int i = 0; i < xs.length; i++) {
                double[] p = pixelOf(i, width, height);
                xs[i] = (float) p[0];
                ys[i] = (float) p[1];
            }
            var base = GraphCarpet.paintEdges(width, height, graph, xs, ys, BACKGROUND, baseStyle.edge(),
                    baseStyle.edgeWidth() * 1.5f);
            // A new carpet starts unlit, its lit edges queued: they fill in over the next frames.
            carpet = new GraphCarpet(base, graph, xs, ys,
                    GraphCarpet.levelColours(edgeScale, FOUND_ARGB, 0.35, 1.0),
                    GraphCarpet.levelWidths(edgeScale, 0.8f, 2.2f), this::edgeLevel);
        }
        g.drawImage(carpet.image(), 0, 0);
    }

    @Override
    public void close() {
        viewer.close();
    }

    /** A viewer that draws when told to, not on its own timer. */
    private static final class ManualViewer extends FxViewer {
        ManualViewer(SingleGraph graph) {
            super(graph, Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
            timeline.stop();
        }
    }

    private static final class InertMouse implements MouseManager {
        @Override
        public void init(GraphicGraph graph, View view) {
        }

        @Override
        public void release() {
        }

        @Override
        public EnumSet<InteractiveElement> getManagedTypes() {
            return EnumSet.noneOf(InteractiveElement.class);
        }
    }

    private static final class InertKeys implements ShortcutManager {
        @Override
        public void init(GraphicGraph graph, View view) {
        }

        @Override
        public void release() {
        }
    }
}
