package fwf.app;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;

/**
 * The bottom line: what runs (iteration, progress, elapsed time) or how the last run ended,
 * and the keys a presenter needs.
 */
public final class StatusBarView {
    static final String KEYS = "Space run · Esc cancel · 1/2/3 workload · Ctrl+L log · Ctrl+R relative · Ctrl+E export · F11 presenter";

    private final StatusBar bar = new StatusBar();
    private final Label elapsed = new Label();
    private String idleText = "Ready";

    public StatusBarView(ObservableValue<RunProgress> progress) {
        bar.setId("status");
        bar.setText(idleText);
        elapsed.setId("elapsed");
        elapsed.getStyleClass().add("elapsed");
        Label keys = new Label(KEYS);
        keys.getStyleClass().add("keys");
        keys.setMinWidth(0);
        bar.getRightItems().addAll(elapsed, new Separator(Orientation.VERTICAL), keys);
        progress.subscribe(this::show);
    }

    public Node node() {
        return bar;
    }

    /** What stays in the bar once nothing runs: how the last run ended, or a problem. */
    public void say(String text) {
        idleText = text;
        if (bar.getProgress() == 0) {
            bar.setText(text);
        }
    }

    public String text() {
        return bar.getText();
    }

    private void show(RunProgress p) {
        if (p == null) {
            bar.setProgress(0);
            bar.setText(idleText);
            elapsed.setText("");
            return;
        }
        // 0 hides the bar, so "not known yet" shows as a sliver rather than an animation that
        // would keep redrawing while the worker measures.
        double f = p.fraction();
        bar.setProgress(f < 0 ? 0.01 : Math.max(0.01, f));
        bar.setText(Outcomes.running(p));
        elapsed.setText(Outcomes.elapsed(p.elapsedNs()));
    }
}
