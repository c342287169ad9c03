package dev.tariffsim.charts.html;

import dev.tariffsim.charts.internal.Checks;
import java.util.List;

/**
 * A table of a report: a caption, column headers and rows of already formatted cells. Columns after the
 * first {@code textColumns} are numbers and are right-aligned. Immutable.
 *
 * @param caption what the table shows, with its units where they are common to all rows
 * @param headers the column headers
 * @param textColumns how many leading columns hold text (left-aligned)
 * @param rows the rows, each with one cell per header
 */
public record Table(String caption, List<String> headers, int textColumns, List<List<String>> rows) {
    /** @throws IllegalArgumentException if a row's length differs from the headers' */
    public Table {
        Checks.requireNonNull(caption, "caption");
        headers = List.copyOf(headers);
        Checks.requireArgument(textColumns >= 0 && textColumns <= headers.size(), "textColumns", textColumns,
            "in [0, " + headers.size() + "]");
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            Checks.requireArgument(rows.get(i).size() == headers.size(), "rows[" + i + "]",
                rows.get(i).size() + " cells", headers.size() + " cells, one per header");
        }
    }
}
