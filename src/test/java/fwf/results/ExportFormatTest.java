package fwf.results;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFormatTest {

    @Test
    void guessesTheFormatFromTheFileName() {
        assertThat(ExportFormat.fromFileName(Path.of("out/results.csv"))).contains(ExportFormat.CSV);
        assertThat(ExportFormat.fromFileName(Path.of("results.JSON"))).contains(ExportFormat.JSON);
        assertThat(ExportFormat.fromFileName(Path.of("bench.jmh.json"))).contains(ExportFormat.JMH);
        assertThat(ExportFormat.fromFileName(Path.of("recap.md"))).contains(ExportFormat.MARKDOWN);
        assertThat(ExportFormat.fromFileName(Path.of("recap.markdown"))).contains(ExportFormat.MARKDOWN);
        assertThat(ExportFormat.fromFileName(Path.of("chart.png"))).isEqualTo(Optional.empty());
    }

    @Test
    void namesItselfByWord() {
        assertThat(ExportFormat.fromWord("jmh")).contains(ExportFormat.JMH);
        assertThat(ExportFormat.fromWord("Markdown")).contains(ExportFormat.MARKDOWN);
        assertThat(ExportFormat.fromWord("xml")).isEmpty();
    }

    @Test
    void rendersWithTheMatchingExport() {
        List<fwf.run.Measurement> h = Fixtures.history();
        assertThat(ExportFormat.CSV.render(h)).isEqualTo(CsvExport.render(h));
        assertThat(ExportFormat.JSON.render(h)).isEqualTo(JsonExport.render(h));
        assertThat(ExportFormat.MARKDOWN.render(h)).isEqualTo(MarkdownRecap.render(h));
        assertThat(ExportFormat.JMH.render(h)).isEqualTo(JmhExport.render(h));
    }
}
