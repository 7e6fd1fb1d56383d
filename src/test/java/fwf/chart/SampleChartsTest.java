package fwf.chart;

import fwf.workload.Catalogue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the sample charts to target/chart-samples, to be looked at (the good ones are
 * committed under assets/). The assertions only check the files exist at the asked size.
 */
class SampleChartsTest {
    private static final Path OUT = Path.of("target", "chart-samples");

    @Test
    void renderSamples() throws IOException {
        Files.createDirectories(OUT);
        TimingDataset data = new TimingDataset(Fixtures.talk());
        ChartOptions light = ChartOptions.DEFAULT.withSortByTime(true);
        write("chart-sample.png", data, light);
        write("chart-sample-presenter.png", data, light.withHighContrast(true));
        TimingDataset fib = new TimingDataset(Fixtures.talk().stream()
                .filter(m -> m.request().workload() == Catalogue.FIB).toList());
        write("chart-sample-relative-log.png", fib, light.withRelativeTo("cpython").withLogScale(true).withHighContrast(true));
        write("chart-sample-split.png", data, ChartOptions.DEFAULT.withSplitLoad(true).withErrorBars(ChartOptions.ErrorBars.MIN_MAX));
        data.putRunning(new BarKey("fib", 40, null, "jvm-c2-only", "primitive"), 180 * Fixtures.MS);
        write("chart-sample-running.png", data, ChartOptions.DEFAULT.withLogScale(true));
        TimingDataset two = new TimingDataset(java.util.List.of(
                Fixtures.around("mean", "loop", "jvm-c2", 9 * Fixtures.MS, 0.03),
                Fixtures.around("mean", "vector", "jvm-c2", 2 * Fixtures.MS, 0.05)));
        write("chart-sample-two-bars.png", two, ChartOptions.DEFAULT.withHighContrast(true));
        ChartExport.png(WarmupChart.of(Fixtures.warmingUp(), false, Fixtures.STYLES), OUT.resolve("warmup-sample.png"), 1920, 1080);
        ChartExport.png(WarmupChart.of(Fixtures.warmingUp(), true, Fixtures.STYLES), OUT.resolve("warmup-sample-presenter.png"), 1920, 1080);
        assertThat(OUT.resolve("chart-sample.png")).exists();
    }

    private static void write(String name, TimingDataset data, ChartOptions options) throws IOException {
        ChartExport.png(TimingChart.create(data, options, Fixtures.STYLES), OUT.resolve(name), 1920, 1080);
    }
}
