package fwf.results;

import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static fwf.results.Fixtures.MS;
import static fwf.results.RecapFixtures.FACEBOOK;
import static fwf.results.RecapFixtures.fib;
import static fwf.results.RecapFixtures.mean;
import static fwf.results.RecapFixtures.ok;
import static fwf.results.RecapFixtures.triangles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The talk's table: its shape, names, baseline, relative values worked out by hand, marks, timings and sizes. */
class MarkdownRecapTest {
    private static final String TALK = """
                The talk's own figures (its slides: one call in a fresh process; relative to python 3.10):

                | system (the talk) | time fib(40) | time triangles (ego-Facebook) | relative fib | relative triangles | relative mean |
                | ----------------- | -----------: | ----------------------------: | -----------: | -----------------: | ------------: |
                | python 3.10       |      31.90 s |                      133.96 s |         1.00 |               1.00 |          1.00 |
                | python 3.11       |      19.15 s |                      123.02 s |        0.600 |              0.918 |         0.759 |
                | pypy3             |       5.92 s |                        6.00 s |        0.186 |             0.0448 |         0.115 |
                | cython            |       6.85 s |                      127.81 s |        0.215 |              0.954 |         0.584 |
                | mypyc             |       1.68 s |                      117.16 s |       0.0527 |              0.875 |         0.464 |
                | pyo3              |       0.71 s |                        3.39 s |       0.0223 |             0.0253 |        0.0238 |
                | mojo              |       0.37 s |                  not measured |       0.0116 |                    |               |
                """;

    @Test
    void theTalksTableColdAgainstCpythonWithTheMeanAndTheTalksFigures() {
        // By hand, cold: PyPy 1.80 / 12.4 = 0.145 and 6.00 / 120 = 0.0500, mean 0.0976; Java C2
        // 310 ms / 12.4 s = 0.0250 and 3.20 / 120 = 0.0267, mean 0.0258; its mean 60 / 900 = 0.0667.
        assertThat(MarkdownRecap.render(RecapFixtures.talk())).isEqualTo("""
                The talk's table, measured here (fib(40) and the naive triangle count on facebook_combined.txt (4,039 nodes)); cold: one call in a fresh process, its warm-up included, as the talk timed it; relative: time over CPython's (smaller is faster), relative mean: the mean of the two.

                | system           | time fib(40) | time triangles (4,039 nodes) | relative fib | relative triangles | relative mean |
                | ---------------- | -----------: | ---------------------------: | -----------: | -----------------: | ------------: |
                | CPython          |       12.4 s |                    2 min 0 s |         1.00 |               1.00 |          1.00 |
                | PyPy †           |       1.80 s |                       6.00 s |        0.145 |             0.0500 |        0.0976 |
                | Java C2 (tiered) |       310 ms |                       3.20 s |       0.0250 |             0.0267 |        0.0258 |
                | C (gcc -O2)      |        WRONG |                              |              |                    |               |

                † PyPy: fib ran `recursive-n1-first`, not its talk variant `recursive`.

                Mean of 10,000,000 float32 (draw-mean, five rounds, all timed); cold: one call in a fresh process, its warm-up included, as the talk timed it; relative: time over CPython's.

                | system           |   variant |    time | relative | measured rounds |
                | ---------------- | --------: | ------: | -------: | --------------: |
                | CPython          | draw-mean |  900 ms |     1.00 |               5 |
                | Java C2 (tiered) | draw-mean | 60.0 ms |   0.0667 |               5 |
                """ + "\n" + TALK);
    }

    @Test
    void warmTimesAgainstAChosenBaseline() {
        // By hand, warm against PyPy: CPython 12.3 / 1.45 = 8.48 and 118 / 4.80 = 24.6, mean 16.5;
        // Java C2 0.280 / 1.45 = 0.193 and 3.00 / 4.80 = 0.625, mean 0.409. PyPy ran no mean: no relative there.
        assertThat(MarkdownRecap.render(RecapFixtures.talk(), "pypy", RecapTiming.WARM)).isEqualTo("""
                The talk's table, measured here (fib(40) and the naive triangle count on facebook_combined.txt (4,039 nodes)); warm: the median of the measured iterations; relative: time over PyPy's (smaller is faster), relative mean: the mean of the two.

                | system           | time fib(40) | time triangles (4,039 nodes) | relative fib | relative triangles | relative mean |
                | ---------------- | -----------: | ---------------------------: | -----------: | -----------------: | ------------: |
                | CPython          |       12.3 s |                   1 min 58 s |         8.48 |               24.6 |          16.5 |
                | PyPy †           |       1.45 s |                       4.80 s |         1.00 |               1.00 |          1.00 |
                | Java C2 (tiered) |       280 ms |                       3.00 s |        0.193 |              0.625 |         0.409 |
                | C (gcc -O2)      |        WRONG |                              |              |                    |               |

                † PyPy: fib ran `recursive-n1-first`, not its talk variant `recursive`.

                Mean of 10,000,000 float32 (draw-mean, five rounds, all timed); warm: the median of the measured iterations; relative: time over PyPy's.

                | system           |   variant |    time | relative | measured rounds |
                | ---------------- | --------: | ------: | -------: | --------------: |
                | CPython          | draw-mean |  810 ms |          |               5 |
                | Java C2 (tiered) | draw-mean | 51.0 ms |          |               5 |
                """ + "\n" + TALK);
    }

    @Test
    void theBaselineMayBeNamedByItsLabelAndReadsOne() {
        Recap recap = MarkdownRecap.recap(RecapFixtures.talk(), "Java C2 (tiered)", RecapTiming.COLD);
        assertThat(recap.baseline()).isEqualTo("jvm-c2");
        RecapTable main = recap.tables().getFirst();
        assertThat(main.rows()).extracting(r -> r.getFirst()).containsExactly("CPython", "PyPy †", "Java C2 (tiered)", "C (gcc -O2)");
        assertThat(main.rows().get(2).subList(3, 6)).containsExactly("1.00", "1.00", "1.00");
        // 12.4 s / 310 ms = 40.0, 120 s / 3.20 s = 37.5, mean 38.75: three figures, half up
        assertThat(main.rows().get(0).subList(3, 6)).containsExactly("40.0", "37.5", "38.8");
        assertThat(recap.systems()).containsExactly("cpython", "pypy", "jvm-c2", "c");
    }

    @Test
    void aBaselineWithNoRowIsRefusedWithTheRowsThereAre() {
        assertThatThrownBy(() -> MarkdownRecap.render(RecapFixtures.talk(), "rust"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no results for baseline 'rust' (rows: cpython, pypy, jvm-c2, c)");
        // mypyc's only run was cancelled: no row
        assertThatThrownBy(() -> MarkdownRecap.render(RecapFixtures.talk(), "mypyc"))
                .hasMessage("no results for baseline 'mypyc' (rows: cpython, pypy, jvm-c2, c)");
    }

    @Test
    void newFriendsFollowTheirFamilyNumbaAfterThePythonRowsGraalAfterTheJvmLadder() {
        List<Measurement> runs = List.of(
                ok("1", fib("jvm-graal", "primitive", 40), List.of(400 * MS), List.of(300 * MS), "102334155"),
                ok("2", fib("c", "recursive", 40), List.of(300 * MS), List.of(300 * MS), "102334155"),
                ok("3", fib("numba", "recursive", 40), List.of(1_000 * MS), List.of(900 * MS), "102334155"),
                ok("4", fib("jvm-c2", "primitive", 40), List.of(500 * MS), List.of(450 * MS), "102334155"),
                ok("5", fib("pypy", "recursive", 40), List.of(4_000 * MS), List.of(1_000 * MS), "102334155"),
                ok("6", fib("cpython", "recursive", 40), List.of(20_000 * MS), List.of(19_000 * MS), "102334155"));
        Recap recap = MarkdownRecap.recap(runs, null, RecapTiming.COLD);
        assertThat(recap.tables().getFirst().rows()).extracting(r -> r.getFirst()).containsExactly(
                "CPython", "PyPy", "Numba", "Java C2 (tiered)", "Java Graal JIT", "C (gcc -O2)");
        assertThat(recap.tables().getFirst().rows().get(2).subList(1, 4)).containsExactly("1.00 s", "", "0.0500");
    }

    @Test
    void withoutCpythonTheFirstRowIsTheBaseline() {
        List<Measurement> runs = List.of(
                ok("1", fib("jvm-c2", "primitive", 40), List.of(300 * MS), List.of(280 * MS), "102334155"),
                ok("2", fib("jvm-int", "primitive", 40), List.of(6_000 * MS), List.of(5_900 * MS), "102334155"));
        Recap recap = MarkdownRecap.recap(runs, null, RecapTiming.COLD);
        assertThat(recap.baseline()).isEqualTo("jvm-int");
        assertThat(recap.tables().getFirst().rows()).containsExactly(
                List.of("Java -Xint", "6.00 s", "", "1.00", "", ""),
                List.of("Java C2 (tiered)", "300 ms", "", "0.0500", "", ""));
        assertThat(recap.tables().getFirst().caption()).isEqualTo("The talk's table, measured here (fib(40)); cold: one call in"
                + " a fresh process, its warm-up included, as the talk timed it; relative: time over Java -Xint's (smaller is"
                + " faster), relative mean: the mean of the two.");
    }

    @Test
    void withoutTheTalksSizeTheLargestIsShownAndTheHeaderSaysWhich() {
        List<Measurement> runs = List.of(
                ok("1", fib("cpython", "recursive", 30), List.of(100 * MS), List.of(90 * MS), "832040"),
                ok("2", fib("cpython", "recursive", 25), List.of(10 * MS), List.of(9 * MS), "75025"),
                ok("3", triangles("cpython", "naive", 1000, FACEBOOK), List.of(2_000 * MS), List.of(1_900 * MS), "1"),
                ok("4", triangles("cpython", "naive", 500, null), List.of(900 * MS), List.of(800 * MS), "1"));
        RecapTable main = MarkdownRecap.recap(runs, null, RecapTiming.COLD).tables().getFirst();
        assertThat(main.header()).containsExactly("system", "time fib(30)", "time triangles (1,000 nodes)", "relative fib",
                "relative triangles", "relative mean");
        assertThat(main.caption()).startsWith("The talk's table, measured here (fib(30) and the naive triangle count on"
                + " facebook_combined.txt (1,000 nodes)); cold:");
        assertThat(main.rows()).containsExactly(List.of("CPython", "100 ms", "2.00 s", "1.00", "1.00", "1.00"));
        assertThat(main.notes()).isEmpty();
    }

    @Test
    void theTalksVariantWinsOverALaterOtherVariantAndALaterFailureDoesNotHideAnEarlierTime() {
        List<Measurement> runs = new ArrayList<>(List.of(
                ok("1", fib("cpython", "recursive", 40), List.of(12_400 * MS), List.of(12_300 * MS), "102334155"),
                Fixtures.failed("2", fib("cpython", "recursive", 40), null, Status.TIMEOUT, null, "102334155", "killed"),
                ok("3", fib("cpython", "recursive-n1-first", 40), List.of(11_000 * MS), List.of(10_000 * MS), "102334155"),
                Fixtures.failed("4", fib("pypy", "recursive", 40), null, Status.WRONG, "1", "102334155", "wrong"),
                Fixtures.failed("5", fib("pypy", "recursive", 40), null, Status.TIMEOUT, null, "102334155", "killed"),
                Fixtures.failed("6", fib("cython", "typed", 40), null, Status.FAILED, null, "102334155", "no compiler")));
        RecapTable main = MarkdownRecap.recap(runs, null, RecapTiming.COLD).tables().getFirst();
        assertThat(main.rows()).containsExactly(
                List.of("CPython", "12.4 s", "", "1.00", "", ""),
                List.of("PyPy", "TIMEOUT", "", "", "", ""),
                List.of("Cython", "FAILED", "", "", "", ""));
        assertThat(main.notes()).isEmpty();
    }

    @Test
    void aFirstIterationIsTheColdTimeWhenThereWasNoWarmup() {
        List<Measurement> runs = List.of(ok("1", RecapFixtures.mean("jvm-c2", "draw-mean", 10_000_000, Plan.rounds(5, 1)),
                List.of(), List.of(70 * MS, 50 * MS, 52 * MS, 51 * MS, 49 * MS), "0.5"));
        assertThat(MarkdownRecap.recap(runs, null, RecapTiming.COLD).tables().getFirst().rows())
                .containsExactly(List.of("Java C2 (tiered)", "draw-mean", "70.0 ms", "1.00", "5"));
        assertThat(MarkdownRecap.recap(runs, null, RecapTiming.WARM).tables().getFirst().rows())
                .containsExactly(List.of("Java C2 (tiered)", "draw-mean", "51.0 ms", "1.00", "5"));
    }

    @Test
    void aMeanVariantOffTheTalkIsMarkedAndNamed() {
        List<Measurement> runs = List.of(
                ok("1", RecapFixtures.mean("cpython", "numpy", 10_000_000, new Plan(1, 3, 1)), List.of(30 * MS),
                        List.of(20 * MS, 21 * MS, 19 * MS), "0.5"),
                ok("2", RecapFixtures.mean("c", "loop", 10_000_000, new Plan(1, 3, 1)), List.of(12 * MS),
                        List.of(10 * MS, 10 * MS, 10 * MS), "0.5"));
        RecapTable mean = MarkdownRecap.recap(runs, null, RecapTiming.COLD).tables().getFirst();
        assertThat(mean.rows()).containsExactly(
                List.of("CPython †", "numpy", "30.0 ms", "1.00", "3"),
                List.of("C (gcc -O2)", "loop", "12.0 ms", "0.400", "3"));
        assertThat(mean.notes()).containsExactly("† CPython: mean ran `numpy`, not its talk variant `draw-mean`.");
    }

    @Test
    void nothingToShowIsAnEmptyText() {
        assertThat(MarkdownRecap.render(List.of())).isEmpty();
        assertThat(MarkdownRecap.render(Fixtures.history().subList(10, 11))).isEmpty(); // one cancelled run
        assertThat(MarkdownRecap.recap(List.of(), null, RecapTiming.COLD).tables()).isEmpty();
    }

    @Test
    void pipesInNamesCannotBreakTheTable() {
        // System names come from the catalogue; a variant's is the journal's, kept as recorded.
        List<Measurement> runs = List.of(ok("1", mean("c", "a|b", 10_000_000, new Plan(0, 3, 1)), List.of(MS),
                List.of(MS), "0.5"));
        assertThat(MarkdownRecap.render(runs)).contains("\n| C (gcc -O2) † |    a\\|b | 1.00 ms |")
                .contains("\n† C (gcc -O2): mean ran `a|b`, not its talk variant `loop`.\n");
    }

    @Test
    void relativeValuesKeepThreeSignificantFigures() {
        assertThat(MarkdownRecap.relative(1.0)).isEqualTo("1.00");
        assertThat(MarkdownRecap.relative(42.06)).isEqualTo("42.1");
        assertThat(MarkdownRecap.relative(9.996)).isEqualTo("10.0");
        assertThat(MarkdownRecap.relative(123.4)).isEqualTo("123");
        assertThat(MarkdownRecap.relative(1234.5)).isEqualTo("1230");
        assertThat(MarkdownRecap.relative(0.5)).isEqualTo("0.500");
        assertThat(MarkdownRecap.relative(0.08123)).isEqualTo("0.0812");
        assertThat(MarkdownRecap.relative(null)).isEmpty();
    }

    @Test
    void theTalksFiguresAreItsSlidesRelativeToPython310() {
        assertThat(TalkFigures.table().markdown()).isEqualTo(TALK);
        assertThat(TalkFigures.table().talks()).isTrue();
    }

    @Test
    void theWorkTableGivesEachSystemsRateInItsAlgorithmsUnit() {
        // fib(40) makes 331,160,281 calls: in 12.3 s (CPython's median) 26.9 M a second; the naive
        // count examines 11,364,560,356 elements: in 118 s, 96.3 M a second.
        List<Measurement> runs = List.of(
                ok("1", fib("cpython", "recursive", 40), List.of(12_400 * MS), List.of(12_300 * MS), "102334155")
                        .withOperations(331_160_281L),
                ok("2", RecapFixtures.triangles("cpython", "naive", 4039, RecapFixtures.FACEBOOK), List.of(120_000 * MS),
                        List.of(118_000 * MS), "1612010").withOperations(11_364_560_356L),
                ok("3", fib("jvm-c2", "primitive", 40), List.of(300 * MS), List.of(280 * MS), "102334155"));
        Recap recap = MarkdownRecap.recap(runs, null, RecapTiming.WARM);
        RecapTable work = recap.tables().stream().filter(t -> t.header().contains("fib: calls a second"))
                .findFirst().orElseThrow();
        assertThat(work.rows()).containsExactly(List.of("CPython", "26.92 M/s", "96.31 M/s"));
    }
}
