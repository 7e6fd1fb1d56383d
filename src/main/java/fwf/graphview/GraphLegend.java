package fwf.graphview;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * What the colours mean, over a corner of the graph: the parts the search is playing, and,
 * when nodes are coloured by triangles, the buckets of the scale.
 */
final class GraphLegend extends VBox {
    private final VBox scaleRows = new VBox(2);

    GraphLegend() {
        getStyleClass().add("graph-legend");
        setId("graph-legend");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setPickOnBounds(false);
        getChildren().addAll(
                row("#FF4D6D", 7, "current node"),
                row("#4DABF7", 6, "neighbour tried"),
                row("#3DDC97", 5, "far neighbour tested"),
                row("#6C7A89", 5, "skipped (a test failed)"),
                row("#FFC400", 4, "in a found triangle"),
                scaleRows);
        scaleRows.getStyleClass().add("graph-legend-scale");
    }

    /** Shows the buckets of {@code scale}, or hides them for null. */
    void showScale(GraphTriangleScale scale) {
        scaleRows.getChildren().clear();
        if (scale == null) {
            return;
        }
        Label title = new Label("triangles per node");
        title.getStyleClass().add("graph-legend-title");
        scaleRows.getChildren().add(title);
        for (int b = 0; b < scale.buckets(); b++) {
            scaleRows.getChildren().add(row(GraphScene.BUCKET_COLOURS[b], 2 + GraphScene.BUCKET_SIZES[b] / 2.5,
                    scale.label(b)));
        }
    }

    /** The bucket labels shown, for tests; empty when the scale is hidden. */
    java.util.List<String> scaleLabels() {
        return scaleRows.getChildren().stream().skip(1).map(n -> ((Label) ((HBox) n).getChildren().get(1)).getText()).toList();
    }

    private static HBox row(String colour, double radius, String text) {
        Circle dot = new Circle(radius, Color.web(colour));
        HBox box = new HBox(6, dot, new Label(text));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(USE_PREF_SIZE);
        return box;
    }
}
