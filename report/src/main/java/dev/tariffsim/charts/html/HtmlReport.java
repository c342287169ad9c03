package dev.tariffsim.charts.html;

import dev.tariffsim.charts.AtomicFiles;
import dev.tariffsim.charts.Chart;
import dev.tariffsim.charts.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A self-contained HTML report: one file with its style and its charts (inline SVG) inside, no script and
 * no reference to anything outside it, so it opens offline, can be mailed as it is, and prints (a print
 * style sheet lays it out for A4). Sections appear in the order they are added.
 *
 * <p>Deterministic: the same content gives a byte-identical file. Nothing varies between runs unless the
 * builder is given a {@link Builder#timestamp(Instant) timestamp}. Chart ids are made unique within the
 * report. Build one with {@link #builder(String)}, or a standard report with {@link ResultReports}.
 * Immutable and thread-safe.
 */
public final class HtmlReport {
    private static final String CSS = loadCss();

    private final String title;
    private final String html;
    private final List<Chart> charts;

    private HtmlReport(String title, String html, List<Chart> charts) {
        this.title = title;
        this.html = html;
        this.charts = List.copyOf(charts);
    }

    /**
     * A builder of a report with this title.
     *
     * @throws IllegalArgumentException if the title is blank
     */
    public static Builder builder(String title) {
        Checks.requireNonNull(title, "title");
        Checks.requireArgument(!title.isBlank(), "title", "\"" + title + "\"", "non-blank");
        return new Builder(title);
    }

    /** The report's title. */
    public String title() {
        return title;
    }

    /** The whole HTML document. */
    public String html() {
        return html;
    }

    /** Every chart of the report, in order, with the ids they have in it. */
    public List<Chart> charts() {
        return charts;
    }

    /**
     * Writes the report to {@code file} through a temporary file in the same folder moved into place, so a
     * failure never leaves a half-written report.
     *
     * @throws IOException if the folder does not exist or cannot be written
     */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes every chart as {@code <id>.svg} and {@code <id>.png} into {@code dir}, creating it (not its
     * parents) if needed.
     *
     * @throws IOException if the folder cannot be created or written
     */
    public void writeCharts(Path dir) throws IOException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            java.nio.file.Files.createDirectory(dir);
        }
        for (Chart c : charts) {
            c.writeFiles(dir);
        }
    }

    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects a report's parts in order. Not thread-safe. */
    public static final class Builder {
        private final String title;
        private String description = "";
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final List<String> body = new ArrayList<>();
        private final List<String[]> toc = new ArrayList<>();
        private final List<Chart> charts = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private Instant timestamp;
        private String footer = "";

        private Builder(String title) {
            this.title = title;
        }

        /** The paragraph under the title (what question the report answers). */
        public Builder description(String text) {
            this.description = Checks.requireNonNull(text, "description");
            return this;
        }

        /** One line of the settings list (seed, paths, generator, version ...); shown in insertion order. */
        public Builder setting(String name, String value) {
            settings.put(Checks.requireNonNull(name, "name"), Checks.requireNonNull(value, "value"));
            return this;
        }

        /** When the report was made; none by default, so that reports of the same run are byte-identical. */
        public Builder timestamp(Instant when) {
            this.timestamp = when;
            return this;
        }

        /** The footer line. */
        public Builder footer(String text) {
            this.footer = Checks.requireNonNull(text, "footer");
            return this;
        }

        private String anchor(String heading) {
            String base = "s-" + dev.tariffsim.charts.Charts.slug(heading).toLowerCase(java.util.Locale.ROOT);
            String id = base;
            for (int k = 2; !ids.add(id); k++) {
                id = base + "-" + k;
            }
            toc.add(new String[] {id, heading});
            return id;
        }

        private String section(String heading) {
            return "<section id=\"" + anchor(heading) + "\">\n<h2>" + Html.escape(heading) + "</h2>\n";
        }

        /** A section of tables, with an optional note (empty for none) under the heading. */
        public Builder tables(String heading, String note, List<Table> tables) {
            StringBuilder sb = new StringBuilder(section(heading));
            note(sb, note);
            for (Table t : tables) {
                TableHtml.append(sb, t);
            }
            body.add(sb.append("</section>\n").toString());
            return this;
        }

        /** A section of charts (inline SVG), with an optional note; an empty list adds nothing. */
        public Builder charts(String heading, String note, List<Chart> list) {
            if (list.isEmpty()) {
                return this;
            }
            StringBuilder sb = new StringBuilder(section(heading));
            note(sb, note);
            sb.append("<div class=\"charts\">\n");
            for (Chart c : list) {
                Chart unique = c;
                for (int k = 2; !ids.add(unique.id()); k++) {
                    unique = c.withId(c.id() + "-" + k);
                }
                charts.add(unique);
                sb.append("<figure id=\"fig-").append(unique.id()).append("\" aria-label=\"")
                    .append(Html.escape(unique.title())).append("\">\n").append(unique.svg()).append("\n</figure>\n");
            }
            body.add(sb.append("</div>\n</section>\n").toString());
            return this;
        }

        /** A section with a collapsed block of preformatted text (such as the scenario's JSON). */
        public Builder collapsed(String heading, String note, String summary, String text) {
            StringBuilder sb = new StringBuilder(section(heading));
            note(sb, note);
            sb.append("<details><summary>").append(Html.escape(summary)).append("</summary>\n<pre>")
                .append(Html.escape(text)).append("</pre></details>\n</section>\n");
            body.add(sb.toString());
            return this;
        }

        private static void note(StringBuilder sb, String note) {
            if (note != null && !note.isEmpty()) {
                sb.append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n");
            }
        }

        /** The report. */
        public HtmlReport build() {
            StringBuilder sb = new StringBuilder(1 << 20);
            sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>").append(Html.escape(title)).append("</h1>\n");
            if (!description.isEmpty()) {
                sb.append("<p class=\"description\">").append(Html.escape(description)).append("</p>\n");
            }
            sb.append("<nav>");
            for (String[] entry : toc) {
                sb.append("<a href=\"#").append(entry[0]).append("\">").append(Html.escape(entry[1])).append("</a>");
            }
            sb.append("</nav>\n</header>\n");
            if (!settings.isEmpty()) {
                sb.append("<section id=\"settings\">\n<h2>Settings</h2>\n<dl class=\"settings\">\n");
                settings.forEach((k, v) -> sb.append(v.length() > 40 ? "<div class=\"wide\">" : "<div>").append("<dt>")
                    .append(Html.escape(k)).append("</dt><dd>").append(Html.escape(v)).append("</dd></div>\n"));
                sb.append("</dl>\n</section>\n");
            }
            body.forEach(sb::append);
            sb.append("<footer>").append(Html.escape(footer));
            if (timestamp != null) {
                sb.append(footer.isEmpty() ? "" : " \u00b7 ").append("generated ").append(timestamp);
            }
            sb.append("</footer>\n</main>\n</body>\n</html>\n");
            return new HtmlReport(title, sb.toString(), charts);
        }
    }
}
