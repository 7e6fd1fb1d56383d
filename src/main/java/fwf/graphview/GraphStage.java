package fwf.graphview;

/**
 * Where a replay is drawn: the live GraphStream scene for graphs small enough to animate, or
 * the still picture of a whole graph with found triangles drawn over it. Both show a position
 * of one trace; {@link #show} only records it, and {@link #frame} (once per pulse) applies the
 * net change since the last frame, however many steps that spans.
 */
sealed interface GraphStage permits GraphScene, GraphWholePicture {
    /** The node to place in the window. */
    javafx.scene.Node view();

    /** Asks for step {@code position} (-1: before the first) at the next frame. */
    void show(int position);

    /** Colours nodes by how many of the triangles found so far they belong to, or not. */
    void setColourByTriangles(boolean on);

    /** The scale the node colours follow, for the legend. */
    GraphTriangleScale scale();

    /** Applies what changed since the last frame and draws it. FX thread. */
    void frame();

    /** Frees what the stage holds; it draws nothing after. */
    void close();
}
