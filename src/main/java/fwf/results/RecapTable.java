package fwf.results;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of the recap, as text cells: the window shows it as a table and the exports as
 * Markdown, from the same cells, so the screen and the slides agree.
 *
 * @param caption one line said above the table
 * @param header  the column names
 * @param rows    the body, each as wide as the header
 * @param notes   lines said below the table (footnotes), possibly none
 * @param talks   true for the talk's own figures (the window fades them)
 */
public record RecapTable(String caption, List<String> header, List<List<String>> rows, List<String> notes,
                         boolean talks) {
    public RecapTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + header.size() + " columns");
            }
        }
    }

    /** The caption, the table with every column padded to one width, and the notes. */
    public String markdown() {
        StringBuilder out = new StringBuilder(caption).append("\n\n");
        // A "|" in a name would split a cell; Markdown's escape keeps it whole.
        List<String> head = header.stream().map(RecapTable::escape).toList();
        List<List<String>> body = rows.stream().map(r -> r.stream().map(RecapTable::escape).toList()).toList();
        int[] width = new int[head.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = Math.max(3, head.get(i).length());
            for (List<String> row : body) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        line(head, width, out);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < width.length; i++) {
            rule.add(i == 0 ? "-".repeat(width[i]) : "-".repeat(width[i] - 1) + ":");
        }
        line(rule, width, out);
        body.forEach(row -> line(row, width, out));
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append(n).append('\n'));
        }
        return out.toString();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }

    private static void line(List<String> cells, int[] width, StringBuilder out) {
        out.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            out.append(' ').append(i == 0 ? c + pad : pad + c).append(" |");
        }
        out.append('\n');
    }
}
