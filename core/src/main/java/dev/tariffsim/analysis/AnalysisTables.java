package dev.tariffsim.analysis;

import dev.tariffsim.engine.Version;
import dev.tariffsim.random.PathRandom;
import dev.tariffsim.stats.Interval;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.Tail;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The analyses' results as {@link AnalysisTable}s, one shape per analysis, for text, CSV and JSON output. */
public final class AnalysisTables {
    private AnalysisTables() {
    }

    private static String runs(long paths, long seed) {
        return String.format(Locale.US, "%,d paths per run, seed %d, common random numbers (%s, tariffsim %s)",
            paths, seed, PathRandom.ALGORITHM, Version.get());
    }

    private static String level(double p) {
        double x = 100 * p;
        return "P" + (x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x));
    }

    /**
     * A sweep: the points (each metric's mean, its 95% CI and the quantiles at {@code levels}) and the steps
     * between neighbouring points (the paired difference with its 95% CI).
     */
    public static List<AnalysisTable> sweep(SweepResult r, double... levels) {
        List<String> cols = new ArrayList<>();
        r.axes().forEach(a -> cols.add(a.path()));
        cols.addAll(List.of("metric", "unit", "mean", "ciLow", "ciHigh"));
        for (double p : levels) {
            cols.add(level(p));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (SweepResult.Point p : r.points()) {
            for (String m : r.metrics()) {
                MetricStatistics s = p.metrics().get(m);
                List<Object> row = new ArrayList<>(p.values());
                Interval ci = s.confidenceInterval();
                row.addAll(List.of(m, r.units().get(m), s.mean(), ci.low(), ci.high()));
                for (double q : levels) {
                    row.add(s.quantile(q));
                }
                rows.add(row);
            }
        }
        List<AnalysisTable> out = new ArrayList<>();
        out.add(new AnalysisTable("sweep: " + String.join(" x ", r.axes().stream().map(Axis::path).toList()),
            List.of(runs(r.paths(), r.seed())), cols, rows));
        if (!r.steps().isEmpty()) {
            String last = r.axes().get(r.axes().size() - 1).path();
            List<String> dc = new ArrayList<>();
            r.axes().subList(0, r.axes().size() - 1).forEach(a -> dc.add(a.path()));
            dc.addAll(List.of(last + " from", last + " to", "metric", "unit", "difference", "ciLow", "ciHigh"));
            List<List<Object>> drows = new ArrayList<>();
            for (SweepResult.Step st : r.steps()) {
                List<Double> from = r.points().get(st.from()).values();
                List<Double> to = r.points().get(st.to()).values();
                for (String m : r.metrics()) {
                    MetricStatistics d = st.differences().get(m);
                    List<Object> row = new ArrayList<>(from.subList(0, from.size() - 1));
                    row.addAll(List.of(from.get(from.size() - 1), to.get(to.size() - 1), m, r.units().get(m), d.mean(),
                        d.confidenceInterval().low(), d.confidenceInterval().high()));
                    drows.add(row);
                }
            }
            out.add(new AnalysisTable("differences between neighbouring points (to minus from, path by path)",
                List.of("95% confidence intervals of the paired difference"), dc, drows));
        }
        return out;
    }

    /** A tornado: one row per input, largest swing first. */
    public static List<AnalysisTable> tornado(TornadoResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (TornadoResult.Bar b : r.bars()) {
            Interval ci = b.swing().confidenceInterval();
            rows.add(List.of(b.path(), b.low(), b.high(), b.atLow().mean(), b.atHigh().mean(), b.swing().mean(),
                ci.low(), ci.high()));
        }
        Interval base = r.base().confidenceInterval();
        return List.of(new AnalysisTable("tornado of mean " + r.metric() + " (" + r.unit() + ")",
            List.of(runs(r.paths(), r.seed()), String.format(Locale.US, "base: mean %s %.6g %s (95%% CI %.6g .. %.6g); "
                + "swing = at high minus at low", r.metric(), r.base().mean(), r.unit(), base.low(), base.high())),
            List.of("input", "low", "high", "meanAtLow", "meanAtHigh", "swing", "ciLow", "ciHigh"), rows));
    }

    /** Sobol indices by metric and component, then the rank correlations of the recorded inputs. */
    public static List<AnalysisTable> sobol(SobolResult r) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.US, "N = %,d paths of each of samples A and B; %,d model evaluations "
            + "((k + 2) N); %d%% bootstrap percentile intervals from %,d resamples", r.paths(), r.evaluations(),
            Math.round(100 * r.bootstrap().level()), r.bootstrap().resamples()));
        notes.add(String.format(Locale.US, "seed %d (%s, tariffsim %s)", r.seed(), PathRandom.ALGORITHM,
            Version.get()));
        notes.add("S: first-order index (Saltelli 2010), ST: total index (Jansen); shares of the metric's variance");
        for (SobolResult.Indices ix : r.indices()) {
            notes.add(String.format(Locale.US, "%s: mean %.6g %s, variance %.6g (%s)^2, sum of S %.3f", ix.metric(),
                ix.mean(), ix.unit(), ix.variance(), ix.unit(), ix.sumFirstOrder()));
            for (SobolResult.ComponentIndex c : ix.components()) {
                rows.add(List.of(ix.metric(), c.component(), c.firstOrder(), c.firstOrderInterval().low(),
                    c.firstOrderInterval().high(), c.total(), c.totalInterval().low(), c.totalInterval().high()));
            }
        }
        List<AnalysisTable> out = new ArrayList<>();
        out.add(new AnalysisTable("Sobol indices by random component", notes,
            List.of("metric", "component", "S", "sLow", "sHigh", "ST", "stLow", "stHigh"), rows));
        if (!r.correlations().isEmpty()) {
            List<List<Object>> cr = new ArrayList<>();
            r.correlations().forEach(c -> cr.add(List.of(c.input(), c.metric(), c.rho())));
            out.add(new AnalysisTable("Spearman rank correlations of the recorded inputs with the metrics",
                List.of("over the paths of sample A (an ordinary run)"), List.of("input", "metric", "rho"), cr));
        }
        return out;
    }

    /** A break-even value and its interval. */
    public static List<AnalysisTable> breakEven(BreakEvenResult r) {
        return List.of(new AnalysisTable("break-even: " + r.statistic() + " = " + r.target() + " as " + r.path()
            + " varies", List.of(runs(r.paths(), r.seed()), "95% CI of the root by the delta method: z SE / |slope| "
            + "+ solver accuracy"),
            List.of("parameter", "statistic", "unit", "target", "root", "ciLow", "ciHigh", "slope", "valueAtRoot",
                "stdErrorAtRoot", "runs"),
            List.of(List.of(r.path(), r.statistic().toString(), r.unit(), r.target(), r.root(), r.interval().low(),
                r.interval().high(), r.slope(), r.valueAtRoot(), r.stdErrorAtRoot(), r.runs()))));
    }

    /** A reverse stress test: one row per other metric, largest |z| first. */
    public static List<AnalysisTable> stress(StressResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (StressResult.Shift s : r.shifts()) {
            rows.add(List.of(s.name(), s.unit(), s.meanAll(), s.sdAll(), s.meanTail(), s.z()));
        }
        String which = r.tail() == Tail.LOWER ? "lowest" : "highest";
        String title = r.event() ? String.format(Locale.US, "reverse stress: the %,d paths where %s occurred (%s%%)",
            r.tailPaths(), r.metric(), new java.math.BigDecimal(Double.toString(100 * r.fraction()))
            .round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString())
            : String.format(Locale.US, "reverse stress: the %s %s%% of paths by %s "
            + "(%,d paths, %s %s %.6g)", which, new java.math.BigDecimal(Double.toString(100 * r.fraction()))
            .round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString(), r.metric(), r.tailPaths(), r.metric(),
            r.tail() == Tail.LOWER ? "<=" : ">=", r.threshold());
        return List.of(new AnalysisTable(title,
            List.of(runs(r.paths(), r.seed()), "z = (mean on the worst paths - mean on all) / sd on all"),
            List.of("metric", "unit", "meanAll", "sdAll", "meanWorst", "z"), rows));
    }
}
