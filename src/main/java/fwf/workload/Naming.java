package fwf.workload;

import java.util.Locale;

/**
 * How people name a workload at one size, in charts and tables. {@code graph} is the edge-list
 * file's name for a workload that reads one, null for the default input; {@code size} is the
 * size measured (0: all of the input).
 *
 * @param bar     a chart group's title: "fib(40)", "triangles (4,039 nodes)",
 *                "triangles (facebook_combined.txt)", "mean (10,000,000)"
 * @param column  a Recap column's header: "fib(40)", "triangles (all nodes)", "mean (10,000,000)"
 * @param caption a Recap caption's input: "fib(40)", "facebook_combined.txt (4,039 nodes)",
 *                "10,000,000 float32"
 */
public record Naming(Title bar, Title column, Title caption) {
    /** One way of naming a workload at a size. */
    @FunctionalInterface
    public interface Title {
        String of(int size, String graph);
    }

    /** The same name everywhere: "fib(40)". */
    public static Naming everywhere(Title title) {
        return new Naming(title, title, title);
    }

    /** "1,000" or, for 0, "all". */
    public static String count(int size) {
        return size > 0 ? grouped(size) : "all";
    }

    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
