package fwf.graph;

import java.util.Locale;

/**
 * What reading an edge list found: how many lines of each kind, what was dropped and how long
 * it took.
 *
 * @param source         the file name, or the name given with a reader
 * @param lines          every line, the last one counted even without a line end
 * @param commentLines   lines whose first non-blank character is {@code #} or {@code %}
 * @param blankLines     empty lines and lines of only spaces and tabs
 * @param selfLoops      edge lines {@code u u}, dropped (the node itself is kept)
 * @param duplicateEdges edge lines repeating an earlier edge in either direction, dropped
 * @param nodes          distinct nodes
 * @param edges          edges kept
 * @param nanos          wall time of the read, parsing and building the graph
 */
public record LoadSummary(String source, long lines, long commentLines, long blankLines,
                          long selfLoops, long duplicateEdges, int nodes, int edges, long nanos) {

    /**
     * One line for a status bar or a log, e.g. {@code facebook_combined.txt: 4,039 nodes,
     * 88,234 edges from 88,234 lines (0 comments, 0 blank, 0 self-loops, 0 duplicates) in
     * 21.4 ms}.
     */
    public String describe() {
        return String.format(Locale.ROOT,
                "%s: %,d nodes, %,d edges from %,d lines (%,d comments, %,d blank, %,d self-loops,"
                        + " %,d duplicates) in %.1f ms",
                source, nodes, edges, lines, commentLines, blankLines, selfLoops, duplicateEdges,
                nanos / 1e6);
    }
}
