package fwf.app;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.Map;

/**
 * The window's keys. Plain keys (Space, Esc, 1/2/3) are filtered at the scene so they work
 * wherever the focus is, except while typing in a text field: there Space and digits must
 * type. Modified keys (Ctrl+L, Ctrl+G...) always work.
 *
 * <p>Why a filter and not menu accelerators: an accelerator on Space would fire while the
 * size field is being typed in, and Space on a focused button would press that button instead
 * of running.
 */
final class Shortcuts {
    /** What the keys do. */
    interface Actions {
        void run();

        /** Ctrl+G: the checked variants and systems at a ladder of sizes, for the Growth tab. */
        void sweep();

        /** @return false when nothing ran, so Esc can still close a popup or a field's edit */
        boolean cancel();

        void pickWorkload(int index);

        void toggleLogScale();

        void toggleRelative();

        void export();

        void togglePresenter();

        void toggleControls();

        /** Space: runs, unless the view on show gives it another meaning (the graph replay plays). */
        default void space() {
            run();
        }
    }

    private static final KeyCombination LOG = KeyCombination.keyCombination("Shortcut+L");
    private static final KeyCombination RELATIVE = KeyCombination.keyCombination("Shortcut+R");
    private static final KeyCombination EXPORT = KeyCombination.keyCombination("Shortcut+E");
    private static final KeyCombination CONTROLS = KeyCombination.keyCombination("Shortcut+B");
    private static final KeyCombination SWEEP = KeyCombination.keyCombination("Shortcut+G");
    /** The modified keys, which the status bar's table of keys must name. */
    static final List<KeyCombination> MODIFIED = List.of(LOG, RELATIVE, EXPORT, CONTROLS, SWEEP);
    private static final Map<KeyCode, Integer> DIGITS = Map.of(
            KeyCode.DIGIT1, 0, KeyCode.DIGIT2, 1, KeyCode.DIGIT3, 2,
            KeyCode.NUMPAD1, 0, KeyCode.NUMPAD2, 1, KeyCode.NUMPAD3, 2);

    private Shortcuts() {
    }

    static void install(Scene scene, Actions actions) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handle(e, actions, scene.getFocusOwner() instanceof TextInputControl)) {
                e.consume();
            }
        });
    }

    /** @return true when the key was one of ours */
    static boolean handle(KeyEvent e, Actions actions, boolean typing) {
        if (LOG.match(e)) {
            actions.toggleLogScale();
        } else if (RELATIVE.match(e)) {
            actions.toggleRelative();
        } else if (EXPORT.match(e)) {
            actions.export();
        } else if (CONTROLS.match(e)) {
            actions.toggleControls();
        } else if (SWEEP.match(e)) {
            actions.sweep();
        } else if (e.getCode() == KeyCode.F11) {
            actions.togglePresenter();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            return actions.cancel();
        } else if (typing || e.isShortcutDown() || e.isAltDown()) {
            return false;
        } else if (e.getCode() == KeyCode.SPACE) {
            actions.space();
        } else if (DIGITS.containsKey(e.getCode())) {
            actions.pickWorkload(DIGITS.get(e.getCode()));
        } else {
            return false;
        }
        return true;
    }
}
