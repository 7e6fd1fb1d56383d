package fwf.graphview;

import fwf.graph.LayoutCache;
import fwf.workload.StepTrace;
import fwf.workload.TriangleSearch;
import javafx.animation.AnimationTimer;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The graph view: watch a triangle search light up a graph. A picker chooses the graph (an
 * ego network of ego-Facebook, its first nodes, all of it, or a generated graph) and the
 * instrumented variant; the graph is laid out once (cached on disk) and the search recorded
 * off the FX thread; then a player replays it, with the pseudo-code beside the graph. Small
 * graphs play live in GraphStream ({@link GraphScene}); big ones as a still picture with the
 * found triangles drawn over it ({@link GraphWholePicture}).
 *
 * <p>To embed: {@code new GraphViewPane()} (or with the path of the ego-Facebook edge list) as
 * a tab's content, and {@link #close()} when the window closes. It loads node 0's ego network
 * (or, without the file, a generated graph) the first time it is shown, and animates only while
 * it is in a scene.
 */
public final class GraphViewPane extends BorderPane {
    /** Where ego-Facebook is looked for by default: beside the repository, as the tests have it. */
    public static final Path DEFAULT_FACEBOOK_FILE = Path.of("../shared/data/facebook_combined.txt");
    /**
     * The shortest time between two drawn frames: 30 a second. Without a GPU (software
     * rendering, a virtual display) a frame of the live scene costs the render thread 10 to 20
     * ms, so drawing at the 60 Hz pulse rate left no slack and any hiccup of a busy machine
     * became a visible stall; at 30 the motion is as smooth to the eye and the slack absorbs it.
     */
    static final double FRAME_SECONDS = 1.0 / 30;

    private final GraphPlayerModel player = new GraphPlayerModel();
    private final GraphPicker picker = new GraphPicker();
    private final GraphPlayerBar bar = new GraphPlayerBar(player);
    private final GraphCodePanel code = new GraphCodePanel();
    private final GraphLegend legend = new GraphLegend();
    private final Label stepText = new Label();
    private final Label title = new Label();
    private final StackPane graphArea = new StackPane();
    private final Label placeholder = new Label("Choose a graph and press Load.");
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final Button cancel = new Button("Cancel");
    private final GraphFileCache files = new GraphFileCache();
    private final LayoutCache layouts;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(now);
        }
    };

    private GraphStage stage;
    private GraphPrepared prepared;
    private GraphPreparation preparing;
    private long lastPulse;
    private double sinceFrame;
    private boolean loadedOnce;
    private boolean closed;
    private boolean active = true;

    /** A view that looks for ego-Facebook at {@link #DEFAULT_FACEBOOK_FILE}. */
    public GraphViewPane() {
        this(DEFAULT_FACEBOOK_FILE);
    }

    /** A view reading ego-Facebook from {@code facebookFile}; null or missing: generated graphs only. */
    public GraphViewPane(Path facebookFile) {
        this(facebookFile, LayoutCache.inDefaultDirectory());
    }

    GraphViewPane(Path facebookFile, LayoutCache layouts) {
        this.layouts = Objects.requireNonNull(layouts, "layouts");
        getStyleClass().add("graph-view");
        getStylesheets().add(Objects.requireNonNull(GraphViewPane.class.getResource("graph-view.css"),
                "graph-view.css is missing from the jar").toExternalForm());
        picker.facebookFileProperty().set(facebookFile);
        picker.setOnLoad(this::load);
        picker.openButton().setOnAction(e -> chooseFacebookFile());

        placeholder.getStyleClass().add("graph-placeholder");
        graphArea.getStyleClass().add("graph-area");
        graphArea.setId("graph-area");
        graphArea.getChildren().setAll(placeholder, legend);
        // Drawn over the graph every frame: as a cached bitmap it costs one copy, not its text.
        legend.setCache(true);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        graphArea.setMinSize(200, 200);

        title.getStyleClass().add("graph-title");
        title.setWrapText(true);
        stepText.setId("graph-step-text");
        stepText.getStyleClass().add("graph-step-text");
        stepText.setWrapText(true);
        ScrollPane codeScroll = new ScrollPane(code);
        codeScroll.setFitToWidth(true);
        VBox side = new VBox(10, title, codeScroll, stepText, bar.counters());
        side.getStyleClass().add("graph-side");
        side.setMinWidth(300);
        side.setPrefWidth(420);
        SplitPane split = new SplitPane(graphArea, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(side, false);

        progress.setPrefWidth(160);
        status.setId("graph-status");
        status.getStyleClass().add("graph-status");
        cancel.setId("graph-cancel");
        cancel.setOnAction(e -> {
            if (preparing != null) {
                preparing.cancel();
            }
        });
        HBox statusBar = new HBox(8, progress, cancel, status);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("graph-status-bar");
        HBox.setHgrow(status, Priority.ALWAYS);
        showBusy(false);

        setTop(picker);
        setCenter(split);
        setBottom(new VBox(bar, statusBar));

        player.positionProperty().addListener((o, was, now) -> showPosition());
        bar.colourToggle().selectedProperty().addListener((o, was, now) -> showColour(now));
        bar.snapshotButton().setOnAction(e -> saveSnapshot());
        // A filter, not a handler: the buttons and sliders would take Left and Right for focus
        // traversal or their own value, and a speaker's arrow key must always step.
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        sceneProperty().addListener((o, was, now) -> wake());
    }

    /** The ego-Facebook edge list the picker reads; the window binds it to its runs' graph file. */
    public javafx.beans.property.ObjectProperty<Path> facebookFileProperty() {
        return picker.facebookFileProperty();
    }

    /** The player, to drive the replay from outside (the lead's shortcuts, benchmarks). */
    public GraphPlayerModel player() {
        return player;
    }

    /**
     * Prepares {@code choice} for {@code search} in the background and replays it when ready,
     * replacing what is shown; a preparation still running is cancelled.
     */
    public void load(GraphChoice choice, TriangleSearch search) {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(search, "search");
        loadedOnce = true;
        picker.select(choice, search);
        if (preparing != null) {
            preparing.cancel();
        }
        GraphPreparation task = new GraphPreparation(choice, search, picker.facebookFileProperty().get(), files, layouts);
        preparing = task;
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        showBusy(true);
        task.stateProperty().addListener((o, was, now) -> finished(task, now));
        Thread thread = new Thread(task, "graph-view-preparation");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether a graph is being prepared. */
    public boolean isBusy() {
        return preparing != null;
    }

    /** Stops the animation and any preparation, and frees the scene; the pane shows nothing after. */
    public void close() {
        closed = true;
        timer.stop();
        if (preparing != null) {
            preparing.cancel();
        }
        player.load(null);
        replaceStage(null);
    }

    /**
     * Whether the view is in front of the user. Only then does its frame timer run and its first
     * graph load. In a tab pane every tab's content is in the scene from the start, shown or not:
     * without this, the graph tab prepared ego-Facebook and built GraphStream's scene during the
     * window's start-up (a fifth of it on two cores) for a tab nobody had opened, and ran its
     * timer on every pulse after. True until told otherwise, for a view on its own.
     */
    public void setActive(boolean active) {
        this.active = active;
        wake();
    }

    /** Starts or stops the frame timer as the view is shown or hidden; loads the first graph when first shown. */
    private void wake() {
        if (getScene() == null || closed || !active) {
            timer.stop();
            return;
        }
        lastPulse = 0; // no catching up on the time it was hidden
        timer.start();
        loadFirstGraph();
    }

    private void loadFirstGraph() {
        if (loadedOnce) {
            return;
        }
        Path file = picker.facebookFileProperty().get();
        boolean facebook = file != null && Files.isRegularFile(file);
        load(facebook ? new GraphChoice.EgoNetwork(0) : new GraphChoice.HolmeKim(300, GraphPicker.SEED),
                TriangleSearch.NAIVE);
    }

    private void finished(GraphPreparation task, Worker.State state) {
        if (closed || task != preparing || !(state == Worker.State.SUCCEEDED || state == Worker.State.FAILED
                || state == Worker.State.CANCELLED)) {
            return;
        }
        preparing = null;
        showBusy(false);
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        switch (state) {
            case SUCCEEDED -> show(task.getValue());
            case CANCELLED -> status.setText("cancelled");
            default -> status.setText("could not prepare the graph: " + messageOf(task.getException()));
        }
    }

    private static String messageOf(Throwable t) {
        if (t == null) {
            return "unknown error";
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private void show(GraphPrepared p) {
        GraphStage next = p.live()
                ? new GraphScene(p.graph(), p.layout(), p.trace(), p.index())
                : new GraphWholePicture(p.graph(), p.layout(), p.trace(), p.index(), p.picture().orElseThrow(), p.mapping());
        prepared = p;
        replaceStage(next);
        code.setSearch(p.search());
        title.setText(String.format(Locale.ROOT, "%s, %s: %,d nodes, %,d edges, %,d steps, %,d triangles",
                p.choice().describe(), p.search().variantName(), p.graph().nodeCount(), p.graph().edgeCount(),
                p.trace().size(), p.trace().foundCount()));
        List<String> lines = new ArrayList<>(p.notes());
        if (!p.work().isEmpty()) {
            lines.add(p.work());
        }
        status.setText(String.join("; ", lines));
        next.setColourByTriangles(bar.colourToggle().isSelected());
        legend.showScale(bar.colourToggle().isSelected() ? next.scale() : null);
        player.load(p.trace());
        showPosition();
        next.frame();
    }

    private void replaceStage(GraphStage next) {
        if (stage != null) {
            stage.close();
        }
        stage = next;
        graphArea.getChildren().setAll(next == null ? placeholder : next.view(), legend);
        if (next == null) {
            prepared = null;
            code.setSearch(null);
            title.setText("");
            stepText.setText("");
        }
    }

    private void showPosition() {
        if (stage == null || prepared == null) {
            return;
        }
        int position = player.position();
        stage.show(position);
        StepTrace trace = prepared.trace();
        GraphRoles roles = GraphRoles.at(trace, position);
        code.highlight(roles.line(), roles.skipped());
        stepText.setText(GraphStepText.describe(roles, prepared.graph(), trace.search(), trace.foundCount()));
    }

    private void showColour(boolean on) {
        if (stage != null) {
            stage.setColourByTriangles(on);
            legend.showScale(on ? stage.scale() : null);
        }
    }

    private void pulse(long now) {
        if (!showing()) {
            // In a tab not selected, or a window hidden: the replay waits where it is.
            lastPulse = 0;
            return;
        }
        sinceFrame += lastPulse == 0 ? 0 : (now - lastPulse) / 1e9;
        lastPulse = now;
        // A millisecond of slack, so pulses a hair early at 60 Hz still make every other one.
        if (sinceFrame < FRAME_SECONDS - 0.001) {
            return;
        }
        player.advance(sinceFrame);
        sinceFrame = 0;
        if (stage != null) {
            stage.frame();
        }
    }

    /** Whether the pane can be seen: it and every parent visible (a tab hides its content), its window up. */
    private boolean showing() {
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing();
    }

    private void showBusy(boolean busy) {
        progress.setVisible(busy);
        progress.setManaged(busy);
        cancel.setVisible(busy);
        cancel.setManaged(busy);
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return; // the picker's fields type arrows and Home/End as text keys
        }
        switch (e.getCode()) {
            case SPACE -> player.togglePlay();
            case LEFT -> player.stepBack();
            case RIGHT -> player.stepForward();
            case UP -> player.faster();
            case DOWN -> player.slower();
            case HOME -> player.toStart();
            case END -> player.toEnd();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void chooseFacebookFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the ego-Facebook edge list");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Edge lists", "*.txt", "*.edges", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        var chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            picker.facebookFileProperty().set(chosen.toPath());
        }
    }

    private void saveSnapshot() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a snapshot of the graph");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images", "*.png"));
        chooser.setInitialFileName("graph-view.png");
        var chosen = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            Path file = chosen.getName().toLowerCase(Locale.ROOT).endsWith(".png")
                    ? chosen.toPath() : chosen.toPath().resolveSibling(chosen.getName() + ".png");
            saveSnapshot(file);
        }
    }

    /**
     * Captures the graph area as it is now (legend included) and writes it to {@code file} as
     * PNG in the background; the status line says how it went. The task is returned for tests.
     */
    Task<Path> saveSnapshot(Path file) {
        var image = GraphSnapshot.capture(graphArea);
        String caption = snapshotCaption();
        Task<Path> write = new Task<>() {
            @Override
            protected Path call() throws IOException {
                GraphSnapshot.writePng(image, caption, file);
                return file;
            }
        };
        write.setOnSucceeded(e -> status.setText("snapshot saved to " + file));
        write.setOnFailed(e -> status.setText(messageOf(write.getException())));
        Thread thread = new Thread(write, "graph-view-snapshot");
        thread.setDaemon(true);
        thread.start();
        return write;
    }

    /**
     * What a snapshot shows, for its caption: "ego network of node 0 (...) · naive-primitive
     * search · step 1,234 of 56,789 · 17 triangles found"; null before anything is prepared.
     */
    public String snapshotCaption() {
        if (prepared == null) {
            return null;
        }
        int size = prepared.trace().size();
        int step = player.position() + 1;
        int found = player.foundSoFar();
        return prepared.choice().describe() + " · " + prepared.search().variantName() + " search · step "
                + String.format(Locale.ROOT, "%,d of %,d", step, size) + " · "
                + String.format(Locale.ROOT, "%,d", found) + (found == 1 ? " triangle" : " triangles") + " found";
    }

    // Package-private views for tests and the benchmark.

    /** Whether a graph was ever asked for (shown, or loaded by hand). */
    public boolean loadedOnce() {
        return loadedOnce;
    }

    GraphStage stage() {
        return stage;
    }

    GraphPrepared prepared() {
        return prepared;
    }

    GraphCodePanel code() {
        return code;
    }

    GraphLegend legend() {
        return legend;
    }

    StackPane graphArea() {
        return graphArea;
    }

    Label status() {
        return status;
    }
}
