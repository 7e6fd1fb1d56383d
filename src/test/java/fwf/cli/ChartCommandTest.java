package fwf.cli;

import fwf.results.Journal;
import fwf.run.Environment;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Stats;
import fwf.run.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

class ChartCommandTest {
    private static final long MS = 1_000_000L;
    private static final Environment ENV = new Environment("jvm-c2", "25", "25", List.of(), "Test CPU", 2, "Linux",
            Instant.parse("2026-11-25T10:00:00Z"), "0.1.0");

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    /** The command line with chart registered (by Main once the lead adds it, else here). */
    static Result fwf(String... args) {
        CommandLine cl = Main.commandLine();
        if (!cl.getSubcommands().containsKey("chart")) {
            cl.addSubcommand("chart", new ChartCommand());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static Measurement ok(String workload, String variant, String system, long... samples) {
        List<Long> list = java.util.Arrays.stream(samples).boxed().toList();
        RunRequest r = RunRequest.ofNames(workload, variant, system, 0, null, new Plan(1, samples.length, 1), List.of(), null);
        return new Measurement(system + variant, r, Status.OK, "1", "1", MS, List.of(samples[0]), list, Stats.of(list),
                ENV, null, List.of());
    }

    private static Measurement timeout(String workload, String system) {
        RunRequest r = RunRequest.ofNames(workload, "primitive", system, 0, null, new Plan(1, 3, 1), List.of(), null);
        return new Measurement("t" + system, r, Status.TIMEOUT, null, "1", 0, List.of(), List.of(), null, ENV,
                "killed after 60 s", List.of());
    }

    private Path journal(Measurement... ms) throws IOException {
        Path file = dir.resolve("results.jsonl");
        Journal j = Journal.open(file);
        for (Measurement m : ms) {
            j.append(m);
        }
        return file;
    }

    private Path sevenBars() throws IOException {
        return journal(
                ok("fib", "primitive", "jvm-int", 6_100 * MS, 6_000 * MS, 6_200 * MS),
                ok("fib", "primitive", "jvm-c1", 290 * MS, 300 * MS, 280 * MS),
                ok("fib", "primitive", "jvm-c2", 280 * MS, 290 * MS, 270 * MS),
                ok("fib", "boxed", "jvm-c2", 550 * MS, 560 * MS, 540 * MS),
                timeout("fib", "jvm-c2-only"),
                ok("mean", "loop", "jvm-c2", 9 * MS, 10 * MS, 9 * MS),
                ok("mean", "vector", "jvm-c2", 2 * MS, 2 * MS, 2 * MS));
    }

    @Test
    void writesAPngOfTheAskedSizeFromTheJournal() throws IOException {
        Path results = sevenBars();
        Path out = dir.resolve("chart.png");
        Result r = fwf("chart", "--out", out.toString(), "--results", results.toString(), "--width", "1600",
                "--height", "900", "--presenter", "--log", "--sort");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + out + " (1600x900, 7 bars)" + System.lineSeparator());
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
    }

    @Test
    void theDefaultSizeIs1920x1080AndSvgWorksToo() throws IOException {
        Path results = sevenBars();
        Path out = dir.resolve("chart.svg");
        Result r = fwf("chart", "--out", out.toString(), "--results", results.toString(), "--workload", "fib",
                "--relative", "jvm-int", "--errors", "minmax", "--split", "--title", "The ladder");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + out + " (1920x1080, 5 bars)" + System.lineSeparator());
        assertThat(Files.readString(out)).contains("The ladder").contains("21× faster").contains("TIMEOUT")
                .doesNotContain("mean (");
    }

    @Test
    void onlyResultsSinceTheLastFreshBoardUnlessAll() throws IOException {
        Path results = sevenBars();
        Journal.open(results).startBoard(Instant.parse("2026-11-25T11:00:00Z"));
        Journal.open(results).append(ok("fib", "primitive", "jvm-c2", 280 * MS));
        Path out = dir.resolve("board.png");
        assertThat(fwf("chart", "--out", out.toString(), "--results", results.toString()).out())
                .isEqualTo("wrote " + out + " (1920x1080, 1 bar)" + System.lineSeparator());
        assertThat(fwf("chart", "--out", out.toString(), "--results", results.toString(), "--all").out())
                .isEqualTo("wrote " + out + " (1920x1080, 7 bars)" + System.lineSeparator());
    }

    @Test
    void damagedLinesAreWarnedAboutAndSkipped() throws IOException {
        Path results = sevenBars();
        Files.writeString(results, "{not json\n", java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("chart.png");
        Result r = fwf("chart", "--out", out.toString(), "--results", results.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).startsWith("fwf: warning: results.jsonl:8: skipped a damaged record");
        assertThat(r.out()).contains("7 bars");
    }

    @Test
    void anUnknownFormatIsRefusedBeforeReadingAnything() {
        Result r = fwf("chart", "--out", dir.resolve("chart.gif").toString(), "--results", dir.resolve("none.jsonl").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: cannot tell the chart format from 'chart.gif': the file name must end in .png or .svg"
                + System.lineSeparator());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aTinyWidthIsRefused() throws IOException {
        Result r = fwf("chart", "--out", dir.resolve("c.png").toString(), "--results", sevenBars().toString(),
                "--width", "99");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: a chart must be between 100 and 16000 pixels wide and high, got 99x1080"
                + System.lineSeparator());
        assertThat(dir.resolve("c.png")).doesNotExist();
    }

    @Test
    void noResultsIsAnError() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        Result r = fwf("chart", "--out", dir.resolve("c.png").toString(), "--results", empty.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: no results in " + empty + ": run some first (./fwf run)" + System.lineSeparator());
    }

    @Test
    void aMissingJournalIsNamed() {
        Path missing = dir.resolve("missing.jsonl");
        Result r = fwf("chart", "--out", dir.resolve("c.png").toString(), "--results", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: " + missing + ": no such file" + System.lineSeparator());
    }

    @Test
    void aWorkloadWithoutResultsIsAnError() throws IOException {
        Path results = sevenBars();
        Result r = fwf("chart", "--out", dir.resolve("c.png").toString(), "--results", results.toString(),
                "--workload", "triangles");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: no results for workload 'triangles' in " + results + ": it holds fib, mean"
                + System.lineSeparator());
    }

    @Test
    void aBaselineWithoutAValidResultIsAnError() throws IOException {
        Path results = sevenBars();
        Result r = fwf("chart", "--out", dir.resolve("c.png").toString(), "--results", results.toString(),
                "--relative", "jvm-c2-only");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: no valid result of system 'jvm-c2-only' to compare with; systems with results: "
                + "jvm-c1, jvm-c2, jvm-c2-only, jvm-int" + System.lineSeparator());
        Result w = fwf("chart", "--out", dir.resolve("c.png").toString(), "--results", results.toString(),
                "--relative", "cpython", "--workload", "mean");
        assertThat(w.err()).isEqualTo("fwf: no valid result of system 'cpython' to compare with for workload 'mean'; "
                + "systems with results: jvm-c2" + System.lineSeparator());
    }

    @Test
    void aBadWhiskerKindIsAUsageError() {
        Result r = fwf("chart", "--out", dir.resolve("c.png").toString(), "--errors", "sd");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("fwf: Invalid value for option '--errors': expected one of [iqr, minmax, none]");
    }

    @Test
    void outIsRequiredAndHelpListsTheOptions() {
        Result missing = fwf("chart");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("fwf: Missing required option: '--out=FILE'");
        Result help = fwf("chart", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: fwf chart").contains("--out=FILE").contains("--relative=SYSTEM")
                .contains("--presenter").contains("--log").contains("--width=W").contains("--height=H");
    }

    private static Measurement okAt(String workload, String variant, String system, int size, long ns) {
        RunRequest r = RunRequest.ofNames(workload, variant, system, size, null, new Plan(1, 1, 1), List.of(), null);
        return new Measurement(system + variant + size, r, Status.OK, "1", "1", MS, List.of(ns), List.of(ns),
                Stats.of(List.of(ns)), ENV, null, List.of());
    }

    /** fib at n = 20..24 whose medians grow 1.5x per step on jvm-c2 and 2x on jvm-int, and a mean. */
    private Path sweptFib() throws IOException {
        List<Measurement> ms = new java.util.ArrayList<>();
        for (int n = 20; n <= 24; n++) {
            ms.add(okAt("fib", "primitive", "jvm-c2", n, Math.round(MS * Math.pow(1.5, n - 20))));
            ms.add(okAt("fib", "primitive", "jvm-int", n, Math.round(50 * MS * Math.pow(2, n - 20))));
        }
        ms.add(okAt("mean", "loop", "jvm-c2", 1_000_000, MS));
        return journal(ms.toArray(Measurement[]::new));
    }

    @Test
    void growthDrawsALinePerVariantAndSystemWithItsFit() throws IOException {
        Path results = sweptFib();
        Path out = dir.resolve("growth.png");
        Result r = fwf("chart", "--growth", "--workload", "fib", "--out", out.toString(), "--results", results.toString(),
                "--width", "1280", "--height", "720");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        String nl = System.lineSeparator();
        assertThat(r.out()).isEqualTo("wrote " + out + " (1280x720, 2 lines)" + nl
                + "  primitive on jvm-c2: time ~ 1.500^n" + nl
                + "  primitive on jvm-int: time ~ 2.000^n" + nl);
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);

        Path svg = dir.resolve("growth.svg");
        Result titled = fwf("chart", "--growth", "--workload", "fib", "--out", svg.toString(), "--results",
                results.toString(), "--title", "Recursion grows");
        assertThat(titled.exit()).as(titled.err()).isZero();
        assertThat(Files.readString(svg)).contains("Recursion grows").contains("time ~ 2.000^n");
    }

    @Test
    void growthNeedsOneWorkloadAndALine() throws IOException {
        Path results = sweptFib();
        Result both = fwf("chart", "--growth", "--out", dir.resolve("g.png").toString(), "--results", results.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("fwf: --growth draws one workload: choose one with --workload (fib, mean)"
                + System.lineSeparator());
        Result one = fwf("chart", "--growth", "--workload", "mean", "--out", dir.resolve("g.png").toString(),
                "--results", results.toString());
        assertThat(one.exit()).isEqualTo(2);
        assertThat(one.err()).isEqualTo("fwf: nothing to fit for mean in " + results + ": a line needs one variant on"
                + " one system at two or more sizes (./fwf sweep mean makes them)" + System.lineSeparator());
        assertThat(dir.resolve("g.png")).doesNotExist();
    }

    @Test
    void growthRefusesTheBarChartsOptions() {
        Result r = fwf("chart", "--growth", "--out", dir.resolve("g.png").toString(), "--sort", "--errors", "none",
                "--relative", "cpython");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: --growth draws lines, not bars: leave out --relative, --sort, --errors"
                + System.lineSeparator());
    }
}
