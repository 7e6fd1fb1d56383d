package fwf.results;

import fwf.run.Measurement;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every export, by the word the command line and the window's save dialog use. */
public enum ExportFormat {
    CSV("csv", ".csv"),
    JSON("json", ".json"),
    MARKDOWN("markdown", ".md"),
    JMH("jmh", ".jmh.json");

    private final String word;
    private final String extension;

    ExportFormat(String word, String extension) {
        this.word = word;
        this.extension = extension;
    }

    public String word() {
        return word;
    }

    /** The usual file name ending, with its dot. */
    public String extension() {
        return extension;
    }

    /** The export's text; the Markdown recap uses its default baseline. */
    public String render(List<Measurement> measurements) {
        return switch (this) {
            case CSV -> CsvExport.render(measurements);
            case JSON -> JsonExport.render(measurements);
            case MARKDOWN -> MarkdownRecap.render(measurements);
            case JMH -> JmhExport.render(measurements);
        };
    }

    public static Optional<ExportFormat> fromWord(String word) {
        for (ExportFormat f : values()) {
            // "md" is what the command line's help offers for Markdown.
            if (f.word.equalsIgnoreCase(word) || (f == MARKDOWN && "md".equalsIgnoreCase(word))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Guesses the format from a file name: ".csv", ".md", ".jmh.json" (checked before the
     * plain ".json"), ".json".
     */
    public static Optional<ExportFormat> fromFileName(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        for (ExportFormat f : List.of(JMH, CSV, JSON, MARKDOWN)) {
            if (name.endsWith(f.extension)) {
                return Optional.of(f);
            }
        }
        return name.endsWith(".markdown") ? Optional.of(MARKDOWN) : Optional.empty();
    }
}
