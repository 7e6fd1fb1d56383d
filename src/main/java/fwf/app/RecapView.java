package fwf.app;

import fwf.bench.Measurement;
import fwf.chart.ChartOptions;
import fwf.results.MarkdownRecap;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The talk's closing table, filled from the board: the Markdown of {@link MarkdownRecap} shown
 * as a table and copied as it is, so what is on screen and what lands in the slides agree.
 */
public final class RecapView {
    private final BoardModel board;
    private final Consumer<String> say;
    private final BorderPane root = new BorderPane();
    private final TableView<List<String>> table = new TableView<>();
    private final ReadOnlyStringWrapper markdown = new ReadOnlyStringWrapper("");

    /** @param say tells the user that the table was copied */
    public RecapView(BoardModel board, Consumer<String> say) {
        this.board = board;
        this.say = say;
        table.setId("recap-table");
        table.setPlaceholder(new Label("Run something: the table fills from the board."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Button copy = new Button("Copy as Markdown");
        copy.setId("copy-markdown");
        copy.disableProperty().bind(markdown.isEmpty());
        copy.setOnAction(e -> copy());
        Label note = new Label("Latest OK median per system and workload; WRONG, FAILED and TIMEOUT never show a time.");
        note.getStyleClass().add("lesson");
        HBox top = new HBox(12, copy, note);
        top.setPadding(new Insets(8));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.setTop(top);
        root.setCenter(table);
        board.results().addListener((ListChangeListener<Measurement>) c -> refresh());
        board.optionsProperty().subscribe(o -> refresh());
    }

    public Node node() {
        return root;
    }

    /** The table as Markdown, "" when the board is empty. */
    public ReadOnlyStringProperty markdownProperty() {
        return markdown.getReadOnlyProperty();
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(markdown.get());
        Clipboard.getSystemClipboard().setContent(content);
        say.accept("Copied the recap table as Markdown (" + markdown.get().lines().count() + " lines)");
    }

    private void refresh() {
        markdown.set(render(board.results(), board.optionsProperty().get()));
        List<List<String>> rows = parse(markdown.get());
        table.getColumns().clear();
        if (rows.isEmpty()) {
            table.getItems().clear();
            return;
        }
        List<String> header = rows.getFirst();
        // Columns as wide as their longest text: the numbers must never turn into "...".
        double charWidth = board.optionsProperty().get().highContrast() ? 12.5 : 8.5;
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(header.get(i));
            c.setCellValueFactory(row -> new SimpleStringProperty(column < row.getValue().size() ? row.getValue().get(column) : ""));
            c.setSortable(false);
            c.getStyleClass().add(i == 0 ? "recap-name" : "recap-number");
            int chars = rows.stream().mapToInt(r -> column < r.size() ? r.get(column).length() : 0).max().orElse(4);
            c.setPrefWidth((chars + 3) * charWidth);
            table.getColumns().add(c);
        }
        table.getItems().setAll(rows.subList(1, rows.size()));
    }

    /** Against the chart's baseline when it has one, else the recap's own default. */
    static String render(List<Measurement> results, ChartOptions options) {
        if (options.relative()) {
            try {
                return MarkdownRecap.render(results, options.relativeTo());
            } catch (IllegalArgumentException e) {
                // the baseline left the board: fall back to the default below
            }
        }
        return MarkdownRecap.render(results);
    }

    /** The header and body rows of a Markdown table (the rule line skipped, "\|" unescaped). */
    static List<List<String>> parse(String markdown) {
        List<List<String>> rows = new ArrayList<>();
        List<String> lines = markdown.lines().filter(l -> l.startsWith("|")).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 1) {
                continue; // | --- | ---: |
            }
            String line = lines.get(i).strip();
            String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
            List<String> cells = new ArrayList<>();
            for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
                cells.add(cell.strip().replace("\\|", "|"));
            }
            rows.add(cells);
        }
        return rows;
    }
}
