package fwf.app;

import fwf.results.AllocationTable;
import fwf.results.MarkdownRecap;
import fwf.results.Recap;
import fwf.results.RecapTable;
import fwf.results.RecapTiming;
import fwf.run.Measurement;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The talk's closing table, filled from the board: the tables of {@link MarkdownRecap} (the
 * measured one, the mean's rounds, the talk's own figures faded), with a chooser for the
 * baseline and a toggle between cold and warm times. Copy as Markdown copies exactly the cells
 * on screen, so what is shown and what lands in the slides agree.
 */
public final class RecapView {
    private final BoardModel board;
    private final Consumer<String> say;
    private final BorderPane root = new BorderPane();
    private final VBox tables = new VBox(6);
    private final ChoiceBox<String> baseline = new ChoiceBox<>();
    private final ToggleGroup timing = new ToggleGroup();
    private final ToggleButton cold = new ToggleButton("Cold (as the talk)");
    private final ToggleButton warm = new ToggleButton("Warm median");
    private final ReadOnlyStringWrapper markdown = new ReadOnlyStringWrapper("");
    private final Label placeholder = new Label("Run something: the table fills from the board.");
    private boolean refreshing;
    /** The baseline the user chose, by label; null for the default (CPython, else the first row). */
    private String chosenBaseline;

    /** @param say tells the user that the table was copied */
    public RecapView(BoardModel board, Consumer<String> say) {
        this.board = board;
        this.say = say;
        Button copy = new Button("Copy as Markdown");
        copy.setId("copy-markdown");
        copy.disableProperty().bind(markdown.isEmpty());
        copy.setOnAction(e -> copy());
        baseline.setId("recap-baseline");
        cold.setId("recap-cold");
        warm.setId("recap-warm");
        cold.setToggleGroup(timing);
        warm.setToggleGroup(timing);
        cold.setSelected(true);
        // A toggle group lets the selected button be clicked off; one of the two is always on.
        timing.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                refresh();
            }
        });
        baseline.valueProperty().addListener((o, was, now) -> {
            if (!refreshing) {
                chosenBaseline = now;
                refresh();
            }
        });
        Label baselineLabel = new Label("Relative to");
        HBox top = new HBox(12, copy, baselineLabel, baseline, cold, warm);
        top.setPadding(new Insets(8));
        top.setAlignment(Pos.CENTER_LEFT);
        placeholder.getStyleClass().add("placeholder");
        tables.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(tables);
        scroll.setFitToWidth(true);
        root.setTop(top);
        root.setCenter(scroll);
        board.results().addListener((ListChangeListener<Measurement>) c -> refresh());
        board.optionsProperty().subscribe(o -> refresh());
    }

    public Node node() {
        return root;
    }

    /** The tables as Markdown, "" when the board is empty. */
    public ReadOnlyStringProperty markdownProperty() {
        return markdown.getReadOnlyProperty();
    }

    private RecapTiming timing() {
        return warm.isSelected() ? RecapTiming.WARM : RecapTiming.COLD;
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(markdown.get());
        Clipboard.getSystemClipboard().setContent(content);
        say.accept("Copied the recap table as Markdown (" + markdown.get().lines().count() + " lines)");
    }

    private void refresh() {
        Recap recap = recap(board.results(), chosenBaseline, timing());
        // The allocation table comes last, on screen and in the copy alike.
        java.util.Optional<RecapTable> allocation = recap.tables().isEmpty() ? java.util.Optional.empty()
                : AllocationTable.of(board.results());
        markdown.set(recap.markdown() + allocation.map(t -> "\n" + t.markdown()).orElse(""));
        refreshing = true;
        try {
            List<String> labels = recap.systems().stream().map(MarkdownRecap::label).toList();
            if (!baseline.getItems().equals(labels)) {
                baseline.getItems().setAll(labels);
            }
            if (chosenBaseline != null && !labels.contains(chosenBaseline)) {
                chosenBaseline = null; // it left the board: back to the default
            }
            baseline.setValue(recap.baseline() == null ? null : MarkdownRecap.label(recap.baseline()));
        } finally {
            refreshing = false;
        }
        tables.getChildren().clear();
        if (recap.tables().isEmpty()) {
            tables.getChildren().add(placeholder);
            return;
        }
        int index = 0;
        for (RecapTable t : recap.tables()) {
            tables.getChildren().add(section(t, index++));
        }
        allocation.ifPresent(t -> {
            VBox box = section(t, 0);
            box.getChildren().get(1).setId("recap-allocation");
            tables.getChildren().add(box);
        });
    }

    /** The recap against the chosen baseline (a label, or null), or against the default when it left the board. */
    static Recap recap(List<Measurement> results, String baselineLabel, RecapTiming timing) {
        if (baselineLabel != null) {
            try {
                return MarkdownRecap.recap(results, baselineLabel, timing);
            } catch (IllegalArgumentException e) {
                // the baseline left the board: fall back to the default below
            }
        }
        return MarkdownRecap.recap(results, null, timing);
    }

    /**
     * Sizes a table for a font of {@code fontPx}: each column as wide as its longest text (in
     * bold headers, about 0.62 em a character), every row shown so the tables scroll together,
     * never each on its own.
     */
    private static void size(TableView<List<String>> table, List<Integer> chars, double fontPx) {
        double charWidth = fontPx * 0.62;
        for (int i = 0; i < chars.size(); i++) {
            table.getColumns().get(i).setPrefWidth((chars.get(i) + 1.5) * charWidth);
        }
        double rowHeight = Math.ceil(fontPx * 2.0);
        table.setFixedCellSize(rowHeight);
        // The header row, and room for a horizontal scroll bar should the window be narrow.
        table.setPrefHeight(rowHeight * (table.getItems().size() + 1.4) + fontPx);
        table.setMinHeight(table.getPrefHeight());
    }

    private VBox section(RecapTable t, int index) {
        Label caption = new Label(t.caption());
        caption.setWrapText(true);
        caption.getStyleClass().add("lesson");
        TableView<List<String>> table = new TableView<>();
        table.setId(index == 0 ? "recap-table" : t.talks() ? "recap-talk" : "recap-table-" + index);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Columns as wide as their longest text: the numbers must never turn into "...". The
        // widths and row heights follow the font the table is drawn in (presenter mode scales it
        // with the window), so they are set again whenever that font changes.
        List<List<String>> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        List<Integer> chars = new ArrayList<>();
        for (int i = 0; i < t.header().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(t.header().get(i));
            c.setCellValueFactory(row -> new SimpleStringProperty(row.getValue().get(column)));
            c.setSortable(false);
            c.getStyleClass().add(i == 0 ? "recap-name" : "recap-number");
            chars.add(all.stream().mapToInt(r -> r.get(column).length()).max().orElse(4));
            table.getColumns().add(c);
        }
        table.getItems().setAll(t.rows());
        caption.fontProperty().subscribe(font -> size(table, chars, font.getSize()));
        if (t.talks()) {
            table.getStyleClass().add("recap-talk");
            caption.getStyleClass().add("recap-talk");
        }
        VBox box = new VBox(4, caption, table);
        for (String note : t.notes()) {
            Label n = new Label(note);
            n.setWrapText(true);
            n.getStyleClass().add("lesson");
            box.getChildren().add(n);
        }
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }
}
