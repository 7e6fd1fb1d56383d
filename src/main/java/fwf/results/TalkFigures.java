package fwf.results;

import java.util.ArrayList;
import java.util.List;

/**
 * The talk's own closing table, from its slides: seconds for fib(40) and for the naive triangle
 * count over all of ego-Facebook, one call in a fresh process each, with the relative columns
 * computed as the talk did, against python 3.10.
 */
public final class TalkFigures {
    /**
     * One row of the slides.
     *
     * @param system    as the slides name it
     * @param fib       fib(40) in seconds, as printed
     * @param triangles the triangle count in seconds as printed, null where the talk did not measure it
     */
    record Row(String system, String fib, String triangles) {
    }

    static final List<Row> ROWS = List.of(
            new Row("python 3.10", "31.90", "133.96"),
            new Row("python 3.11", "19.15", "123.02"),
            new Row("pypy3", "5.92", "6.00"),
            new Row("cython", "6.85", "127.81"),
            new Row("mypyc", "1.68", "117.16"),
            new Row("pyo3", "0.71", "3.39"),
            new Row("mojo", "0.37", null));

    private TalkFigures() {
    }

    /** The slides' table, its times as printed and its relative columns computed against its first row. */
    static RecapTable table() {
        Row base = ROWS.getFirst();
        List<List<String>> rows = new ArrayList<>();
        for (Row r : ROWS) {
            Double fib = Double.parseDouble(r.fib()) / Double.parseDouble(base.fib());
            Double triangles = r.triangles() == null ? null
                    : Double.parseDouble(r.triangles()) / Double.parseDouble(base.triangles());
            rows.add(List.of(r.system(), r.fib() + " s", r.triangles() == null ? "not measured" : r.triangles() + " s",
                    MarkdownRecap.relative(fib), MarkdownRecap.relative(triangles),
                    MarkdownRecap.relative(triangles == null ? null : (fib + triangles) / 2)));
        }
        return new RecapTable("The talk's own figures (its slides: one call in a fresh process; relative to python 3.10):",
                List.of("system (the talk)", "time fib(40)", "time triangles (ego-Facebook)", "relative fib",
                        "relative triangles", "relative mean"),
                rows, List.of(), true);
    }
}
