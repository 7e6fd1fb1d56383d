package fwf.chart;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ChartExportTest {
    @TempDir
    Path dir;

    private static JFreeChart talk(ChartOptions options) {
        return TimingChart.create(new TimingDataset(Fixtures.talk()), options, Fixtures.STYLES);
    }

    @Test
    void testsRunHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void pngHasTheAskedSizeAndShowsTheBars() throws IOException {
        Path file = dir.resolve("chart.png");
        JFreeChart chart = talk(ChartOptions.DEFAULT);
        ChartExport.png(chart, file, 1920, 1080);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
        Set<Integer> colours = colours(image);
        assertThat(colours.size()).isGreaterThan(3);
        TimingBarRenderer renderer = (TimingBarRenderer) chart.getCategoryPlot().getRenderer();
        for (String system : List.of("cpython", "jvm-c2", "c")) {
            Color bar = renderer.colour(new BarKey("fib", 40, null, system, "primitive"));
            assertThat(colours).as(system + "'s bar colour").contains(bar.getRGB() & 0xFFFFFF);
        }
        assertThat(leftovers()).containsExactly("chart.png");
    }

    @Test
    void thePresenterThemeIsDark() throws IOException {
        Path file = dir.resolve("dark.png");
        ChartExport.png(talk(ChartOptions.DEFAULT.withHighContrast(true)), file, 1280, 720);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(ChartTheme.PRESENTER.background().getRGB() & 0xFFFFFF);
        assertThat(colours(image).size()).isGreaterThan(3);
    }

    @Test
    void anyReasonableSizeIsExact() throws IOException {
        Path file = dir.resolve("small.png");
        ChartExport.write(talk(ChartOptions.DEFAULT), file, 640, 400);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void svgAndPngAreReadableAsAnyNewFileIs() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path plain = Files.createFile(dir.resolve("plain")); // 0666 less the umask, as any program's file
        String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(plain));
        for (String name : List.of("chart.svg", "chart.png")) {
            Path file = dir.resolve(name);
            ChartExport.write(talk(ChartOptions.DEFAULT), file, 640, 400);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(name).isEqualTo(expected);
        }
    }

    @Test
    void svgIsADocumentWithTheLabelsAsText() throws IOException {
        Path file = dir.resolve("chart.svg");
        ChartExport.write(talk(ChartOptions.DEFAULT.withRelativeTo("cpython")), file, 1920, 1080);
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(svg).satisfiesAnyOf(s -> assertThat(s).startsWith("<?xml"), s -> assertThat(s).startsWith("<svg"));
        assertThat(svg).contains("width='1920.0'").contains("height='1080.0'")
                .contains("fib(40)").contains("CPython 3.11").contains("baseline, 12.3 s").contains("44× faster")
                .contains("TIMEOUT").contains("Java C2 (tiered) · boxed");
        assertThat(leftovers()).containsExactly("chart.svg");
    }

    @Test
    void aFileIsReplacedWhole() throws IOException {
        Path file = dir.resolve("chart.png");
        Files.writeString(file, "old");
        ChartExport.write(talk(ChartOptions.DEFAULT), file, 400, 300);
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(400);
        assertThat(leftovers()).containsExactly("chart.png");
    }

    @Test
    void theFormatComesFromTheExtension() {
        assertThat(ChartExport.Format.of(Path.of("a/b/Chart.PNG"))).isEqualTo(ChartExport.Format.PNG);
        assertThat(ChartExport.Format.of(Path.of("x.svg"))).isEqualTo(ChartExport.Format.SVG);
        assertThatThrownBy(() -> ChartExport.write(talk(ChartOptions.DEFAULT), dir.resolve("chart.gif"), 800, 600))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot tell the chart format from 'chart.gif': the file name must end in .png or .svg");
        assertThatThrownBy(() -> ChartExport.Format.of(Path.of("chart")))
                .hasMessage("cannot tell the chart format from 'chart': the file name must end in .png or .svg");
        assertThat(dir.resolve("chart.gif")).doesNotExist();
    }

    @Test
    void sizesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> ChartExport.png(talk(ChartOptions.DEFAULT), dir.resolve("a.png"), 99, 1080))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a chart must be between 100 and 16000 pixels wide and high, got 99x1080");
        assertThatThrownBy(() -> ChartExport.svg(talk(ChartOptions.DEFAULT), dir.resolve("a.svg"), 800, 16001))
                .hasMessage("a chart must be between 100 and 16000 pixels wide and high, got 800x16001");
        assertThat(dir.resolve("a.png")).doesNotExist();
    }

    @Test
    void exportsScaleFromTheDesignSize() {
        assertThat(ChartExport.scale(1920, 1080)).isEqualTo(1.5);
        assertThat(ChartExport.scale(1280, 720)).isEqualTo(1.0);
        assertThat(ChartExport.scale(3840, 1080)).isEqualTo(1.5);
    }

    @Test
    void anEmptyChartStillExports() throws IOException {
        Path file = dir.resolve("empty.png");
        ChartExport.png(TimingChart.create(new TimingDataset(), ChartOptions.DEFAULT, Fixtures.STYLES), file, 800, 450);
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(800);
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours;
    }
}
