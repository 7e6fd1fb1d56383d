package fwf.results;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The recap: the talk's table measured here, the mean's rounds, and the talk's own figures,
 * in that order; no table at all when there is no result to show.
 *
 * @param tables  the tables, in the order they are shown
 * @param systems the systems the measured table has a row for, by name, in its order: the
 *                baselines there are to choose from (the mean's rows included)
 * @param baseline the system the relative columns divide by, by name; null when there is no table
 */
public record Recap(List<RecapTable> tables, List<String> systems, String baseline) {
    public Recap {
        tables = List.copyOf(tables);
        systems = List.copyOf(systems);
    }

    /** Every table as Markdown, a blank line between them; "" when there is none. */
    public String markdown() {
        return tables.stream().map(RecapTable::markdown).collect(Collectors.joining("\n"));
    }
}
