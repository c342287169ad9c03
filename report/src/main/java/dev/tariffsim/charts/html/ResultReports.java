package dev.tariffsim.charts.html;

import dev.tariffsim.charts.Format;
import dev.tariffsim.charts.Labels;
import dev.tariffsim.charts.ScenarioCharts;
import dev.tariffsim.engine.RunInfo;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.charts.internal.Checks;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.stats.Interval;
import dev.tariffsim.stats.MetricStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The standard reports of tariffsim: of one scenario's run ({@link #run}) and of two scenarios compared on
 * common random numbers ({@link #compare}). Each returns a builder holding the title, description, settings,
 * tables, charts and the scenario's JSON, to which a caller may add sections (an analysis's own charts) or a
 * timestamp before {@link HtmlReport.Builder#build() building}. Thread-safe.
 */
public final class ResultReports {
    private static final String REPRODUCE = "scenario, seed and paths fix every number, whatever the thread count";

    private ResultReports() {
    }

    /** The settings every report shows: what fixes the numbers, and what made them. */
    static void settings(HtmlReport.Builder b, RunInfo run) {
        b.setting("seed", Long.toString(run.seed()))
            .setting("paths", Checks.format("%,d", run.paths()))
            .setting("antithetic pairs", run.antithetic() ? "yes" : "no")
            .setting("random generator", run.generator())
            .setting("tariffsim version", run.version())
            .setting("stopped because", run.stopReason().name())
            .setting("reproducibility", REPRODUCE + " (threads and timings are therefore not shown)");
    }

    /**
     * The report of one scenario's run: settings, the headline table (top-level metrics with units), every
     * metric, fan charts, regime shares, event probabilities, histograms and the scenario's JSON.
     *
     * @param labels the units of the metrics and series (for example {@code Labels.of(model.outputs())})
     */
    public static HtmlReport.Builder run(Scenario scenario, SimulationResult result, Labels labels) {
        Checks.requireNonNull(scenario, "scenario");
        Checks.requireNonNull(result, "result");
        HtmlReport.Builder b = HtmlReport.builder(scenario.name()).description(scenario.description());
        b.setting("scenario", scenario.name())
            .setting("months", Checks.format("%d from %s", scenario.horizonMonths(), scenario.start()));
        settings(b, result.run());
        b.tables("Headline results", "Present values at the scenario's discount rate unless the unit says otherwise;"
            + " 95% CI: of the mean (normal), or of a probability (Wilson).",
            List.of(metricTable("", result, labels, n -> n.indexOf('.') < 0)));
        for (Map.Entry<String, List<dev.tariffsim.charts.Chart>> e
            : ScenarioCharts.run(result, scenario, labels).entrySet()) {
            b.charts(e.getKey(), "", e.getValue());
        }
        b.tables("All metrics", "Per product line, per funding source and the drawn inputs.",
            List.of(metricTable("", result, labels, n -> n.indexOf('.') >= 0)));
        b.collapsed("Scenario", "The scenario file that made these numbers; run it again with tariffsim run FILE.",
            "show " + scenario.name() + ".json", ScenarioJson.write(scenario));
        return b.footer("tariffsim " + result.run().version() + " \u00b7 " + REPRODUCE);
    }

    /**
     * The report of a comparison on common random numbers: the difference b - a of every shared metric with
     * its 95% CI, difference charts and histograms, and both scenarios' JSON.
     *
     * @param result a result of {@code PairedModel.of(a, b)} (metrics {@code a.*}, {@code b.*}, {@code diff.*})
     */
    public static HtmlReport.Builder compare(Scenario a, Scenario bScenario, SimulationResult result, Labels labels) {
        Checks.requireNonNull(a, "a");
        Checks.requireNonNull(bScenario, "b");
        Checks.requireNonNull(result, "result");
        String title = bScenario.name() + " vs " + a.name();
        HtmlReport.Builder b = HtmlReport.builder(title).description("What changes from " + a.name() + " to "
            + bScenario.name() + ", both simulated on the same random numbers. a: " + a.description() + " b: "
            + bScenario.description());
        b.setting("a", a.name()).setting("b", bScenario.name());
        settings(b, result.run());
        String note = "difference = b \u2212 a of the means (of probabilities: in percentage points); 95% CI of the"
            + " difference (normal, over paired paths)";
        b.tables("Differences", note, List.of(differenceTable(a.name(), bScenario.name(), result, labels,
            n -> n.indexOf('.') < 0)));
        for (Map.Entry<String, List<dev.tariffsim.charts.Chart>> e
            : ScenarioCharts.comparison(result, a.name(), bScenario.name(), labels).entrySet()) {
            b.charts(e.getKey(), "", e.getValue());
        }
        b.tables("All differences", "Per product line, per funding source and the drawn inputs.",
            List.of(differenceTable(a.name(), bScenario.name(), result, labels, n -> n.indexOf('.') >= 0)));
        b.collapsed("Scenario a", "", "show " + a.name() + ".json", ScenarioJson.write(a));
        b.collapsed("Scenario b", "", "show " + bScenario.name() + ".json", ScenarioJson.write(bScenario));
        return b.footer("tariffsim " + result.run().version() + " \u00b7 " + REPRODUCE);
    }

    /**
     * A table of the shared metrics whose names pass {@code keep}: the mean under a and under b, the
     * difference b - a and its 95% CI, with units (probabilities as percentages).
     *
     * @param result a result of a paired model (metrics {@code a.*}, {@code b.*}, {@code diff.*})
     */
    public static Table differenceTable(String aName, String bName, SimulationResult result, Labels labels,
                                        Predicate<String> keep) {
        List<List<String>> rows = new ArrayList<>();
        for (MetricStatistics d : result.metrics().values()) {
            if (!d.name().startsWith("diff.") || !keep.test(d.name().substring(5))) {
                continue;
            }
            String metric = d.name().substring(5);
            String unit = labels.unit(d.name());
            Interval ci = d.confidenceInterval();
            boolean p = "probability".equals(unit);
            rows.add(List.of(metric, unit, value(result.metric("a." + metric).mean(), p),
                value(result.metric("b." + metric).mean(), p), value(d.mean(), p),
                value(ci.low(), p) + " to " + value(ci.high(), p)));
        }
        return new Table("", List.of("metric", "unit", "mean a: " + aName, "mean b: " + bName, "difference",
            "95% CI of the difference"), "llrrrr", rows);
    }

    private static String value(double x, boolean probability) {
        return probability ? Format.percent(x) : Format.number(x);
    }

    /**
     * A table of the metrics whose names pass {@code keep}: unit, mean, 95% CI, P5, P50, P95, and what each
     * metric means when the model declares it.
     */
    public static Table metricTable(String caption, SimulationResult result, Labels labels, Predicate<String> keep) {
        List<List<String>> rows = new ArrayList<>();
        boolean described = false;
        for (MetricStatistics m : result.metrics().values()) {
            described |= keep.test(m.name()) && !labels.description(m.name()).isEmpty();
        }
        for (MetricStatistics m : result.metrics().values()) {
            if (!keep.test(m.name())) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(m.name(), labels.unit(m.name())));
            if (m.isEvent()) {
                Interval w = m.wilsonInterval();
                row.addAll(List.of(Format.percent(m.probability()),
                    Format.percent(w.low()) + " to " + Format.percent(w.high()), "", "", ""));
            } else {
                Interval ci = m.confidenceInterval();
                row.addAll(List.of(Format.number(m.mean()), Format.number(ci.low()) + " to " + Format.number(ci.high()),
                    Format.number(m.quantile(0.05)), Format.number(m.quantile(0.5)), Format.number(m.quantile(0.95))));
            }
            if (described) {
                row.add(labels.description(m.name()));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of("metric", "unit", "mean", "95% CI", "P5", "P50", "P95"));
        if (described) {
            headers.add("what it is");
        }
        return new Table(caption, headers, described ? "llrrrrrl" : "llrrrrr", rows);
    }
}
