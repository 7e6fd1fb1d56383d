package fwf.graphview;

import fwf.workload.TriangleSearch;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The search's pseudo-code beside the graph, the line just executed highlighted; greyed
 * instead when the step was a test that failed (work looked at and thrown away).
 */
final class GraphCodePanel extends VBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass SKIPPED = PseudoClass.getPseudoClass("skipped");

    private final List<Label> lines = new ArrayList<>();
    private int current = -1;
    private boolean skipped;

    GraphCodePanel() {
        getStyleClass().add("graph-code");
        setId("graph-code");
    }

    /** Shows the code of {@code search}, nothing highlighted; null shows nothing. */
    void setSearch(TriangleSearch search) {
        getChildren().clear();
        lines.clear();
        current = -1;
        skipped = false;
        if (search == null) {
            return;
        }
        List<String> source = search.source();
        for (int i = 0; i < source.size(); i++) {
            Label line = new Label(String.format(Locale.ROOT, "%2d  %s", i + 1, source.get(i)));
            line.getStyleClass().add("graph-code-line");
            line.setMaxWidth(Double.MAX_VALUE);
            lines.add(line);
        }
        getChildren().setAll(lines);
    }

    /** Highlights line {@code line} (0-based; -1 for none), greyed when {@code skip}. */
    void highlight(int line, boolean skip) {
        if (line == current && skip == skipped) {
            return;
        }
        if (current >= 0 && current < lines.size()) {
            lines.get(current).pseudoClassStateChanged(CURRENT, false);
            lines.get(current).pseudoClassStateChanged(SKIPPED, false);
        }
        current = line;
        skipped = skip;
        if (line >= 0 && line < lines.size()) {
            lines.get(line).pseudoClassStateChanged(skip ? SKIPPED : CURRENT, true);
        }
    }

    /** The highlighted line, -1 for none. */
    int highlightedLine() {
        return current;
    }

    boolean highlightedSkipped() {
        return skipped;
    }

    /** The text of line {@code i} as shown, number included. */
    String lineText(int i) {
        return lines.get(i).getText();
    }
}
