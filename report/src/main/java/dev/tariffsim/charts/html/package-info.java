/**
 * Self-contained HTML reports: one file with inline SVG charts and its own style sheet, no script, no
 * external resource, deterministic to the byte. Entry points: {@link dev.tariffsim.charts.html.ResultReports}
 * for the standard reports of a run and a comparison, {@link dev.tariffsim.charts.html.HtmlReport} to compose
 * others (analyses add their own chart sections).
 */
package dev.tariffsim.charts.html;
