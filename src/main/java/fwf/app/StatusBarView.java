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
    /** Short enough to leave the run's line its room; the tooltip says the rest. */
    static final String KEYS = "Space run · Esc cancel · 1 2 3 workload · Ctrl+L log · Ctrl+R × · F11";
    static final String ALL_KEYS = """
            Space      run the choices (anywhere but a text field)
            Esc        cancel the run and empty the queue
            1, 2, 3    fib, triangles, mean
            Ctrl+L     log scale
            Ctrl+R     relative to a baseline ("N× faster")
            Ctrl+E     export the chart (PNG or SVG)
            Ctrl+G     sweep: the checked variants at five sizes, for the Growth tab
            Ctrl+B     show or hide the controls
            F11        presenter mode (full screen, large high-contrast theme)""";

    private final StatusBar bar = new StatusBar();
    private final Label elapsed = new Label();
    private final Label keys = new Label(KEYS);
    private final Separator keysSeparator = new Separator(Orientation.VERTICAL);
    private boolean keysWanted = true;
    private String idleText = "Ready";

    public StatusBarView(ObservableValue<RunProgress> progress) {
        bar.setId("status");
        bar.setText(idleText);
        elapsed.setId("elapsed");
        elapsed.getStyleClass().add("elapsed");
        keys.getStyleClass().add("keys");
        javafx.scene.control.Tooltip all = new javafx.scene.control.Tooltip(ALL_KEYS);
        all.setStyle("-fx-font-family: 'Monospaced';"); // the table of keys lines up
        keys.setTooltip(all);
        keys.setMinWidth(0);
        bar.getRightItems().addAll(elapsed, keysSeparator, keys);
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

    /** The key reminder, off in presenter mode (the audience does not need it). */
    public void showKeys(boolean on) {
        keysWanted = on;
        placeKeys(on);
    }

    private void placeKeys(boolean on) {
        keys.setVisible(on);
        keys.setManaged(on);
        keysSeparator.setVisible(on);
        keysSeparator.setManaged(on);
    }

    public String text() {
        return bar.getText();
    }

    private void show(RunProgress p) {
        // While a run goes, its line needs the room more than the key reminder.
        placeKeys(keysWanted && p == null);
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
