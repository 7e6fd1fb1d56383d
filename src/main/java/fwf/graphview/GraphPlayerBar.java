package fwf.graphview;

import fwf.workload.StepTrace;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.Locale;

/**
 * The player's controls: to the start, a step back, play/pause, a step on, to the end; a
 * scrubber over every step; a speed slider from 1 to 1,000,000 steps a second on a log scale, with presets;
 * and the counters. Everything reads from and writes to a {@link GraphPlayerModel}.
 */
final class GraphPlayerBar extends HBox {
    private static final String PLAY = "\u25B6 play";
    private static final String PAUSE = "\u275A\u275A pause";

    private final GraphPlayerModel player;
    private final Button play = new Button(PLAY);
    private final Slider scrubber = new Slider(0, 1, 0);
    private final Slider speed = new Slider(0, Math.log10(GraphPlayerModel.MAX_SPEED), 0);
    private final Label speedLabel = new Label();
    private final javafx.scene.control.ChoiceBox<Double> presets = new javafx.scene.control.ChoiceBox<>();
    private final Label stepLabel = new Label();
    private final Label foundLabel = new Label();
    private final javafx.scene.layout.VBox counters = new javafx.scene.layout.VBox(2, foundLabel, stepLabel);
    private final ToggleButton colour = new ToggleButton("Colour by triangles");
    private final Button snapshot = new Button("Snapshot\u2026");
    /** Set while the model moves the scrubber, so that move is not sent back as a seek. */
    private boolean following;

    GraphPlayerBar(GraphPlayerModel player) {
        this.player = player;
        getStyleClass().add("graph-player");
        setAlignment(Pos.CENTER_LEFT);
        Button start = button("|\u25C0", "graph-start", "To the start (Home)");
        Button back = button("\u25C0 step", "graph-step-back", "One step back (Left)");
        Button forward = button("step \u25B6", "graph-step-forward", "One step on (Right)");
        Button end = button("\u25B6|", "graph-end", "To the end (End)");
        play.setId("graph-play");
        play.setTooltip(new Tooltip("Play or pause (Space)"));
        play.getStyleClass().add("graph-player-button");
        start.setOnAction(e -> player.toStart());
        back.setOnAction(e -> player.stepBack());
        play.setOnAction(e -> player.togglePlay());
        forward.setOnAction(e -> player.stepForward());
        end.setOnAction(e -> player.toEnd());

        scrubber.setId("graph-scrubber");
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.setMaxWidth(Double.MAX_VALUE);
        scrubber.valueProperty().addListener((o, was, now) -> {
            if (!following) {
                player.seek((int) Math.round(now.doubleValue()) - 1);
            }
        });
        speed.setId("graph-speed");
        speed.setPrefWidth(140);
        speed.setValue(Math.log10(player.speed()));
        // One press of a key or a click on the track moves by half a decade (x3.16), not the
        // slider's default 10 units, which leapt from 1 to 1,000,000 steps a second at once.
        speed.setBlockIncrement(0.5);
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setTooltip(new Tooltip("Steps a second, on a log scale (Up faster, Down slower)"));
        speed.valueProperty().addListener((o, was, now) -> {
            double asked = Math.pow(10, now.doubleValue());
            // Showing the speed moves the slider too: log10 and back must not turn 50 into 49.99.
            if (Math.abs(asked - player.speed()) > 1e-6 * player.speed()) {
                player.setSpeed(asked);
            }
        });
        presets.setId("graph-speed-presets");
        presets.getItems().setAll(GraphPlayerModel.PRESETS);
        presets.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(Locale.ROOT, "%,.0f/s", value);
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        presets.setTooltip(new Tooltip("Preset speeds, in steps a second"));
        presets.setOnAction(e -> {
            if (presets.getValue() != null) {
                player.setSpeed(presets.getValue());
            }
        });
        speedLabel.setId("graph-speed-label");
        speedLabel.getStyleClass().add("graph-counter");
        stepLabel.setId("graph-step-label");
        stepLabel.getStyleClass().add("graph-counter");
        foundLabel.setId("graph-found-label");
        foundLabel.getStyleClass().addAll("graph-counter", "graph-found");
        counters.getStyleClass().add("graph-counters");
        colour.setId("graph-colour");
        colour.setTooltip(new Tooltip("Colour and size each node by the triangles found so far that it belongs to"));
        snapshot.setId("graph-snapshot");

        player.speedProperty().addListener((o, was, now) -> showSpeed());
        player.positionProperty().addListener((o, was, now) -> showPosition());
        player.traceProperty().addListener((o, was, now) -> showTrace());
        player.playingProperty().addListener((o, was, now) -> play.setText(now ? PAUSE : PLAY));
        Label speedTitle = new Label("speed");
        getChildren().addAll(start, back, play, forward, end, scrubber, speedTitle, speed, speedLabel, presets,
                colour, snapshot);
        // Everything but the scrubber keeps its natural width; the scrubber takes what is left.
        getChildren().forEach(child -> {
            if (child != scrubber && child instanceof javafx.scene.control.Control control) {
                control.setMinWidth(USE_PREF_SIZE);
            }
        });
        play.setMinWidth(90);
        scrubber.setMinWidth(120);
        showSpeed();
        showTrace();
    }

    private Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("graph-player-button");
        return b;
    }

    /** The step and triangle counters, to show where the audience looks (beside the code). */
    javafx.scene.Node counters() {
        return counters;
    }

    ToggleButton colourToggle() {
        return colour;
    }

    Button snapshotButton() {
        return snapshot;
    }

    private void showSpeed() {
        speedLabel.setText(String.format(Locale.ROOT, "%,.0f steps/s", player.speed()));
        presets.setValue(GraphPlayerModel.PRESETS.contains(player.speed()) ? player.speed() : null);
        if (Math.abs(Math.pow(10, speed.getValue()) - player.speed()) > 1e-6 * player.speed()) {
            speed.setValue(Math.log10(player.speed()));
        }
    }

    private void showTrace() {
        StepTrace trace = player.trace();
        following = true;
        try {
            scrubber.setMax(trace == null ? 1 : Math.max(1, trace.size()));
            scrubber.setBlockIncrement(trace == null ? 1 : Math.max(1, trace.size() / 100.0));
        } finally {
            following = false;
        }
        getChildren().forEach(child -> child.setDisable(trace == null));
        counters.setDisable(trace == null);
        showPosition();
    }

    private void showPosition() {
        StepTrace trace = player.trace();
        following = true;
        try {
            scrubber.setValue(player.position() + 1);
        } finally {
            following = false;
        }
        if (trace == null) {
            stepLabel.setText("no search loaded");
            foundLabel.setText("");
            return;
        }
        stepLabel.setText(String.format(Locale.ROOT, "of %,d \u00B7 step %,d / %,d", trace.foundCount(),
                player.position() + 1, trace.size()));
        foundLabel.setText(String.format(Locale.ROOT, "%,d triangle%s found", player.foundSoFar(),
                player.foundSoFar() == 1 ? "" : "s"));
    }
}
