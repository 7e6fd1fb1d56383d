package fwf.app;

import fwf.chart.Bar;
import fwf.chart.BarKey;
import fwf.chart.ChartExport;
import fwf.chart.TimingChart;
import fwf.chart.TimingDataset;
import fwf.graphview.GraphViewPane;
import fwf.results.Journal;
import fwf.results.Settings;
import fwf.run.Measurement;
import fwf.run.RunRequest;
import fwf.run.Status;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Assembles the window from its views and models and wires them: the control panel on the
 * left, the charts and the recap in tabs, the status bar below. It owns the lifetimes (the
 * background threads, the run service) and nothing else: each view draws itself, each model
 * holds its own state.
 */
public final class MainWindow implements Shortcuts.Actions {
    /** The growing bar is redrawn at most this often: a chart redraw costs CPU the worker is measured on. */
    private static final long LIVE_BAR_NS = 50_000_000L;
    private static final String PRESENTER_CSS = "presenter.css";
    /**
     * JavaFX 26's headless platform (the tests') fails every frame of a full-screen window with
     * an IndexOutOfBoundsException in HeadlessWindow.blit; everything else of presenter mode
     * is still tested there.
     */
    private static final boolean FULL_SCREEN_WORKS = !"Headless".equalsIgnoreCase(System.getProperty("glass.platform"));

    private final Stage stage;
    private final ExecutorService background = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("fwf-io-", 0).factory());
    private final Settings settings;
    private final ControlsModel controls;
    private final BoardModel board;
    private final RunService runs;
    private final ControlPanel panel;
    private final TimingChartView timing;
    private final WarmupChartView warmup;
    private final GrowthChartView growth;
    private final RecapView recap;
    private final StatusBarView status;
    private final GraphViewPane graph;
    private final NotificationPane notifications;
    private final TabPane tabs = new TabPane();
    private final PauseTransition hideNotification = new PauseTransition(Duration.seconds(8));
    private final Scene scene;
    private BarKey liveKey;
    private long liveDrawnAt;
    private boolean presenter;
    /** What the journal's load said, and what discovery found: null until each is known. */
    private String readyText;
    private String friendsText;
    /** Discovery's latest step while it looks, null before its first. */
    private String lookingText;
    /**
     * Whether the controls show in the ordinary view (Ctrl+B there toggles it). Presenter mode
     * and the Graph tab fold them away without touching this, so any round trip through F11 or
     * the tabs comes back to the same layout on every tab.
     */
    private boolean controlsWanted = true;
    /** Ctrl+B while folded away: shown until the reason for folding changes. */
    private boolean controlsUnfolded;
    private BorderPane root;

    private MainWindow(Stage stage, AppConfig config) {
        this.stage = stage;
        settings = Settings.load(config.settings());
        controls = new ControlsModel(settings, config.defaultGraph(), config.graphCache(), background);
        board = new BoardModel(Journal.open(config.journal()), background, this::problem);
        runs = new RunService(config.starter(), Journal.open(config.journal()), this::finished, this::problem);
        panel = new ControlPanel(controls, this::run, this::sweep, this::cancelRuns, runs.busyProperty());
        timing = new TimingChartView(board, this::export);
        warmup = new WarmupChartView(board, runs);
        growth = new GrowthChartView(board, background);
        recap = new RecapView(board, this::say);
        status = new StatusBarView(runs.progressProperty());
        graph = new GraphViewPane(config.defaultGraph());
        graph.setActive(false); // loads when its tab is first shown, not at start-up
        // One graph file for the window: the one chosen on the Times tab (or remembered) is the
        // Graph tab's ego-Facebook, and a file opened on the Graph tab is the runs' too.
        graph.facebookFileProperty().bindBidirectional(controls.graphPathProperty());
        // A board per workload: the chart shows the workload picked in the controls (1, 2, 3).
        controls.workloadProperty().subscribe(w -> board.showWorkload(w == null ? null : w.name()));

        tabs.getTabs().addAll(tab("Times", timing.node()), tab("Warm-up", warmup.node()), tab("Growth", growth.node()),
                tab("Recap", recap.node()), tab("Graph", graph));
        tabs.setId("views");
        // The graph tab has its own picker and needs the width: the run controls fold away
        // while it is shown (Ctrl+B still brings them) and come back as they were.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            graph.setActive(now != null && now.getContent() == graph);
            growth.setActive(now != null && now.getContent() == growth.node());
            controlsUnfolded = false;
            layOutControls();
        });
        notifications = new NotificationPane(tabs);
        notifications.setId("notifications");
        notifications.setShowFromTop(true);
        hideNotification.setOnFinished(e -> notifications.hide());

        root = new BorderPane(notifications);
        root.setId("root");
        root.getStyleClass().add("fwf");
        root.setLeft(panel.node());
        root.setBottom(status.node());
        scene = new Scene(root, 1280, 720);
        scene.heightProperty().addListener((o, was, now) -> scalePresenterType());
        scene.getStylesheets().add(css("app.css"));
        Shortcuts.install(scene, this);

        runs.progressProperty().subscribe(this::showLive);
        board.loadFromJournal(n -> {
            readyText = n == 0 ? "Ready: pick a workload and systems, then Run (Space)"
                    : "Ready: " + n + (n == 1 ? " result" : " results") + " of the last session, from " + config.journal()
                    + " (New board starts afresh)";
            sayReady();
        });
        controls.setSystemChoices(config.systems().known(), false);
        background.execute(() -> {
            List<SystemChoice> found = config.systems().discover(step -> Platform.runLater(() -> {
                if (friendsText == null) {
                    lookingText = step;
                    say(step);
                }
            }));
            Platform.runLater(() -> {
                controls.setSystemChoices(found, true);
                friendsText = SystemAvailability.summary(found);
                sayReady();
            });
        });
    }

    /** Builds the window on {@code stage} and shows it. */
    public static MainWindow open(Stage stage, AppConfig config) {
        MainWindow w = new MainWindow(stage, config);
        stage.setTitle("Faster with Friends");
        stage.setScene(w.scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        // F11 leaves full screen, as it entered it; Esc is for cancelling runs.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("F11 leaves presenter mode");
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (!now && w.presenter) {
                w.setPresenter(false); // left full screen some other way (the window manager)
            }
        });
        stage.setOnHidden(e -> w.close());
        stage.show();
        return w;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        t.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replace("-", ""));
        return t;
    }

    private static String css(String name) {
        return MainWindow.class.getResource(name).toExternalForm();
    }

    // Actions (buttons and keys)

    @Override
    public void run() {
        queue(controls.requests(), null);
    }

    /** Ctrl+G or Sweep: the checked variants and systems at the ladder of sizes, drawn on the Growth tab. */
    @Override
    public void sweep() {
        List<RunRequest> requests = controls.sweepRequests();
        queue(requests, "Sweep: " + requests.size() + (requests.size() == 1 ? " run" : " runs") + " at sizes "
                + requests.stream().map(r -> r.size() == 0 ? "all" : SizeRules.grouped(r.size())).distinct()
                .collect(Collectors.joining(", "))
                + "; see the Growth tab");
    }

    /**
     * Queues what the controls ask for, or says why nothing can run.
     *
     * @param note said at the top of the charts with what was queued, or null
     */
    private void queue(List<RunRequest> requests, String note) {
        String problem = controls.problemProperty().get();
        if (problem != null) {
            notify(problem);
            if (controls.sizeCheckProperty().get() instanceof SizeRules.Check.Bad) {
                panel.focusSize();
            }
            return;
        }
        List<String> said = new ArrayList<>();
        if (note != null) {
            said.add(note);
        }
        said.addAll(controls.substitutions());
        controls.remember();
        background.execute(this::saveSettings);
        runs.submit(requests);
        if (!said.isEmpty()) {
            notify(String.join("; ", said));
        }
    }

    /** On the graph tab Space plays and pauses the replay, as the player's own key does. */
    @Override
    public void space() {
        if (tabs.getSelectionModel().getSelectedItem().getContent() == graph) {
            graph.player().togglePlay();
        } else {
            run();
        }
    }

    @Override
    public boolean cancel() {
        if (!runs.busyProperty().get()) {
            return false;
        }
        runs.cancelAll();
        say("Cancelling...");
        return true;
    }

    private void cancelRuns() {
        cancel();
    }

    @Override
    public void pickWorkload(int index) {
        panel.pickWorkload(index);
    }

    @Override
    public void toggleLogScale() {
        board.toggleLogScale();
    }

    @Override
    public void toggleRelative() {
        board.toggleRelative();
        if (!board.optionsProperty().get().relative() && board.results().stream().noneMatch(m -> m.status() == Status.OK)) {
            notify("relative mode needs at least one OK result to compare with");
        }
    }

    @Override
    public void export() {
        Path suggested = settings.get("export.file").map(Path::of)
                .orElse(ExportDialog.defaultFolder(Path.of(System.getProperty("user.home"))).resolve("faster-with-friends.png"));
        new ExportDialog(stage, suggested).showAndWait().ifPresent(this::write);
    }

    @Override
    public void togglePresenter() {
        setPresenter(!presenter);
    }

    @Override
    public void toggleControls() {
        if (controlsFolded()) {
            controlsUnfolded = !controlsUnfolded;
        } else {
            controlsWanted = !controlsWanted;
        }
        layOutControls();
    }

    /** Presenter mode and the Graph tab (which needs the width) fold the controls away. */
    private boolean controlsFolded() {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        return presenter || (shown != null && shown.getContent() == graph);
    }

    private void layOutControls() {
        boolean on = controlsFolded() ? controlsUnfolded : controlsWanted;
        root.setLeft(on ? panel.node() : null);
    }

    /**
     * Presenter mode's type follows the screen: 19 px at 720 lines, and a fortieth of the height
     * above (27 px at 1080), so nothing the window writes is under 24 px on a 1080p projector
     * (its smallest style is 0.92 em). Every size in the stylesheets is in em of this one.
     */
    private void scalePresenterType() {
        root.setStyle(presenter ? String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx;",
                presenterFontPx(scene.getHeight())) : "");
    }

    /** The presenter's base font size in px for a window {@code height} px high. */
    static double presenterFontPx(double height) {
        return Math.max(19, Math.floor(height / 40));
    }

    /** True when the run controls are in the window, for tests of the layout. */
    boolean controlsShown() {
        return root.getLeft() != null;
    }

    /**
     * Presenter mode: full screen, the large high-contrast theme in the window and the charts,
     * and the control panel folded away so the chart has the whole width (Ctrl+B brings it
     * back; the keys work without it).
     */
    public void setPresenter(boolean on) {
        if (on == presenter) {
            return;
        }
        presenter = on;
        controlsUnfolded = false;
        layOutControls();
        status.showKeys(!on);
        String sheet = css(PRESENTER_CSS);
        if (on && !scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        } else if (!on) {
            scene.getStylesheets().remove(sheet);
        }
        board.setPresenter(on);
        scalePresenterType();
        if (FULL_SCREEN_WORKS) {
            stage.setFullScreen(on);
        }
    }

    /**
     * Writes the chart on show (the timing chart, or the warm-up or growth chart when its tab is open).
     * The chart is copied on the FX thread and drawn to the file on a background thread, so a
     * slow disk or a 4K export never freezes the window.
     */
    public CompletableFuture<Path> write(ExportDialog.Choice choice) {
        JFreeChart copy = chartCopy();
        settings.put("export.file", choice.file().toAbsolutePath().toString());
        return CompletableFuture.supplyAsync(() -> {
            try {
                ChartExport.write(copy, choice.file(), choice.width(), choice.height());
                saveSettings();
                return choice.file();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background).whenComplete((file, error) -> Platform.runLater(() -> {
            if (error == null) {
                say("Saved " + file.toAbsolutePath() + " (" + choice.width() + "x" + choice.height() + ")");
            } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                notify("could not export the chart to " + choice.file() + ": " + cause.getMessage());
            }
        }));
    }

    /**
     * A chart of its own over a copy of the data: JFreeChart objects must not be shared across
     * threads. The Warm-up or Growth tab's chart when that tab is on show and has one, else the
     * timing chart.
     */
    private JFreeChart chartCopy() {
        javafx.scene.Node shown = tabs.getSelectionModel().getSelectedItem().getContent();
        JFreeChart own = shown == warmup.node() ? warmup.chartCopy() : shown == growth.node() ? growth.chartCopy() : null;
        if (own != null) {
            return own;
        }
        TimingDataset copy = new TimingDataset();
        for (Bar bar : board.dataset().bars()) {
            switch (bar) {
                case Bar.Running r -> copy.putRunning(r.key(), r.elapsedNs());
                case Bar.Finished f -> copy.putResult(f.measurement());
            }
        }
        return TimingChart.create(copy, board.optionsProperty().get());
    }

    // What the run service reports

    private void finished(Measurement m) {
        // The live bar's key came from the request as the run went; should the result's differ
        // (the run ended before it loaded its input, say), the live bar must not stay behind.
        if (liveKey != null && !liveKey.equals(BarKey.of(m.request()))) {
            board.settle(liveKey);
        }
        board.add(m);
        liveKey = null;
        String text = Outcomes.finished(m);
        say(text);
        if (m.status() != Status.OK && m.status() != Status.CANCELLED) {
            notify(text);
        }
    }

    /** Grows the running bar, at most every {@link #LIVE_BAR_NS}; the status bar follows every frame. */
    private void showLive(RunProgress p) {
        BarKey key = p == null ? null : BarKey.of(p.request());
        if (liveKey != null && !liveKey.equals(key)) {
            board.settle(liveKey); // a run that ended without a measurement must not keep growing
            liveKey = null;
        }
        if (p == null || p.phase() == RunProgress.Phase.STARTING || p.phase() == RunProgress.Phase.LOADING) {
            return;
        }
        long now = System.nanoTime();
        if (key.equals(liveKey) && now - liveDrawnAt < LIVE_BAR_NS) {
            return;
        }
        liveKey = key;
        liveDrawnAt = now;
        board.showRunning(key, p.liveNs());
    }

    /** The start-up's last word: the journal's "Ready..." after what discovery found. */
    private void sayReady() {
        if (friendsText == null && lookingText != null) {
            say(lookingText); // never "Ready" while friends are still greyed out
        } else if (readyText != null) {
            say(friendsText == null ? readyText : readyText + ". " + friendsText);
        }
    }

    private void say(String text) {
        status.say(text);
    }

    private void problem(String text) {
        notify(text);
    }

    /** A message at the top of the charts that goes away by itself, and stays in the status bar. */
    private void notify(String text) {
        notifications.show(text);
        hideNotification.playFromStart();
        status.say(text);
    }

    private void saveSettings() {
        String problem = settings.save();
        if (problem != null) {
            Platform.runLater(() -> status.say(problem));
        }
    }

    /** Window closed: no worker may outlive it, and the choices are remembered. */
    public void close() {
        controls.remember();
        settings.save();
        runs.shutdown(3);
        background.shutdownNow();
        graph.close();
    }

    // For tests and the screenshot hook: the models behind the views.

    public GraphViewPane graph() {
        return graph;
    }

    public ControlsModel controls() {
        return controls;
    }

    public BoardModel board() {
        return board;
    }

    public RunService runs() {
        return runs;
    }

    public TimingChartView timing() {
        return timing;
    }

    public GrowthChartView growth() {
        return growth;
    }

    public RecapView recap() {
        return recap;
    }

    public StatusBarView status() {
        return status;
    }

    public NotificationPane notifications() {
        return notifications;
    }

    public TabPane tabs() {
        return tabs;
    }
}
