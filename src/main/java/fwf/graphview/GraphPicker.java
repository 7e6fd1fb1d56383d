package fwf.graphview;

import fwf.workload.TriangleSearch;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * Which graph and which search: a piece of ego-Facebook (an ego network, the first N nodes,
 * all of it) or a generated graph, the instrumented variant, and Load. Sizes are bounded so a
 * live scene stays fluid; bigger graphs are shown as a picture.
 */
final class GraphPicker extends ToolBar {
    /** The kinds of graph on offer, in menu order. */
    enum Kind {
        EGO("ego network of node", true, 0, 4_038, 0),
        FIRST("first nodes of ego-Facebook", true, 10, 4_039, 300),
        WHOLE("all of ego-Facebook (picture)", true, 0, 0, 0),
        HOLME_KIM("generated Holme-Kim graph, nodes", false, 20, GraphPreparation.MAX_LIVE_NODES, 300),
        FACEBOOK_LIKE("generated Facebook-like graph (picture)", false, 0, 0, 0);

        final String text;
        final boolean needsFacebook;
        final int min;
        final int max;
        final int initial;

        Kind(String text, boolean needsFacebook, int min, int max, int initial) {
            this.text = text;
            this.needsFacebook = needsFacebook;
            this.min = min;
            this.max = max;
            this.initial = initial;
        }

        boolean sized() {
            return max > min;
        }
    }

    /** The seed of generated graphs: fixed, so a generated graph's layout is cached too. */
    static final long SEED = 1;

    private final ObjectProperty<Path> facebookFile = new SimpleObjectProperty<>(this, "facebookFile");
    private final ChoiceBox<Kind> kind = new ChoiceBox<>();
    private final Spinner<Integer> size = new Spinner<>();
    private final ChoiceBox<TriangleSearch> search = new ChoiceBox<>();
    private final Button load = new Button("Load");
    private final Button open = new Button("Open\u2026");
    private final Label file = new Label();
    private final int[] remembered = new int[Kind.values().length];
    private BiConsumer<GraphChoice, TriangleSearch> onLoad = (c, s) -> { };

    GraphPicker() {
        getStyleClass().add("graph-picker");
        kind.setId("graph-kind");
        kind.getItems().setAll(Kind.values());
        kind.setConverter(converter(k -> k.text));
        size.setId("graph-size");
        size.setEditable(true);
        size.setPrefWidth(90);
        search.setId("graph-search");
        search.getItems().setAll(TriangleSearch.values());
        search.setConverter(converter(TriangleSearch::variantName));
        search.setValue(TriangleSearch.NAIVE);
        load.setId("graph-load");
        load.setDefaultButton(true);
        open.setId("graph-open");
        open.setTooltip(new Tooltip("Choose the ego-Facebook edge list (facebook_combined.txt)"));
        file.setId("graph-file");
        for (Kind k : Kind.values()) {
            remembered[k.ordinal()] = k.initial;
        }
        kind.valueProperty().addListener((o, was, now) -> {
            if (was != null && was.sized()) {
                remembered[was.ordinal()] = size.getValue();
            }
            showSize(now);
        });
        load.setOnAction(e -> {
            commitTyped();
            onLoad.accept(choice(), search.getValue());
        });
        facebookFile.addListener((o, was, now) -> showFile());
        getItems().addAll(new Label("graph"), kind, size, new Label("search"), search, load,
                new Separator(), open, file);
        kind.setValue(Kind.EGO);
        showFile();
    }

    /** Takes a size typed but not yet entered; text that is no number goes back to the value. */
    private void commitTyped() {
        try {
            size.commitValue();
        } catch (NumberFormatException e) {
            size.cancelEdit();
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    private void showSize(Kind k) {
        size.setDisable(!k.sized());
        size.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(k.min, Math.max(k.min, k.max),
                k.sized() ? remembered[k.ordinal()] : k.min));
    }

    private void showFile() {
        Path path = facebookFile.get();
        boolean present = path != null && Files.isRegularFile(path);
        file.setText(present ? "ego-Facebook: " + path.getFileName() : "ego-Facebook file not found: generated graphs only");
        if (!present && kind.getValue() != null && kind.getValue().needsFacebook) {
            kind.setValue(Kind.HOLME_KIM);
        }
    }

    /** The ego-Facebook edge list; null or missing leaves the generated graphs. */
    ObjectProperty<Path> facebookFileProperty() {
        return facebookFile;
    }

    Button openButton() {
        return open;
    }

    /** Called with the choice and the search when Load is pressed. */
    void setOnLoad(BiConsumer<GraphChoice, TriangleSearch> handler) {
        onLoad = handler;
    }

    /** Shows {@code choice} and {@code s} in the controls, as if picked. */
    void select(GraphChoice choice, TriangleSearch s) {
        search.setValue(s);
        switch (choice) {
            case GraphChoice.EgoNetwork ego -> pick(Kind.EGO, ego.label());
            case GraphChoice.FirstNodes first -> pick(Kind.FIRST, first.count());
            case GraphChoice.WholeFacebook whole -> pick(Kind.WHOLE, 0);
            case GraphChoice.HolmeKim hk -> pick(Kind.HOLME_KIM, hk.nodes());
            case GraphChoice.FacebookLike fl -> pick(Kind.FACEBOOK_LIKE, 0);
        }
    }

    private void pick(Kind k, int value) {
        remembered[k.ordinal()] = value;
        if (kind.getValue() == k) {
            showSize(k);
        } else {
            kind.setValue(k);
        }
    }

    /** What the controls ask for now. */
    GraphChoice choice() {
        Kind k = kind.getValue();
        int value = size.getValue() == null ? k.initial : size.getValue();
        return switch (k) {
            case EGO -> new GraphChoice.EgoNetwork(value);
            case FIRST -> new GraphChoice.FirstNodes(value);
            case WHOLE -> new GraphChoice.WholeFacebook();
            case HOLME_KIM -> new GraphChoice.HolmeKim(value, SEED);
            case FACEBOOK_LIKE -> new GraphChoice.FacebookLike(SEED);
        };
    }
}
