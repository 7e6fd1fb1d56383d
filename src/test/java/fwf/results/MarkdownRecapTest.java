package fwf.results;

import fwf.bench.Measurement;
import fwf.bench.Plan;
import fwf.bench.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownRecapTest {
    private static final long MS = Fixtures.MS;

    @Test
    void theClosingTableAgainstCpython() {
        assertThat(MarkdownRecap.render(Fixtures.history())).isEqualTo("""
                | system             | fib(40) | triangles (4039 nodes) | fib × vs cpython | triangles × vs cpython | mean × |
                | ------------------ | ------: | ---------------------: | ---------------: | ---------------------: | -----: |
                | cpython            |  12.3 s |              2 min 0 s |            1.00× |                  1.00× |  1.00× |
                | jvm-c2 (boxed)     |  550 ms |                        |            22.4× |                        |  22.4× |
                | pypy               |  FAILED |                 4.70 s |                  |                  25.5× |  25.5× |
                | jvm-c2 (naive-int) |         |                 3.03 s |                  |                  39.7× |  39.7× |
                | jvm-c2 (primitive) |  281 ms |                        |            43.9× |                        |  43.9× |
                | c                  |   WRONG |                        |                  |                        |        |
                """);
    }

    @Test
    void aBaselineCanBeOneRowByItsLabel() {
        assertThat(MarkdownRecap.render(Fixtures.history().subList(0, 3), "jvm-c2 (boxed)")).isEqualTo("""
                | system             | fib(40) | fib × vs jvm-c2 (boxed) |  mean × |
                | ------------------ | ------: | ----------------------: | ------: |
                | cpython            |  12.3 s |                 0.0447× | 0.0447× |
                | jvm-c2 (boxed)     |  550 ms |                   1.00× |   1.00× |
                | jvm-c2 (primitive) |  281 ms |                   1.96× |   1.96× |
                """);
    }

    @Test
    void anUnknownBaselineIsRefusedWithTheRowsThereAre() {
        assertThatThrownBy(() -> MarkdownRecap.render(Fixtures.history().subList(0, 3), "pypy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no results for baseline 'pypy' (rows: cpython, jvm-c2 (primitive), jvm-c2 (boxed))");
    }

    @Test
    void withoutCpythonTheSlowestRowIsTheBaseline() {
        Plan one = new Plan(1, 3, 1);
        List<Measurement> runs = List.of(
                Fixtures.ok("1", Fixtures.request("fib", "naive", "c", 40, one), null, List.of(), List.of(100 * MS), "102334155"),
                Fixtures.ok("2", Fixtures.request("fib", "naive", "jvm-int", 40, one), null, List.of(), List.of(6_100 * MS), "102334155"),
                Fixtures.ok("3", Fixtures.request("fib", "naive", "jvm-c1", 40, one), null, List.of(), List.of(290 * MS), "102334155"));
        assertThat(MarkdownRecap.render(runs)).isEqualTo("""
                | system  | fib(40) | fib × vs jvm-int | mean × |
                | ------- | ------: | ---------------: | -----: |
                | jvm-int |  6.10 s |            1.00× |  1.00× |
                | jvm-c1  |  290 ms |            21.0× |  21.0× |
                | c       |  100 ms |            61.0× |  61.0× |
                """);
    }

    @Test
    void aSystemWithOneVariantPerWorkloadIsOneRowAsInTheTalk() {
        Plan one = new Plan(1, 3, 1);
        List<Measurement> runs = List.of(
                Fixtures.ok("1", Fixtures.request("fib", "recursive", "cpython", 40, one), null, List.of(), List.of(12_300 * MS), "102334155"),
                Fixtures.ok("2", Fixtures.request("triangles", "naive", "cpython", 4039, one), null, List.of(), List.of(120_000 * MS), "1612010"),
                Fixtures.ok("3", Fixtures.request("fib", "primitive", "jvm-c2", 40, one), null, List.of(), List.of(280 * MS), "102334155"),
                Fixtures.ok("4", Fixtures.request("triangles", "naive-primitive", "jvm-c2", 4039, one), null, List.of(), List.of(3_000 * MS), "1612010"));
        assertThat(MarkdownRecap.render(runs)).isEqualTo("""
                | system  | fib(40) | triangles (4039 nodes) | fib × vs cpython | triangles × vs cpython | mean × |
                | ------- | ------: | ---------------------: | ---------------: | ---------------------: | -----: |
                | cpython |  12.3 s |              2 min 0 s |            1.00× |                  1.00× |  1.00× |
                | jvm-c2  |  280 ms |                 3.00 s |            43.9× |                  40.0× |  41.9× |
                """);
    }

    @Test
    void severalSizesOfAWorkloadGetAColumnEachAndTheMeanIsGeometric() {
        Plan one = new Plan(1, 3, 1);
        List<Measurement> runs = List.of(
                Fixtures.ok("1", Fixtures.request("fib", "naive", "cpython", 30, one), null, List.of(), List.of(400 * MS), "832040"),
                Fixtures.ok("2", Fixtures.request("fib", "naive", "cpython", 35, one), null, List.of(), List.of(1_600 * MS), "9227465"),
                Fixtures.ok("3", Fixtures.request("fib", "naive", "pypy", 35, one), null, List.of(), List.of(16 * MS), "9227465"),
                Fixtures.ok("4", Fixtures.request("fib", "naive", "pypy", 30, one), null, List.of(), List.of(100 * MS), "832040"),
                Fixtures.ok("5", Fixtures.request("mean", "naive", "pypy", 10_000_000, one), null, List.of(), List.of(3 * MS), "0.5"));
        // pypy: 4x at fib(30), 100x at fib(35) -> geometric mean 20x (the arithmetic one, 52x,
        // would let the single big win speak for both)
        assertThat(MarkdownRecap.render(runs)).isEqualTo("""
                | system  | fib(30) | fib(35) | mean (10,000,000 floats) | fib(30) × vs cpython | fib(35) × vs cpython | mean × vs cpython | mean × |
                | ------- | ------: | ------: | -----------------------: | -------------------: | -------------------: | ----------------: | -----: |
                | cpython |  400 ms |  1.60 s |                          |                1.00× |                1.00× |                   |  1.00× |
                | pypy    |  100 ms | 16.0 ms |                  3.00 ms |                4.00× |                 100× |                   |  20.0× |
                """);
    }

    @Test
    void aLaterFailureDoesNotHideAnEarlierTimeButAFailureAloneShowsItsWord() {
        Plan one = new Plan(1, 3, 1);
        List<Measurement> runs = new ArrayList<>(List.of(
                Fixtures.ok("1", Fixtures.request("fib", "naive", "cpython", 40, one), null, List.of(), List.of(12_300 * MS), "102334155"),
                Fixtures.failed("2", Fixtures.request("fib", "naive", "cpython", 40, one), null, Status.TIMEOUT, null, "102334155", "killed"),
                Fixtures.failed("3", Fixtures.request("fib", "naive", "pypy", 40, one), null, Status.WRONG, "1", "102334155", "wrong"),
                Fixtures.failed("4", Fixtures.request("fib", "naive", "pypy", 40, one), null, Status.TIMEOUT, null, "102334155", "killed"),
                Fixtures.failed("5", Fixtures.request("fib", "naive", "mojo", 40, one), null, Status.CANCELLED, null, "102334155", "stopped")));
        assertThat(MarkdownRecap.render(runs)).isEqualTo("""
                | system  | fib(40) | fib × vs cpython | mean × |
                | ------- | ------: | ---------------: | -----: |
                | cpython |  12.3 s |            1.00× |  1.00× |
                | pypy    | TIMEOUT |                  |        |
                """);
    }

    @Test
    void nothingToShowIsAnEmptyText() {
        assertThat(MarkdownRecap.render(List.of())).isEmpty();
        assertThat(MarkdownRecap.render(Fixtures.history().subList(10, 11))).isEmpty(); // one cancelled run
    }

    @Test
    void pipesInNamesCannotBreakTheTable() {
        List<Measurement> runs = List.of(Fixtures.ok("1", Fixtures.request("fib", "naive", "a|b", 40, new Plan(1, 3, 1)),
                null, List.of(), List.of(MS), "102334155"));
        assertThat(MarkdownRecap.render(runs)).isEqualTo("""
                | system | fib(40) | fib × vs a\\|b | mean × |
                | ------ | ------: | ------------: | -----: |
                | a\\|b   | 1.00 ms |         1.00× |  1.00× |
                """);
    }

    @Test
    void speedUpsKeepThreeSignificantFigures() {
        assertThat(MarkdownRecap.times(1.0)).isEqualTo("1.00×");
        assertThat(MarkdownRecap.times(42.06)).isEqualTo("42.1×");
        assertThat(MarkdownRecap.times(9.996)).isEqualTo("10.0×");
        assertThat(MarkdownRecap.times(123.4)).isEqualTo("123×");
        assertThat(MarkdownRecap.times(1234.5)).isEqualTo("1230×");
        assertThat(MarkdownRecap.times(0.5)).isEqualTo("0.500×");
        assertThat(MarkdownRecap.times(0.08123)).isEqualTo("0.0812×");
        assertThat(MarkdownRecap.times(null)).isEmpty();
    }

    @Test
    void columnsAreNamedTheWayTheTalkNamesThem() {
        assertThat(MarkdownRecap.columnLabel("fib", 40)).isEqualTo("fib(40)");
        assertThat(MarkdownRecap.columnLabel("triangles", 4039)).isEqualTo("triangles (4039 nodes)");
        assertThat(MarkdownRecap.columnLabel("mean", 10_000_000)).isEqualTo("mean (10,000,000 floats)");
        assertThat(MarkdownRecap.columnLabel("triangles", 0)).isEqualTo("triangles");
        assertThat(MarkdownRecap.columnLabel("sort", 500)).isEqualTo("sort (500)");
    }
}
