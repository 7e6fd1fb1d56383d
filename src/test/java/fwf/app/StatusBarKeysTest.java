package fwf.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.Test;

/** The status bar's table of keys (its tooltip) names every modified key the window answers. */
class StatusBarKeysTest {
    @Test
    void theTableOfKeysNamesEveryModifiedKey() {
        assertThat(Shortcuts.MODIFIED).hasSize(5);
        for (var combination : Shortcuts.MODIFIED) {
            String key = "Ctrl+" + ((KeyCodeCombination) combination).getCode().getName();
            assertThat(StatusBarView.ALL_KEYS).as(key).containsPattern("(?m)^" + key.replace("+", "\\+") + " +\\S");
        }
    }
}
