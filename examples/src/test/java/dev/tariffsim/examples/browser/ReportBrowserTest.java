package dev.tariffsim.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tariffsim.examples.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Opens generated reports in a real headless Chromium and checks what a reader would see: every chart drawn
 * at a non-zero size, no console error or uncaught exception, and no network request of any kind (only
 * {@code file:} and {@code data:} URLs). Keeps screenshots and a printed PDF under {@code target/browser/}, which
 * it empties first, so the SVG files counted are those of this build.
 *
 * <p>Without Chromium the test is skipped, unless the environment variable {@code CI} is set ({@code .ci/run}
 * installs Chromium), where its absence is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
final class ReportBrowserTest {
    static final Path OUT = Path.of("target", "browser").toAbsolutePath();

    private HeadlessChromium browser;

    @BeforeAll
    void startBrowser() throws Exception {
        clear(OUT); // charts of an earlier build (other ids, other counts) must not be counted as this build's
        Path exe = HeadlessChromium.find().orElse(null);
        if (exe == null) {
            if (System.getenv("CI") != null) {
                fail("chromium is not installed, but CI is set: .ci/run installs it (apt-get install -y chromium)");
            }
            return; // each test is then skipped with the reason (see visit)
        }
        Files.createDirectories(OUT);
        browser = HeadlessChromium.start(exe, Files.createTempDirectory("tariffsim-chromium-"));
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            browser.send(domain + ".enable", Map.of());
        }
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 900,
            "deviceScaleFactor", 1, "mobile", false));
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void clear(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @BeforeEach
    void requireBrowser() {
        Assumptions.assumeTrue(browser != null,
            "chromium is not installed (Debian: apt-get install -y chromium); browser test skipped");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** What a page did while it loaded. */
    record Visit(int figures, int drawnSvgs, int emptySvgs, String title, List<String> errors, List<String> requests) {
    }

    private Visit visit(Path file, String name) throws Exception {
        browser.clearEvents();
        browser.send("Page.navigate", Map.of("url", file.toUri().toString()));
        browser.await(e -> "Page.loadEventFired".equals(e.path("method").asText()));
        JsonNode page = browser.evaluate("""
            (() => {
              const svgs = [...document.querySelectorAll('figure > svg')];
              const drawn = svgs.filter(s => { const r = s.getBoundingClientRect(); const b = s.getBBox();
                return r.width > 0 && r.height > 0 && b.width > 0 && b.height > 0; });
              return { figures: document.querySelectorAll('figure').length, drawn: drawn.length,
                       empty: svgs.length - drawn.length, title: document.title };
            })()""");
        double height = browser.evaluate("document.documentElement.scrollHeight").asDouble();
        JsonNode shot = browser.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
            "clip", Map.of("x", 0, "y", 0, "width", 1280, "height", Math.min(height, 16000), "scale", 1)));
        HeadlessChromium.saveBase64(shot.get("data"), OUT.resolve(name + ".png"));
        JsonNode pdf = browser.send("Page.printToPDF", Map.of("printBackground", true));
        HeadlessChromium.saveBase64(pdf.get("data"), OUT.resolve(name + ".pdf"));
        List<String> errors = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (JsonNode e : browser.events()) {
            JsonNode p = e.path("params");
            switch (e.path("method").asText()) {
                case "Runtime.consoleAPICalled" -> {
                    String type = p.path("type").asText();
                    if (type.equals("error") || type.equals("assert") || type.equals("warning")) {
                        errors.add("console." + type + ": " + p.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
                case "Log.entryAdded" -> {
                    if (p.path("entry").path("level").asText().equals("error")) {
                        errors.add("log: " + p.path("entry"));
                    }
                }
                case "Network.requestWillBeSent" -> {
                    String url = p.path("request").path("url").asText();
                    if (!url.startsWith("file:") && !url.startsWith("data:")) {
                        requests.add(url);
                    }
                }
                default -> {
                }
            }
        }
        return new Visit(page.get("figures").asInt(), page.get("drawn").asInt(), page.get("empty").asInt(),
            page.get("title").asText(), errors, requests);
    }

    private static long svgFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".svg")).count();
        }
    }

    @Test
    void theRunReportDrawsEveryChartOfflineWithoutErrors() throws Exception {
        Path report = OUT.resolve("run-report.html");
        Path charts = OUT.resolve("run-charts");
        Cli.Outcome o = Cli.run("run", "korea-us-2025", "--paths", "20000", "--report", report.toString(), "--charts",
            charts.toString(), "--quiet");
        assertThat(o.code()).as(o.err()).isZero();
        long expected = svgFiles(charts);
        assertThat(expected).as("charts of a run: fans, regimes, events, calendar years, histograms")
            .isGreaterThanOrEqualTo(22);
        assertThat(charts.resolve("regime-shares.svg")).exists();
        assertThat(charts.resolve("calendar-exportValue.svg")).exists();
        Visit v = visit(report, "run-report");
        assertThat(v.errors()).as("console errors").isEmpty();
        assertThat(v.requests()).as("network requests").isEmpty();
        assertThat(v.figures()).isEqualTo(expected);
        assertThat(v.drawnSvgs()).as("charts drawn at a non-zero size").isEqualTo(expected);
        assertThat(v.emptySvgs()).isZero();
        assertThat(v.title()).isEqualTo("korea-us-2025");
        for (int width : new int[] {1000, 1100, 1280}) {
            assertThat(overflowing(width)).as("boxes wider than their container at %d px", width).isEmpty();
        }
    }

    /**
     * Lays the current page out {@code width} CSS px wide and lists what scrolls sideways: the page itself, or
     * a table, code block or figure whose content is wider than its box (issue 14: no horizontal scroll from
     * 1000 px up; before the layout fix the headline table scrolled at 1100 px). Restores the 1280 px window.
     */
    private List<String> overflowing(int width) throws Exception {
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
            "deviceScaleFactor", 1, "mobile", false));
        try {
            JsonNode wide = browser.evaluate("""
                (() => {
                  const out = [];
                  const doc = document.documentElement;
                  if (doc.scrollWidth > doc.clientWidth) { out.push('page ' + doc.scrollWidth); }
                  for (const e of document.querySelectorAll('div.table, pre, figure')) {
                    if (e.scrollWidth > e.clientWidth + 1) {
                      out.push(e.tagName + ' ' + e.scrollWidth + ' > ' + e.clientWidth + ': '
                        + e.textContent.slice(0, 40));
                    }
                  }
                  return out.join('\\n');
                })()""");
            return wide.asText().isEmpty() ? List.of() : List.of(wide.asText().split("\n"));
        } finally {
            browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 900,
                "deviceScaleFactor", 1, "mobile", false));
        }
    }

    @Test
    void theComparisonReportDrawsEveryChart() throws Exception {
        Path report = OUT.resolve("compare-report.html");
        Path charts = OUT.resolve("compare-charts");
        Cli.Outcome o = Cli.run("compare", "korea-us-2025", "no-deal", "--paths", "10000", "--report",
            report.toString(), "--charts", charts.toString(), "--quiet");
        assertThat(o.code()).as(o.err()).isZero();
        Visit v = visit(report, "compare-report");
        assertThat(v.errors()).isEmpty();
        assertThat(v.requests()).isEmpty();
        assertThat(v.drawnSvgs()).isEqualTo(svgFiles(charts)).isGreaterThanOrEqualTo(4);
        assertThat(v.emptySvgs()).isZero();
        assertThat(overflowing(1000)).as("boxes wider than their container at 1000 px").isEmpty();
    }

    @Test
    void theAnalysisChartsDrawToo() throws Exception {
        Path report = OUT.resolve("gallery.html");
        int charts = Gallery.write(report);
        Visit v = visit(report, "gallery");
        assertThat(v.errors()).isEmpty();
        assertThat(v.requests()).isEmpty();
        assertThat(v.drawnSvgs()).isEqualTo(charts).isEqualTo(v.figures());
    }

    /** The checks themselves can fail: a page that fetches an image and logs an error is caught. */
    @Test
    void theHarnessCatchesRequestsAndConsoleErrors() throws Exception {
        Path page = OUT.resolve("bad-page.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>bad</title></head><body>"
            + "<img src=\"http://127.0.0.1:9/pixel.png\" alt=\"\">"
            + "<script>console.error('broken on purpose')</script></body></html>");
        Visit v = visit(page, "bad-page");
        assertThat(v.requests()).contains("http://127.0.0.1:9/pixel.png");
        assertThat(v.errors()).anySatisfy(e -> assertThat(e).contains("broken on purpose"));
    }
}
