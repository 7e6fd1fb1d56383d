package fwf.graphview;

import fwf.graph.Graph;
import fwf.graph.Layout;
import fwf.graph.LayoutPicture;
import fwf.graph.PictureStyle;
import fwf.workload.StepKind;
import fwf.workload.StepTrace;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

import java.awt.image.BufferedImage;

/**
 * A graph too big to animate live (the whole of ego-Facebook: 88,234 edges would run at one or
 * two frames a second in GraphStream) shown as its cached still picture, with the edges of
 * found triangles lit on a {@link GraphCarpet} over it, the nodes the search is looking at
 * marked by a few shapes above (small, so a frame repaints little more than them), and, on
 * request, every node coloured by its triangles on a canvas. The picture keeps its own
 * resolution and is scaled to fit the space it is given.
 */
final class GraphWholePicture implements GraphStage {
    private static final Color CURRENT = Color.web("#FF4D6D");
    private static final Color NEIGHBOUR = Color.web("#4DABF7");
    private static final Color FAR = Color.web("#3DDC97");
    private static final Color SKIPPED = Color.web("#6C7A89");

    private final StepTrace trace;
    private final GraphTriangleIndex index;
    private final GraphTriangleScale scale;
    private final GraphTriangleScale edgeScale;
    private final GraphTriangleCounter counter;
    private final GraphDirtySet touchedNodes;
    private final GraphDirtySet touchedEdges;
    private final GraphCarpet carpet;
    /** Node dots for "colour by triangles"; hidden otherwise, since a canvas this big costs every frame. */
    private final Canvas dots;
    private final Group markers;
    private final Line nodeToNeighbour = new Line();
    private final Line neighbourToFar = new Line();
    private final Line nodeToFar = new Line();
    private final Circle nodeDot = new Circle();
    private final Circle neighbourDot = new Circle();
    private final Circle farDot = new Circle();
    private final float[] xs;
    private final float[] ys;
    private final Color[] bucketColours;
    private final double marker;
    private final FitPane root;

    private final GraphStageChange change = new GraphStageChange();

    /**
     * @param picture the graph drawn by {@code mapping} ({@link LayoutPicture#render}); it is
     *                the unlit base, and sets the resolution
     */
    GraphWholePicture(Graph graph, Layout layout, StepTrace trace, GraphTriangleIndex index,
                      BufferedImage picture, LayoutPicture mapping) {
        this.trace = trace;
        this.index = index;
        this.scale = GraphTriangleScale.upTo(index.maxNodeTotal());
        this.edgeScale = GraphTriangleScale.upTo(index.maxEdgeTotal());
        this.counter = new GraphTriangleCounter(index);
        this.touchedNodes = new GraphDirtySet(graph.nodeCount());
        this.touchedEdges = new GraphDirtySet(graph.edgeCount());
        xs = new float[graph.nodeCount()];
        ys = new float[graph.nodeCount()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (float) mapping.pixelX(layout.x(i));
            ys[i] = (float) mapping.pixelY(layout.y(i));
        }
        // As translucent as the picture's own edges allow: with 1.6 million triangles over 88k
        // edges nearly every edge ends up lit, and the density should still show through; a
        // smaller graph's edges are more opaque, and so are its lit ones.
        double edgeAlpha = (PictureStyle.dark(graph.edgeCount()).edge() >>> 24) / 255.0;
        carpet = new GraphCarpet(picture, graph, xs, ys,
                GraphCarpet.levelColours(edgeScale, GraphScene.FOUND_ARGB, Math.min(0.5, 2.5 * edgeAlpha),
                        Math.min(1, 6 * edgeAlpha)),
                GraphCarpet.levelWidths(edgeScale, 0.7f, 1.6f), e -> edgeScale.bucket(counter.edgeCount(e)));
        dots = new Canvas(picture.getWidth(), picture.getHeight());
        dots.setVisible(false);
        bucketColours = new Color[GraphScene.BUCKET_COLOURS.length];
        for (int b = 0; b < bucketColours.length; b++) {
            bucketColours[b] = Color.web(GraphScene.BUCKET_COLOURS[b]);
        }
        marker = Math.max(4, picture.getWidth() / 140.0);
        for (Line line : new Line[] {nodeToNeighbour, neighbourToFar, nodeToFar}) {
            line.setStrokeWidth(marker / 2.5);
        }
        farDot.setRadius(marker * 0.7);
        neighbourDot.setRadius(marker * 0.8);
        nodeDot.setRadius(marker);
        nodeDot.setStroke(Color.WHITE);
        nodeDot.setStrokeWidth(marker / 4);
        markers = new Group(nodeToFar, neighbourToFar, nodeToNeighbour, farDot, neighbourDot, nodeDot);
        markers.setVisible(false);
        // Unmanaged: the group's bounds must not push the content pane around.
        markers.setManaged(false);
        Pane content = new Pane(new ImageView(carpet.image()), dots, markers);
        content.setMinSize(picture.getWidth(), picture.getHeight());
        content.setMaxSize(picture.getWidth(), picture.getHeight());
        root = new FitPane(content, picture.getWidth(), picture.getHeight());
        root.getStyleClass().add("graph-whole-picture");
    }

    @Override
    public javafx.scene.Node view() {
        return root;
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

    /** The level the carpet draws edge {@code e} at: the bucket of its found triangles. */
    int carpetLevel(int e) {
        return carpet.level(e);
    }

    /** Triangles counted into the picture. */
    int found() {
        return counter.found();
    }

    @Override
    public void frame() {
        apply();
        carpet.draw(GraphCarpet.LINES_PER_FRAME);
    }

    /** Applies the shown position and draws every line the carpet has queued, for tests. */
    void settle() {
        apply();
        carpet.settle();
    }

    private void apply() {
        if (!change.pending()) {
            return;
        }
        int found = change.foundSoFar(trace);
        touchedNodes.clear();
        touchedEdges.clear();
        counter.moveTo(found, touchedNodes, touchedEdges);
        carpet.touched(touchedEdges);
        boolean colourChanged = change.colourChanged();
        boolean countsChanged = touchedNodes.size() > 0;
        change.applied();
        boolean colour = change.colour();
        dots.setVisible(colour);
        if (colour && (colourChanged || countsChanged)) {
            drawDots();
        }
        placeMarkers(GraphRoles.at(trace, change.target()));
    }

    /** Moves the markers to the step's parts; they are scene nodes, so only their own pixels repaint. */
    private void placeMarkers(GraphRoles roles) {
        boolean any = roles.node() >= 0;
        markers.setVisible(any);
        if (!any) {
            return;
        }
        boolean skipNeighbour = roles.skipped() && roles.kind() == StepKind.TRY_NEIGHBOUR;
        boolean skipFar = roles.skipped() && roles.kind() == StepKind.TEST_FAR_NEIGHBOUR;
        place(nodeToNeighbour, roles.node(), roles.neighbour(),
                roles.found() ? CURRENT : skipNeighbour ? SKIPPED : NEIGHBOUR);
        place(neighbourToFar, roles.neighbour(), roles.far(), roles.found() ? CURRENT : skipFar ? SKIPPED : FAR);
        place(nodeToFar, roles.found() ? roles.node() : -1, roles.far(), CURRENT);
        place(farDot, roles.far(), skipFar ? SKIPPED : FAR);
        place(neighbourDot, roles.neighbour(), skipNeighbour ? SKIPPED : NEIGHBOUR);
        place(nodeDot, roles.node(), CURRENT);
    }

    private void place(Line line, int a, int b, Color colour) {
        line.setVisible(a >= 0 && b >= 0);
        if (a >= 0 && b >= 0) {
            line.setStartX(xs[a]);
            line.setStartY(ys[a]);
            line.setEndX(xs[b]);
            line.setEndY(ys[b]);
            line.setStroke(colour);
        }
    }

    private void place(Circle dot, int n, Color colour) {
        dot.setVisible(n >= 0);
        if (n >= 0) {
            dot.setCenterX(xs[n]);
            dot.setCenterY(ys[n]);
            dot.setFill(colour);
        }
    }

    /** Every node as a dot of its bucket's colour and size, on the canvas shown only in that mode. */
    private void drawDots() {
        GraphicsContext g = dots.getGraphicsContext2D();
        g.clearRect(0, 0, dots.getWidth(), dots.getHeight());
        for (int n = 0; n < xs.length; n++) {
            int b = scale.bucket(counter.nodeCount(n));
            double d = marker * (0.35 + 0.25 * b);
            g.setFill(bucketColours[b]);
            g.fillOval(xs[n] - d / 2, ys[n] - d / 2, d, d);
        }
    }

    @Override
    public void close() {
        // Drops the pictures (tens of megabytes for ego-Facebook) even if the node lingers.
        root.release();
    }

    /** Scales its one child, of a fixed size, to fit inside it, centred, keeping its shape. */
    private static final class FitPane extends Region {
        private final Pane content;
        private final double width;
        private final double height;

        FitPane(Pane content, double width, double height) {
            this.content = content;
            this.width = width;
            this.height = height;
            getChildren().add(content);
            setMinSize(100, 100);
            setPrefSize(width, height);
        }

        void release() {
            getChildren().clear();
        }

        @Override
        protected void layoutChildren() {
            double s = Math.min(getWidth() / width, getHeight() / height);
            content.resize(width, height);
            // Scaling acts about the centre of the content, so centre it first.
            content.relocate((getWidth() - width) / 2, (getHeight() - height) / 2);
            content.setScaleX(s);
            content.setScaleY(s);
        }
    }
}
