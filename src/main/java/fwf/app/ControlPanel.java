package fwf.app;

import fwf.graph.GeneratedGraph;
import fwf.workload.Catalogue;
import fwf.workload.Workload;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SegmentedButton;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The left column: workload, variants, systems, size, graph, Run, Sweep and Cancel. It only shows
 * and edits a {@link ControlsModel}; what the buttons do is handed in.
 */
public final class ControlPanel {
    private final ControlsModel model;
    private final BorderPane root = new BorderPane();
    private final SegmentedButton workloads = new SegmentedButton();
    private final CheckComboBox<String> variants = new CheckComboBox<>();
    private final TextField size = new TextField();
    private final TextField graphPath = new TextField();
    private boolean syncing;

    /**
     * @param run    queues the current choices
     * @param sweep  queues them at a ladder of sizes up to the chosen one ({@link ControlsModel#sweepRequests})
     * @param cancel stops the run in progress and empties the queue
     * @param busy   true while something runs or waits, to enable Cancel
     */
    public ControlPanel(ControlsModel model, Runnable run, Runnable sweep, Runnable cancel, ObservableBooleanValue busy) {
        this.model = Objects.requireNonNull(model, "model");
        VBox box = new VBox(6,
                heading("Workload"), workloadButtons(), wrapped(workloadLesson(), "lesson"),
                heading("Variant"), variantPicker(), wrapped(lessons(), "lesson"),
                heading("System"), new SystemPicker(model).node(),
                sizeRow(), message(model.sizeCheckProperty()),
                graphBox());
        box.setPadding(new Insets(12));
        box.getStyleClass().add("control-panel");
        box.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Run, Sweep and Cancel stay put below the scrolling part: lessons of several variants
        // must not push them around between two clicks.
        Node buttons = buttons(run, sweep, cancel, busy);
        BorderPane.setMargin(buttons, new Insets(8, 12, 12, 12));
        root.setCenter(scroll);
        root.setBottom(buttons);
        root.getStyleClass().add("control-scroll");
        root.setId("controls");
    }

    public Node node() {
        return root;
    }

    /** Picks a workload by its place (1, 2, 3): the presenter's number keys. */
    public void pickWorkload(int index) {
        List<Workload<?>> all = Catalogue.workloads();
        if (index >= 0 && index < all.size()) {
            model.workloadProperty().set(all.get(index));
        }
    }

    /** Puts the keyboard in the size field (after a bad size, so it can be fixed at once). */
    public void focusSize() {
        size.requestFocus();
        size.selectAll();
    }

    private Node workloadButtons() {
        for (Workload<?> w : Catalogue.workloads()) {
            ToggleButton b = new ToggleButton(w.name());
            b.setId("workload-" + w.name());
            b.setUserData(w);
            b.setTooltip(new Tooltip(w.lesson()));
            workloads.getButtons().add(b);
        }
        workloads.getStyleClass().add(SegmentedButton.STYLE_CLASS_DARK);
        selectWorkloadButton(model.workloadProperty().get());
        workloads.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one workload is always chosen
            } else if (!syncing) {
                model.workloadProperty().set((Workload<?>) now.getUserData());
            }
        });
        model.workloadProperty().addListener((o, old, now) -> selectWorkloadButton(now));
        return workloads;
    }

    private void selectWorkloadButton(Workload<?> w) {
        syncing = true;
        workloads.getButtons().forEach(b -> b.setSelected(b.getUserData() == w));
        syncing = false;
    }

    private Label workloadLesson() {
        Label l = new Label();
        l.textProperty().bind(model.workloadProperty().map(Workload::lesson));
        return l;
    }

    private Node variantPicker() {
        variants.setId("variants");
        variants.setMaxWidth(Double.MAX_VALUE);
        showVariants(model.workloadProperty().get());
        model.workloadProperty().addListener((o, old, now) -> showVariants(now));
        model.variants().addListener((javafx.collections.ListChangeListener<String>) c -> checkVariants());
        variants.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!syncing) {
                model.variants().setAll(List.copyOf(variants.getCheckModel().getCheckedItems()));
            }
        });
        return variants;
    }

    private void showVariants(Workload<?> w) {
        syncing = true;
        variants.getCheckModel().clearChecks();
        variants.getItems().setAll(Offer.variants(w));
        syncing = false;
        checkVariants();
    }

    private void checkVariants() {
        syncing = true;
        variants.getCheckModel().clearChecks();
        model.variants().stream().filter(variants.getItems()::contains).forEach(v -> variants.getCheckModel().check(v));
        syncing = false;
    }

    private Label lessons() {
        Label l = new Label();
        l.setId("lessons");
        l.textProperty().bind(model.lessonsProperty());
        return l;
    }

    private Node sizeRow() {
        Label label = new Label();
        label.getStyleClass().add("field-label");
        label.textProperty().bind(model.workloadProperty().map(w -> "Size: " + w.sizeRule().label()));
        size.setId("size");
        size.textProperty().bindBidirectional(model.sizeTextProperty());
        size.promptTextProperty().bind(model.workloadProperty().map(w -> w.sizeRule().prompt()));
        size.setPrefColumnCount(9);
        HBox.setHgrow(size, Priority.ALWAYS);
        HBox row = new HBox(8, label, size);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /** The size's verdict under the field: red for a refusal, amber for a warning. */
    private Label message(javafx.beans.value.ObservableValue<SizeRules.Check> check) {
        Label l = new Label();
        l.setId("size-message");
        l.setWrapText(true);
        check.subscribe(c -> {
            l.getStyleClass().removeAll("error", "warning");
            switch (c) {
                case SizeRules.Check.Bad(String m) -> {
                    l.setText(m);
                    l.getStyleClass().add("error");
                }
                case SizeRules.Check.Ok(int n, String warning) when warning != null -> {
                    l.setText(warning);
                    l.getStyleClass().add("warning");
                }
                default -> l.setText("");
            }
            l.setManaged(!l.getText().isEmpty());
            l.setVisible(!l.getText().isEmpty());
        });
        return l;
    }

    /** What the generated graph is (see {@link fwf.graph.Generators#facebookLike}, seed 1). */
    static final String GENERATED_GRAPH = "Generated: a Holme-Kim graph of 4,000 nodes and 87,747 edges, a stand-in"
            + " for ego-Facebook's size (4,039 nodes, 88,234 edges), not its triangle count: 190,165 triangles"
            + " against ego-Facebook's 1,612,010.";

    /**
     * What the chosen generated graph is: the Facebook-like one's {@link #GENERATED_GRAPH}; a
     * bigger one says what it is and what it is for, with no Facebook figure to mistake it for.
     */
    static String generatedNote(GeneratedGraph g) {
        if (g.facebookLike()) {
            return GENERATED_GRAPH;
        }
        return "Generated: a Holme-Kim graph of " + SizeRules.grouped(g.nodes()) + " nodes and "
                + fwf.workload.Naming.grouped(g.edges()) + " edges (after a seed clique of " + (g.edgesPerNode() + 1)
                + " nodes, each later node links to " + g.edgesPerNode() + " earlier ones; seed " + g.seed()
                + "), for seeing how a count's cost grows with the graph, not a stand-in for ego-Facebook."
                + " Written once into the cache, then reused.";
    }

    /** Graph source and file, shown for the triangle count only. */
    private Node graphBox() {
        SegmentedButton source = new SegmentedButton();
        ToggleButton file = new ToggleButton("File");
        file.setId("graph-file");
        ToggleButton generated = new ToggleButton("Generated");
        generated.setId("graph-generated");
        generated.setTooltip(new Tooltip("A generated Holme-Kim graph: the Facebook-like one (4,000 nodes) or a bigger one"
                + " (10,000 to 1,000,000 nodes) for how cost grows; works with no data file"));
        source.getButtons().addAll(file, generated);
        source.getStyleClass().add(SegmentedButton.STYLE_CLASS_DARK);
        model.graphSourceProperty().subscribe(s -> (s == GraphSource.FILE ? file : generated).setSelected(true));
        source.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.graphSourceProperty().set(now == file ? GraphSource.FILE : GraphSource.GENERATED);
            }
        });

        graphPath.setId("graph-path");
        graphPath.setPromptText("edge-list file");
        model.graphPathProperty().subscribe(p -> graphPath.setText(p == null ? "" : p.toString()));
        graphPath.setOnAction(e -> commitPath());
        graphPath.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitPath();
            }
        });
        Button open = new Button("Open...");
        open.setId("graph-open");
        open.setOnAction(e -> chooseGraph());
        HBox.setHgrow(graphPath, Priority.ALWAYS);
        HBox fileRow = new HBox(6, graphPath, open);
        fileRow.disableProperty().bind(model.graphSourceProperty().isNotEqualTo(GraphSource.FILE));

        Label status = new Label();
        status.setId("graph-file-status"); // "graph-status" is the Graph tab's own line
        status.setWrapText(true);
        model.graphStatusProperty().subscribe(s -> showGraphStatus(status, s));

        // What "Generated" is, said in the panel and not only in a tooltip: an audience must not
        // take its counts for ego-Facebook's.
        Label generatedNote = new Label();
        generatedNote.setId("graph-generated-note");
        generatedNote.setWrapText(true);
        generatedNote.getStyleClass().add("lesson");
        generatedNote.textProperty().bind(model.generatedGraphProperty().map(ControlPanel::generatedNote));
        generatedNote.visibleProperty().bind(model.graphSourceProperty().isEqualTo(GraphSource.GENERATED));
        generatedNote.managedProperty().bind(generatedNote.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("graph-generated-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        model.graphStatusProperty().subscribe(s -> {
            progress.setVisible(s instanceof GraphStatus.Generating);
            progress.setProgress(s instanceof GraphStatus.Generating g ? g.fraction() : 0);
        });
        progress.managedProperty().bind(progress.visibleProperty());

        VBox box = new VBox(6, heading("Graph"), source, generatedSizes(), generatedNote, progress, fileRow, status);
        box.visibleProperty().bind(model.workloadProperty().map(Workload::readsGraph));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The generated graphs on offer, shown for Generated only. */
    private Node generatedSizes() {
        ComboBox<GeneratedGraph> sizes = new ComboBox<>();
        sizes.setId("graph-generated-size");
        sizes.getItems().setAll(GeneratedGraph.PRESETS);
        sizes.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(GeneratedGraph g) {
                return g == null ? "" : g.label();
            }

            @Override
            public GeneratedGraph fromString(String text) {
                return GeneratedGraph.PRESETS.stream().filter(g -> g.label().equals(text)).findFirst().orElse(null);
            }
        });
        sizes.setMaxWidth(Double.MAX_VALUE);
        // The panel is too narrow for "Facebook-like: 4,000 nodes, 87,747 edges": the chosen one
        // shows its counts whole, and the note right under it says what it is.
        sizes.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(GeneratedGraph g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? "" : g.counts());
            }
        });
        sizes.setTooltip(new Tooltip("Bigger graphs are generated once, in the background, into the cache"));
        sizes.valueProperty().bindBidirectional(model.generatedGraphProperty());
        sizes.visibleProperty().bind(model.graphSourceProperty().isEqualTo(GraphSource.GENERATED));
        sizes.managedProperty().bind(sizes.visibleProperty());
        return sizes;
    }

    private static void showGraphStatus(Label l, GraphStatus s) {
        l.getStyleClass().removeAll("error", "lesson");
        switch (s) {
            case GraphStatus.None n -> l.setText("");
            case GraphStatus.Reading r -> l.setText("reading " + r.file() + "...");
            case GraphStatus.Generating g -> l.setText(generatingText(g));
            case GraphStatus.Read r -> {
                l.setText(r.file() + ": " + SizeRules.grouped(r.nodes()) + " nodes, " + SizeRules.grouped(r.edges()) + " edges");
                l.getStyleClass().add("lesson");
            }
            case GraphStatus.Unreadable u -> {
                l.setText(u.message());
                l.getStyleClass().add("error");
            }
        }
    }

    /** "generating: 49,152 of 100,000 nodes...", then "writing: 655,360 of 999,945 edges...". */
    static String generatingText(GraphStatus.Generating g) {
        String done = fwf.workload.Naming.grouped(g.done()) + " of " + fwf.workload.Naming.grouped(g.total());
        return g.phase() == GeneratedGraph.Phase.GENERATING ? "generating: " + done + " nodes..."
                : "writing: " + done + " edges...";
    }

    private void commitPath() {
        String text = graphPath.getText().strip();
        Path now = text.isEmpty() ? null : Path.of(text);
        if (!Objects.equals(now, model.graphPathProperty().get())) {
            model.graphPathProperty().set(now);
        }
    }

    private void chooseGraph() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an edge-list graph");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Edge lists (*.txt, *.txt.gz, *.edges)", "*.txt", "*.txt.gz", "*.edges", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = model.graphPathProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null
                && current.toAbsolutePath().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            model.graphSourceProperty().set(GraphSource.FILE);
            model.graphPathProperty().set(chosen.toPath());
        }
    }

    /** What Sweep queues, for its tooltip: the sizes of {@link fwf.workload.SizeRule#ladder}. */
    static final String SWEEP_TIP = "Runs every checked variant and system at five sizes up to the size above (fib: n-8,"
            + " n-6, n-4, n-2 and n; the others: size/16, /8, /4, /2 and size; an empty triangles size is the whole"
            + " graph); the Growth tab draws how the time grows";

    private static Node buttons(Runnable run, Runnable sweep, Runnable cancel, ObservableBooleanValue busy) {
        Button go = new Button("Run  (Space)");
        go.setId("run");
        go.getStyleClass().add("run-button");
        go.setDefaultButton(false);
        go.setMaxWidth(Double.MAX_VALUE);
        go.setOnAction(e -> run.run());
        Button ladder = new Button("Sweep  (Ctrl+G)");
        ladder.setId("sweep");
        ladder.setMaxWidth(Double.MAX_VALUE);
        ladder.setTooltip(new Tooltip(SWEEP_TIP));
        ladder.setOnAction(e -> sweep.run());
        Button stop = new Button("Cancel  (Esc)");
        stop.setId("cancel");
        stop.setMaxWidth(Double.MAX_VALUE);
        stop.setOnAction(e -> cancel.run());
        stop.disableProperty().bind(javafx.beans.binding.Bindings.not(busy));
        HBox.setHgrow(go, Priority.ALWAYS);
        HBox.setHgrow(stop, Priority.ALWAYS);
        // Sweep on a row of its own under Run and Cancel: three labels with their keys do not fit
        // the panel's width in one row, and Run and Cancel stay where they were.
        return new VBox(6, new HBox(8, go, stop), ladder);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("heading");
        return l;
    }

    private static Label wrapped(Label l, String style) {
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

}
