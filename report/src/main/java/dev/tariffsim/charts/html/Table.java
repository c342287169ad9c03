package dev.tariffsim.charts.html;

import dev.tariffsim.charts.internal.Checks;
import java.util.List;

/**
 * A table of a report: a caption, column headers and rows of already formatted cells, with each column's
 * alignment: {@code 'l'} for text, {@code 'r'} for numbers (right-aligned, tabular figures). Immutable.
 *
 * @param caption what the table shows, with its units where they are common to all rows (may be empty)
 * @param headers the column headers
 * @param align one letter per column, {@code 'l'} or {@code 'r'}, for example {@code "llrrr"}
 * @param rows the rows, each with one cell per header
 */
public record Table(String caption, List<String> headers, String align, List<List<String>> rows) {
    /** @throws IllegalArgumentException if the alignment or a row does not have one entry per header */
    public Table {
        Checks.requireNonNull(caption, "caption");
        headers = List.copyOf(headers);
        Checks.requireArgument(align.matches("[lr]*") && align.length() == headers.size(), "align", align,
            "one 'l' or 'r' per header (" + headers.size() + ")");
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            Checks.requireArgument(rows.get(i).size() == headers.size(), "rows[" + i + "]",
                rows.get(i).size() + " cells", headers.size() + " cells, one per header");
        }
    }

    /** Whether column {@code c} holds numbers. */
    public boolean numeric(int c) {
        return align.charAt(c) == 'r';
    }
}
