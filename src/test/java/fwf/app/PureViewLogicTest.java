package fwf.app;

import fwf.chart.ChartExport;
import fwf.results.Recap;
import fwf.results.RecapTiming;
import fwf.run.Measurement;
import fwf.run.Status;
import fwf.workload.Catalogue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The logic behind the views that needs no window: recap parsing, export fields, sentences, offers. */
class PureViewLogicTest {
    @Test
    void theRecapKeepsTheChosenBaselineWhileItIsOnTheBoardAndFallsBackWhenItLeaves() {
        Measurement c2 = Results.ok(Results.request("fib", "primitive", "jvm-c2", 25), 1_000_000);
        Measurement c1 = Results.ok(Results.request("fib", "primitive", "jvm-c1", 25), 2_000_000);
        Recap against = RecapView.recap(List.of(c2, c1), "Java C2 (tiered)", RecapTiming.WARM);
        assertThat(against.baseline()).isEqualTo("jvm-c2");
        assertThat(against.tables().getFirst().rows()).extracting(r -> r.get(3)).containsExactly("2.00", "1.00");
        Recap gone = RecapView.recap(List.of(c2, c1), "CPython", RecapTiming.WARM);
        assertThat(gone.baseline()).isEqualTo("jvm-c1"); // the default without CPython: the first row
        assertThat(gone.tables().getFirst().rows()).extracting(r -> r.get(3)).containsExactly("1.00", "0.500");
    }

    @Test
    void exportFieldsAreCheckedAndTheExtensionFollowsTheFormat() {
        assertThat(ExportDialog.parse(ChartExport.Format.PNG, "1920", "1080", "/tmp/chart"))
                .isEqualTo(new ExportDialog.Choice(ChartExport.Format.PNG, 1920, 1080, Path.of("/tmp/chart.png")));
        assertThat(ExportDialog.parse(ChartExport.Format.SVG, "800", "450", "/tmp/chart.png").file())
                .isEqualTo(Path.of("/tmp/chart.svg"));
        assertThatThrownBy(() -> ExportDialog.parse(ChartExport.Format.PNG, "99", "1080", "/tmp/c.png"))
                .hasMessage("width must be a whole number from 100 to 16,000, got '99'");
        assertThatThrownBy(() -> ExportDialog.parse(ChartExport.Format.PNG, "1920", "16001", "/tmp/c.png"))
                .hasMessage("height must be a whole number from 100 to 16,000, got '16001'");
        assertThatThrownBy(() -> ExportDialog.parse(ChartExport.Format.PNG, "1920", "1080", "  "))
                .hasMessage("choose a file to save to");
        assertThat(ExportDialog.withExtension("shot.PNG", ChartExport.Format.PNG)).isEqualTo("shot.PNG");
    }

    @Test
    void theStatusBarsSentences() {
        Measurement ok = Results.ok(Results.request("fib", "primitive", "jvm-c2", 25), 281_000, 281_000, 281_000);
        assertThat(Outcomes.finished(ok)).isEqualTo("fib(25) primitive on Java C2 (tiered): 75025 verified, median 281 us (n = 3)");
        Measurement wrong = new Measurement("w", ok.request(), Status.WRONG, "75026", "75025", 0, List.of(), ok.samplesNs(),
                ok.stats(), Results.ENV, "answer 75026, expected 75025", List.of());
        assertThat(Outcomes.finished(wrong)).isEqualTo("fib(25) primitive on Java C2 (tiered): WRONG answer 75026, expected 75025");
        Measurement failed = new Measurement("f", ok.request(), Status.FAILED, null, "75025", 0, List.of(), List.of(), null,
                Results.ENV, "the worker exited with status 1\nstderr: boom", List.of());
        assertThat(Outcomes.finished(failed)).isEqualTo("fib(25) primitive on Java C2 (tiered): FAILED: the worker exited with status 1");
        assertThat(Outcomes.elapsed(12_345_678_901L)).isEqualTo("12.3 s");
        assertThat(Outcomes.elapsed(99_999_999L)).isEqualTo("0.0 s");
    }

    @Test
    void friendsVariantsAreOfferedAfterJavasAndRunOnlyWhereTheyExist() {
        List<String> fib = Offer.variants(Catalogue.FIB);
        assertThat(fib.subList(0, Catalogue.FIB.variants().size())).isEqualTo(Catalogue.FIB.variantNames());
        assertThat(fib).contains("recursive", "cfunc").doesNotHaveDuplicates();
        var c2 = fwf.friends.Systems.JVM_C2;
        var cpython = fwf.friends.Systems.CPYTHON;
        assertThat(Offer.runs(c2, Catalogue.FIB, "primitive")).isTrue();
        assertThat(Offer.runs(c2, Catalogue.FIB, "recursive")).isFalse();
        assertThat(Offer.runs(cpython, Catalogue.FIB, "recursive")).isTrue();
        assertThat(Offer.runs(cpython, Catalogue.FIB, "primitive")).isFalse();
        assertThat(Offer.lesson(Catalogue.FIB, "recursive")).startsWith("The talk's naive recursion");
    }
}
