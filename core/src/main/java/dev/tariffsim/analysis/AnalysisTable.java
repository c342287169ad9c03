package dev.tariffsim.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.report.ReportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An analysis result as rows and named columns, rendered as a text table, CSV or JSON carrying the same numbers
 * (text rounds them to four significant figures; CSV and JSON keep full precision). Cells are {@link String}s or
 * {@link Number}s. {@link AnalysisTables} makes them from the analyses' results. Immutable.
 *
 * @param title what the table shows, one line
 * @param notes lines of context printed under the title (run settings, units)
 * @param columns column names
 * @param rows rows of cells, each as long as {@code columns}
 */
public record AnalysisTable(String title, List<String> notes, List<String> columns, List<List<Object>> rows) {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** @throws IllegalArgumentException if a row's length differs from the columns' */
    public AnalysisTable {
        Checks.requireNonNull(title, "title");
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) {
            Checks.requireArgument(r.size() == columns.size(), "row length", r.size(), columns.size() + " cells");
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = List.copyOf(copy);
    }

    /** Several tables as text, one after another. */
    public static String text(List<AnalysisTable> tables) {
        StringBuilder sb = new StringBuilder();
        for (AnalysisTable t : tables) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    /** Several tables as CSV blocks separated by a blank line, each with its header row. */
    public static String csv(List<AnalysisTable> tables) {
        StringBuilder sb = new StringBuilder();
        for (AnalysisTable t : tables) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(t.csv());
        }
        return sb.toString();
    }

    /** Several tables as one JSON object {@code {"tables": [{title, notes, rows: [{column: value}]}]}}. */
    public static String json(List<AnalysisTable> tables) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode arr = root.putArray("tables");
        for (AnalysisTable t : tables) {
            ObjectNode o = arr.addObject();
            o.put("title", t.title);
            t.notes.forEach(o.putArray("notes")::add);
            ArrayNode rows = o.putArray("rows");
            for (List<Object> r : t.rows) {
                ObjectNode row = rows.addObject();
                for (int c = 0; c < t.columns.size(); c++) {
                    Object v = r.get(c);
                    if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
                        row.put(t.columns.get(c), n.doubleValue());
                    } else if (v instanceof Number) {
                        row.putNull(t.columns.get(c));
                    } else {
                        row.put(t.columns.get(c), String.valueOf(v));
                    }
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The table as text: title, notes, then aligned columns (text left, numbers right). */
    public String text() {
        int n = columns.size();
        String[][] cells = new String[rows.size()][n];
        int[] width = new int[n];
        for (int c = 0; c < n; c++) {
            width[c] = columns.get(c).length();
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < n; c++) {
                Object v = rows.get(r).get(c);
                cells[r][c] = v instanceof Integer || v instanceof Long ? String.format(Locale.US, "%,d", v)
                    : v instanceof Number x ? ReportFormat.num(x.doubleValue()) : String.valueOf(v);
                width[c] = Math.max(width[c], cells[r][c].length());
            }
        }
        StringBuilder sb = new StringBuilder(title).append('\n');
        notes.forEach(l -> sb.append(l).append('\n'));
        sb.append('\n');
        StringBuilder header = new StringBuilder();
        for (int c = 0; c < n; c++) {
            header.append(pad(columns.get(c), width[c], c > 0 && numeric(c))).append(c + 1 < n ? "  " : "");
        }
        sb.append(header).append('\n').append("-".repeat(header.length())).append('\n');
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < n; c++) {
                line.append(pad(row[c], width[c], numeric(c))).append(c + 1 < n ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** The table as CSV: a header row, then one row per row, numbers at full precision. */
    public String csv() {
        StringBuilder sb = new StringBuilder(String.join(",", columns.stream().map(AnalysisTable::quote).toList()));
        sb.append('\n');
        for (List<Object> r : rows) {
            List<String> cells = new ArrayList<>();
            for (Object v : r) {
                cells.add(v instanceof Number x ? (Double.isFinite(x.doubleValue()) ? x.toString() : "")
                    : quote(String.valueOf(v)));
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

    private boolean numeric(int c) {
        return !rows.isEmpty() && rows.get(0).get(c) instanceof Number;
    }

    private static String pad(String s, int w, boolean right) {
        String fill = " ".repeat(Math.max(0, w - s.length()));
        return right ? fill + s : s + fill;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
