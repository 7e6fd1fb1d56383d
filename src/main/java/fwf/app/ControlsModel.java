package fwf.app;

import fwf.friends.Systems;
import fwf.graph.GeneratedGraph;
import fwf.io.AppFolders;
import fwf.results.Settings;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.workload.Catalogue;
import fwf.workload.Workload;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * What the control panel edits: workload, the variants and systems to queue, the size and the
 * graph (a file, or a generated graph: the Facebook-like one each run generates itself, or a
 * bigger one written once into the cache, in the background, as soon as it is chosen for the
 * triangle count). The panel writes the inputs; the checks (size, graph) and the lessons are
 * read-only, derived here, so a test can drive the model without the panel and the panel holds no logic.
 *
 * <p>Each workload keeps its own size and variants while the window lives (switching from fib
 * to mean and back must not lose "25"), and they are remembered in {@link Settings}.
 */
public final class ControlsModel {
    private final Settings settings;
    private final Executor background;
    private final ObjectProperty<Workload<?>> workload = new SimpleObjectProperty<>(Catalogue.FIB);
    private final ObservableList<String> variants = FXCollections.observableArrayList();
    private final ObservableList<String> systems = FXCollections.observableArrayList();
    private final ObservableList<SystemChoice> systemChoices = FXCollections.observableArrayList();
    /** One wrapper for all: a fresh one per call would drop its listeners when it is collected. */
    private final ObservableList<SystemChoice> systemChoicesView = FXCollections.unmodifiableObservableList(systemChoices);
    private final StringProperty sizeText = new SimpleStringProperty("");
    private final ObjectProperty<GraphSource> graphSource = new SimpleObjectProperty<>(GraphSource.GENERATED);
    private final ObjectProperty<Path> graphPath = new SimpleObjectProperty<>();
    private final ObjectProperty<GeneratedGraph> generatedGraph = new SimpleObjectProperty<>(GeneratedGraph.FACEBOOK_LIKE);
    private final ReadOnlyObjectWrapper<GraphStatus> graphStatus = new ReadOnlyObjectWrapper<>(new GraphStatus.None());
    private final ReadOnlyObjectWrapper<SizeRules.Check> sizeCheck = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lessons = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final Map<String, String> sizes = new HashMap<>();
    private final Map<String, List<String>> variantsByWorkload = new HashMap<>();
    private final GraphGeneration generation;

    /** Generated graphs go into this user's cache, where the friends find theirs. */
    public ControlsModel(Settings settings, Path defaultGraph, Executor background) {
        this(settings, defaultGraph, GeneratedGraph.folderIn(AppFolders.fromEnvironment().cache()), background);
    }

    /**
     * @param defaultGraph the graph file to offer when none is remembered, or null
     * @param graphCache   where generated graphs are written (the cache's {@code graphs/})
     * @param background   where graph files are read and generated graphs written
     */
    public ControlsModel(Settings settings, Path defaultGraph, Path graphCache, Executor background) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.background = Objects.requireNonNull(background, "background");
        this.generation = new GraphGeneration(graphCache, background, graphStatus::set);
        restore(defaultGraph);
        workload.addListener((o, old, now) -> switchWorkload(old, now));
        // A big generated graph is made when the triangle count is chosen, not for a window
        // that only runs fib.
        workload.addListener((o, old, now) -> {
            if (now.readsGraph() && needsGenerating() && graphStatus.get() instanceof GraphStatus.None) {
                probeGraph();
            }
        });
        graphPath.addListener((o, old, now) -> probeGraph());
        graphSource.addListener((o, old, now) -> probeGraph());
        generatedGraph.addListener((o, old, now) -> probeGraph());
        Observable[] inputs = {workload, variants, systems, systemChoices, sizeText, graphSource, generatedGraph, graphStatus};
        for (Observable input : inputs) {
            input.addListener(o -> recheck());
        }
        probeGraph();
        recheck();
    }

    private void restore(Path defaultGraph) {
        for (Workload<?> w : Catalogue.workloads()) {
            sizes.put(w.name(), settings.get("size." + w.name()).orElse(w.defaultSize() > 0 ? Integer.toString(w.defaultSize()) : ""));
            List<String> remembered = settings.get("variants." + w.name()).map(ControlsModel::split).orElse(List.of())
                    .stream().filter(Offer.variants(w)::contains).toList();
            variantsByWorkload.put(w.name(), remembered.isEmpty() ? List.of(w.defaultVariant().name()) : remembered);
        }
        Workload<?> w = settings.get("workload").flatMap(Catalogue::workload).orElse(Catalogue.FIB);
        workload.set(w);
        sizeText.set(sizes.get(w.name()));
        variants.setAll(variantsByWorkload.get(w.name()));
        systems.setAll(settings.get("systems").map(ControlsModel::split).orElse(List.of(Systems.DEFAULT_NAME)));
        Path graph = settings.get(Settings.GRAPH_PATH).map(Path::of).orElse(defaultGraph);
        graphPath.set(graph);
        GraphSource source = settings.get(Settings.GRAPH_SOURCE)
                .flatMap(v -> Arrays.stream(GraphSource.values()).filter(g -> g.name().equals(v)).findFirst()).orElse(null);
        graphSource.set(source != null ? source : graph != null ? GraphSource.FILE : GraphSource.GENERATED);
        generatedGraph.set(settings.get(Settings.GRAPH_GENERATED).flatMap(GeneratedGraph::preset)
                .orElse(GeneratedGraph.FACEBOOK_LIKE));
    }

    private void switchWorkload(Workload<?> old, Workload<?> now) {
        if (old != null) {
            sizes.put(old.name(), sizeText.get());
            variantsByWorkload.put(old.name(), List.copyOf(variants));
        }
        sizeText.set(sizes.get(now.name()));
        variants.setAll(variantsByWorkload.get(now.name()));
    }

    /**
     * Offers these systems.
     *
     * @param settled true for the final verdicts: checked systems that turned out unavailable are
     *                then unchecked; false while friends are still being looked for, so a
     *                remembered "cpython" is not forgotten before it is found
     */
    public void setSystemChoices(List<SystemChoice> choices, boolean settled) {
        systemChoices.setAll(choices);
        if (!settled) {
            return;
        }
        List<String> usable = choices.stream().filter(SystemChoice::available).map(SystemChoice::name).toList();
        List<String> kept = systems.stream().filter(usable::contains).toList();
        systems.setAll(kept.isEmpty() && !usable.isEmpty() ? List.of(usable.contains(Systems.DEFAULT_NAME) ? Systems.DEFAULT_NAME : usable.getFirst()) : kept);
    }

    /** True when the chosen graph is a generated one that runs read from the cache. */
    private boolean needsGenerating() {
        return graphSource.get() == GraphSource.GENERATED && !generatedGraph.get().facebookLike();
    }

    private void probeGraph() {
        if (needsGenerating() && workload.get().readsGraph()) {
            // The same graph again (the Graph tab changed the file path) goes on being made.
            generation.start(generatedGraph.get());
            return;
        }
        generation.cancel(); // whatever was being generated is no longer chosen
        Path file = graphPath.get();
        if (graphSource.get() != GraphSource.FILE || file == null) {
            graphStatus.set(new GraphStatus.None());
            return;
        }
        graphStatus.set(new GraphStatus.Reading(String.valueOf(file.getFileName())));
        background.execute(() -> {
            GraphStatus status = GraphProbe.probe(file);
            Platform.runLater(() -> {
                // Another file may have been chosen while this one was read: keep the newest.
                if (file.equals(graphPath.get()) && graphSource.get() == GraphSource.FILE) {
                    graphStatus.set(status);
                }
            });
        });
    }

    private void recheck() {
        Workload<?> w = workload.get();
        sizeCheck.set(SizeRules.check(w, sizeText.get(), inputNodes(), systems));
        lessons.set(lessonsOf(w));
        problem.set(findProblem());
    }

    /** The chosen graph's node count (the bound of the triangles' size), or 0 while it is not known. */
    private int inputNodes() {
        return graphSource.get() == GraphSource.GENERATED ? generatedGraph.get().nodes()
                : graphStatus.get() instanceof GraphStatus.Read r ? r.nodes() : 0;
    }

    private String lessonsOf(Workload<?> w) {
        List<String> checked = variants.stream().filter(Offer.variants(w)::contains).toList();
        if (checked.size() == 1) {
            return lesson(w, checked.getFirst());
        }
        return checked.stream().map(v -> v + ": " + lesson(w, v)).collect(Collectors.joining("\n"));
    }

    private static String lesson(Workload<?> w, String variant) {
        return Offer.lesson(w, variant);
    }

    private String findProblem() {
        if (variants.isEmpty()) {
            return "check at least one variant";
        }
        if (systems.isEmpty()) {
            return "check at least one system";
        }
        if (sizeCheck.get() instanceof SizeRules.Check.Bad(String message)) {
            return message;
        }
        if (pairs().isEmpty()) {
            SystemChoice blocked = systemChoices.stream().filter(c -> systems.contains(c.name()) && !c.available())
                    .findFirst().orElse(null);
            if (blocked != null) {
                return blocked.spec().label() + " is not available: " + blocked.unavailableReason();
            }
            return "none of the checked systems has the checked variants (Java runs " + String.join(", ",
                    workload.get().variantNames()) + "; each friend its own, see the tooltips)";
        }
        if (workload.get().readsGraph()) {
            return switch (graphStatus.get()) {
                case GraphStatus.None n when graphSource.get() == GraphSource.FILE ->
                        "choose a graph file (Open...) or use the generated graph";
                case GraphStatus.None n -> needsGenerating() ? stillGenerating(GeneratedGraph.Phase.GENERATING) : null;
                case GraphStatus.Reading r -> "the graph " + r.file() + " is still being read";
                case GraphStatus.Generating g -> stillGenerating(g.phase());
                case GraphStatus.Unreadable u -> u.message();
                case GraphStatus.Read r -> null;
            };
        }
        return null;
    }

    /** "the generated graph of 100,000 nodes is still being generated": nothing runs on half a graph. */
    private String stillGenerating(GeneratedGraph.Phase phase) {
        return "the generated graph of " + SizeRules.grouped(generatedGraph.get().nodes()) + " nodes is still being "
                + (phase == GeneratedGraph.Phase.GENERATING ? "generated" : "written into the cache");
    }

    /**
     * One request per checked variant and system, variants outermost so the systems compared on
     * one variant run back to back; empty when {@link #problemProperty()} holds a problem.
     */
    public List<RunRequest> requests() {
        if (problem.get() != null || !(sizeCheck.get() instanceof SizeRules.Check.Ok(int size, String warning))) {
            return List.of();
        }
        Workload<?> w = workload.get();
        Path graph = !w.readsGraph() ? null : graphSource.get() == GraphSource.FILE ? graphPath.get()
                // The Facebook-like graph is each run's own when given no file; a bigger one is
                // named, so its results say which graph they counted.
                : needsGenerating() ? generation.file(generatedGraph.get()) : null;
        return pairs().stream()
                .map(p -> new RunRequest(w, p.variant(), p.system(), size, graph, Plan.ADAPTIVE, List.of(), null))
                .toList();
    }

    /**
     * A sweep: every request {@link #requests()} would queue, at each size of the workload's
     * ladder up to the size in the field ({@link fwf.workload.SizeRule#ladder}), one (variant,
     * system)'s sizes back to back and smallest first, as the command line's {@code sweep} runs
     * them. An empty triangles size is the whole graph: the ladder climbs to the graph's node
     * count, and its top rung asks for the whole graph as Run does, so the two share a bar. Empty
     * when {@link #problemProperty()} holds a problem.
     */
    public List<RunRequest> sweepRequests() {
        List<RunRequest> tops = requests();
        if (tops.isEmpty()) {
            return tops;
        }
        int asked = tops.getFirst().size();
        int top = asked == 0 ? inputNodes() : asked;
        List<Integer> ladder = workload.get().sizeRule().ladder(top);
        List<RunRequest> out = new ArrayList<>();
        for (RunRequest r : tops) {
            for (int size : ladder) {
                out.add(r.withSize(size == top ? asked : size));
            }
        }
        return out;
    }

    /**
     * A variant on a system that has it.
     *
     * @param substituted true when the system had none of the checked variants and runs this one
     *                    instead (see {@link #substitutions()})
     */
    private record Pair(String variant, fwf.friends.SystemSpec system, boolean substituted) {
    }

    /**
     * Every checked (variant, system) that can run, in offer and catalogue order. A checked
     * system that has none of the checked variants is never skipped in silence: it runs its own
     * variant for the workload's lesson (its talk variant), after the others, and
     * {@link #substitutions()} says so.
     */
    private List<Pair> pairs() {
        Workload<?> w = workload.get();
        List<String> orderedSystems = systemChoices.isEmpty() ? List.copyOf(systems)
                : systemChoices.stream().filter(SystemChoice::available).map(SystemChoice::name).filter(systems::contains).toList();
        List<Pair> out = new ArrayList<>();
        List<String> checked = Offer.variants(w).stream().filter(variants::contains).toList();
        for (String v : checked) {
            for (fwf.friends.SystemSpec s : Offer.specs(orderedSystems)) {
                if (Offer.runs(s, w, v)) {
                    out.add(new Pair(v, s, false));
                }
            }
        }
        if (checked.isEmpty()) {
            return out;
        }
        for (fwf.friends.SystemSpec s : Offer.specs(orderedSystems)) {
            if (out.stream().noneMatch(p -> p.system().equals(s))) {
                s.talkVariant(w.name()).filter(v -> Offer.runs(s, w, v))
                        .ifPresent(v -> out.add(new Pair(v, s, true)));
            }
        }
        return out;
    }

    /**
     * One line per checked system that runs a variant nobody checked because it has none of
     * the checked ones ("CPython has no primitive: runs recursive"); empty when every system
     * runs what was checked.
     */
    public List<String> substitutions() {
        List<String> checked = Offer.variants(workload.get()).stream().filter(variants::contains).toList();
        return pairs().stream().filter(Pair::substituted)
                .map(p -> p.system().label() + " has no " + String.join(" or ", checked) + ": runs "
                        + p.variant())
                .toList();
    }

    /** Writes the current choices into the settings (the caller saves them). */
    public void remember() {
        Workload<?> w = workload.get();
        sizes.put(w.name(), sizeText.get());
        variantsByWorkload.put(w.name(), List.copyOf(variants));
        settings.put("workload", w.name());
        sizes.forEach((name, size) -> settings.put("size." + name, size));
        variantsByWorkload.forEach((name, vs) -> settings.put("variants." + name, String.join(",", vs)));
        settings.put("systems", String.join(",", systems));
        settings.put(Settings.GRAPH_SOURCE, graphSource.get().name());
        settings.put(Settings.GRAPH_PATH, graphPath.get() == null ? null : graphPath.get().toAbsolutePath().toString());
        settings.put(Settings.GRAPH_GENERATED, generatedGraph.get().key());
    }

    private static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public ObjectProperty<Workload<?>> workloadProperty() {
        return workload;
    }

    /** The checked variants of the current workload. */
    public ObservableList<String> variants() {
        return variants;
    }

    /** The checked systems. */
    public ObservableList<String> systems() {
        return systems;
    }

    /** Every system offered, available or not. */
    public ObservableList<SystemChoice> systemChoices() {
        return systemChoicesView;
    }

    public StringProperty sizeTextProperty() {
        return sizeText;
    }

    public ObjectProperty<GraphSource> graphSourceProperty() {
        return graphSource;
    }

    public ObjectProperty<Path> graphPathProperty() {
        return graphPath;
    }

    /** Which generated graph runs count on when the source is GENERATED: one of {@link GeneratedGraph#PRESETS}. */
    public ObjectProperty<GeneratedGraph> generatedGraphProperty() {
        return generatedGraph;
    }

    public ReadOnlyObjectProperty<GraphStatus> graphStatusProperty() {
        return graphStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SizeRules.Check> sizeCheckProperty() {
        return sizeCheck.getReadOnlyProperty();
    }

    /** The checked variants' lessons, one line each. */
    public ReadOnlyStringProperty lessonsProperty() {
        return lessons.getReadOnlyProperty();
    }

    /** Why nothing can run now, or null when the choices are runnable. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
