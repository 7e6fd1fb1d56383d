package fwf.app;

import fwf.chart.ChartExport;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The small export dialog: format, size (1920x1080 by default) and file. A bad field keeps
 * the dialog open with the reason under the fields; nothing is written until all are good.
 */
public final class ExportDialog {
    /** What to write. */
    public record Choice(ChartExport.Format format, int width, int height, Path file) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();
    private final ChoiceBox<ChartExport.Format> format = new ChoiceBox<>();
    private final TextField width = new TextField(Integer.toString(ChartExport.DEFAULT_WIDTH));
    private final TextField height = new TextField(Integer.toString(ChartExport.DEFAULT_HEIGHT));
    private final TextField file = new TextField();
    private final Label problem = new Label();
    /** The existing file the user was warned about: a second Save replaces it. */
    private Path warnedAbout;

    /** @param suggested the file offered, its extension choosing the format */
    public ExportDialog(Window owner, Path suggested) {
        dialog.initOwner(owner);
        dialog.setTitle("Export the chart");
        dialog.setHeaderText(null);
        format.getItems().setAll(ChartExport.Format.values());
        format.setId("export-format");
        format.setValue(formatOf(suggested));
        format.valueProperty().addListener((o, old, now) -> file.setText(withExtension(file.getText(), now)));
        width.setId("export-width");
        height.setId("export-height");
        width.setPrefColumnCount(6);
        height.setPrefColumnCount(6);
        file.setId("export-file");
        file.setText(suggested.toString());
        file.setPrefColumnCount(32);
        problem.setId("export-problem");
        problem.getStyleClass().add("error");
        problem.setWrapText(true);
        Button browse = new Button("Choose...");
        browse.setOnAction(e -> browse());
        HBox.setHgrow(file, Priority.ALWAYS);

        GridPane grid = new GridPane(10, 10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Size"), new HBox(6, width, new Label("x"), height, new Label("pixels")));
        grid.addRow(2, new Label("File"), new HBox(6, file, browse));
        grid.add(problem, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("export-save");
        // Validate before the dialog closes: a bad field keeps it open and says why.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                Choice choice = parse(format.getValue(), width.getText(), height.getText(), file.getText());
                // Never write over a file without asking: the first Save says so, the second
                // (on the same file) replaces it.
                if (Files.exists(choice.file()) && !choice.file().equals(warnedAbout)) {
                    warnedAbout = choice.file();
                    problem.setText(choice.file().getFileName() + " already exists: Save again to replace it");
                    ((Button) saveButton).setText("Replace");
                    e.consume();
                    return;
                }
                problem.setText("");
            } catch (IllegalArgumentException bad) {
                problem.setText(bad.getMessage());
                e.consume();
            }
        });
        file.textProperty().addListener((o, was, now) -> {
            if (warnedAbout != null) {
                warnedAbout = null;
                problem.setText("");
                ((Button) saveButton).setText("Save");
            }
        });
        dialog.setResultConverter(b -> b == save
                ? parse(format.getValue(), width.getText(), height.getText(), file.getText()) : null);
    }

    /**
     * Where a first export goes: the user's pictures folder (XDG_PICTURES_DIR from
     * {@code ~/.config/user-dirs.dirs}, else {@code ~/Pictures}) when it exists, else home.
     */
    static Path defaultFolder(Path home) {
        Path dirs = home.resolve(".config/user-dirs.dirs");
        try {
            if (Files.isReadable(dirs)) {
                for (String line : Files.readAllLines(dirs)) {
                    String t = line.strip();
                    if (t.startsWith("XDG_PICTURES_DIR=")) {
                        String value = t.substring("XDG_PICTURES_DIR=".length()).replace("\"", "")
                                .replace("$HOME", home.toString());
                        Path pictures = Path.of(value);
                        if (pictures.isAbsolute() && Files.isDirectory(pictures)) {
                            return pictures;
                        }
                    }
                }
            }
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            // An unreadable or odd user-dirs file: fall back to the usual folder.
        }
        Path pictures = home.resolve("Pictures");
        return Files.isDirectory(pictures) ? pictures : home;
    }

    public Optional<Choice> showAndWait() {
        return dialog.showAndWait();
    }

    /**
     * @throws IllegalArgumentException with the message to show, e.g.
     *                                  {@code width must be a whole number from 100 to 16,000, got 'abc'}
     */
    static Choice parse(ChartExport.Format format, String widthText, String heightText, String fileText) {
        int w = pixels("width", widthText);
        int h = pixels("height", heightText);
        String f = fileText == null ? "" : fileText.strip();
        if (f.isEmpty()) {
            throw new IllegalArgumentException("choose a file to save to");
        }
        Path path = Path.of(withExtension(f, format));
        return new Choice(format, w, h, path);
    }

    private static int pixels(String what, String text) {
        String t = text == null ? "" : text.strip();
        int v = -1;
        if (t.matches("\\d{1,6}")) {
            v = Integer.parseInt(t);
        }
        if (v < ChartExport.MIN_SIZE || v > ChartExport.MAX_SIZE) {
            throw new IllegalArgumentException(what + " must be a whole number from " + ChartExport.MIN_SIZE + " to "
                    + SizeRules.grouped(ChartExport.MAX_SIZE) + ", got '" + t + "'");
        }
        return v;
    }

    /** The file name ending in the format's extension (".png" replaced by ".svg" and so on). */
    static String withExtension(String file, ChartExport.Format format) {
        String ext = "." + format.name().toLowerCase(Locale.ROOT);
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(ext)) {
            return file;
        }
        if (lower.endsWith(".png") || lower.endsWith(".svg")) {
            return file.substring(0, file.length() - 4) + ext;
        }
        return file.isBlank() ? file : file + ext;
    }

    private static ChartExport.Format formatOf(Path file) {
        try {
            return ChartExport.Format.of(file);
        } catch (IllegalArgumentException e) {
            return ChartExport.Format.PNG;
        }
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the chart as");
        Path current = Path.of(file.getText().isBlank() ? "chart.png" : file.getText()).toAbsolutePath();
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(String.valueOf(current.getFileName()));
        File chosen = chooser.showSaveDialog(dialog.getOwner());
        if (chosen != null) {
            file.setText(withExtension(chosen.getPath(), format.getValue()));
        }
    }
}
