package dev.tariffsim.examples.cli;

import dev.tariffsim.analysis.AnalysisTable;
import dev.tariffsim.analysis.SobolResult;
import dev.tariffsim.analysis.SweepResult;
import dev.tariffsim.analysis.TornadoResult;
import dev.tariffsim.charts.Chart;
import dev.tariffsim.charts.Charts;
import dev.tariffsim.charts.CurvePoint;
import dev.tariffsim.charts.Estimate;
import dev.tariffsim.charts.SobolIndex;
import dev.tariffsim.charts.TornadoBar;
import dev.tariffsim.charts.html.HtmlReport;
import dev.tariffsim.charts.html.Table;
import dev.tariffsim.report.ReportFormat;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.stats.MetricStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The HTML report ({@code --report}, {@code --charts}) of an analysis verb: its tables, and the chart of its
 * kind where there is one (a tornado, a sweep's curves with their 95% bands, Sobol indices with their intervals).
 */
final class AnalysisReport {
    private AnalysisReport() {
    }

    /** The report: settings, the analysis's charts, then its tables. */
    static HtmlReport.Builder of(Scenario s, Options o, List<AnalysisTable> tables, List<Chart> charts) {
        HtmlReport.Builder b = HtmlReport.builder(s.name() + ": " + tables.get(0).title())
            .description(s.description())
            .setting("paths per run", String.format(Locale.US, "%,d", o.paths))
            .setting("seed", Long.toString(o.seed));
        b.charts("Chart", "", charts);
        for (AnalysisTable t : tables) {
            b.tables(t.title(), String.join("; ", t.notes()), List.of(table(t)));
        }
        return b;
    }

    /** An analysis table as a report table: numbers as the text table prints them. */
    static Table table(AnalysisTable t) {
        StringBuilder align = new StringBuilder();
        for (int c = 0; c < t.columns().size(); c++) {
            align.append(!t.rows().isEmpty() && t.rows().get(0).get(c) instanceof Number ? 'r' : 'l');
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object v : r) {
                cells.add(v instanceof Integer || v instanceof Long ? String.format(Locale.US, "%,d", v)
                    : v instanceof Number x ? ReportFormat.num(x.doubleValue()) : String.valueOf(v));
            }
            rows.add(cells);
        }
        return new Table("", t.columns(), align.toString(), rows);
    }

    static List<Chart> tornado(TornadoResult r) {
        List<TornadoBar> bars = new ArrayList<>();
        r.bars().forEach(b -> bars.add(new TornadoBar(b.path(), b.atLow().mean(), b.atHigh().mean())));
        return List.of(Charts.tornado("tornado-" + r.metric(), "What moves the mean of " + r.metric(),
            r.metric() + " (" + r.unit() + ")", r.base().mean(), bars));
    }

    /** One curve per metric and, for a two-parameter sweep, per value of the first parameter. */
    static List<Chart> sweep(SweepResult r) {
        List<Chart> out = new ArrayList<>();
        int axes = r.axes().size();
        String x = r.axes().get(axes - 1).path();
        int perRow = r.axes().get(axes - 1).values().size();
        for (String m : r.metrics()) {
            for (int row = 0; row * perRow < r.points().size(); row++) {
                List<CurvePoint> pts = new ArrayList<>();
                for (SweepResult.Point p : r.points().subList(row * perRow, (row + 1) * perRow)) {
                    MetricStatistics st = p.metrics().get(m);
                    pts.add(new CurvePoint(p.values().get(axes - 1), st.mean(), st.confidenceInterval().low(),
                        st.confidenceInterval().high()));
                }
                String at = axes == 2 ? " at " + r.axes().get(0).path() + " = "
                    + ReportFormat.num(r.points().get(row * perRow).values().get(0)) : "";
                out.add(Charts.sweep("sweep-" + m + (axes == 2 ? "-" + row : ""), "Mean " + m + " against " + x + at,
                    x, m + " (" + r.units().get(m) + ")", pts));
            }
        }
        return out;
    }

    static List<Chart> sobol(SobolResult r) {
        List<Chart> out = new ArrayList<>();
        for (SobolResult.Indices ix : r.indices()) {
            List<SobolIndex> idx = new ArrayList<>();
            for (SobolResult.ComponentIndex c : ix.components()) {
                if (Double.isFinite(c.firstOrder()) && Double.isFinite(c.total())) {
                    idx.add(new SobolIndex(Estimate.of(c.component(), c.firstOrder(), c.firstOrderInterval()),
                        Estimate.of(c.component(), c.total(), c.totalInterval())));
                }
            }
            if (!idx.isEmpty()) {
                out.add(Charts.sobol("sobol-" + ix.metric(), "Shares of the variance of " + ix.metric()
                    + " by random component", idx));
            }
        }
        return out;
    }
}
