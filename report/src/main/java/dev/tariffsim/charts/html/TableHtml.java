package dev.tariffsim.charts.html;

import java.util.List;

/** A {@link Table} as an HTML table. */
final class TableHtml {
    private TableHtml() {
    }

    static void append(StringBuilder sb, Table t) {
        boolean described = !t.headers().isEmpty() && !t.numeric(t.headers().size() - 1);
        sb.append(described ? "<div class=\"table\"><table class=\"described\">\n" : "<div class=\"table\"><table>\n");
        if (!t.caption().isEmpty()) {
            sb.append("<caption>").append(Html.escape(t.caption())).append("</caption>\n");
        }
        sb.append("<thead><tr>");
        for (int c = 0; c < t.headers().size(); c++) {
            sb.append(t.numeric(c) ? "<th class=\"num\">" : "<th>").append(Html.escape(t.headers().get(c)))
                .append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            sb.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                sb.append(t.numeric(c) ? "<td class=\"num\">" : "<td>").append(Html.escape(row.get(c)))
                    .append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n");
    }
}
