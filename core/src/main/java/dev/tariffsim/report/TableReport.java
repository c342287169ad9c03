package dev.tariffsim.report;

import dev.tariffsim.engine.PairedModel;
import dev.tariffsim.engine.RunInfo;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.Interval;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import java.util.Locale;
import java.util.Map;

/**
 * A result as a text table. A single model: every metric with its unit (mean with its 95% interval, P5, P50, P95;
 * probabilities with their Wilson interval for events), then the calendar-year metrics as a year-by-flow table
 * ({@link CalendarTable}), then every series' P5 / P50 / P95 every 12 steps. A paired run ({@link PairedModel}): per shared metric the two means and their difference with its 95%
 * interval. A result of 0 paths says so in its first lines.
 */
final class TableReport {
    private TableReport() {
    }

    static String render(SimulationResult result) {
        boolean paired = result.metrics().keySet().stream().anyMatch(n -> n.startsWith(PairedModel.DIFF));
        return paired ? comparison(result) : single(result);
    }

    private static String header(SimulationResult result, StringBuilder sb) {
        RunInfo r = result.run();
        sb.append(Checks.format("%s: %,d paths, seed %d, %d threads, %.1f s (%,.0f paths/s), %s%n", result.model(),
            r.paths(), r.seed(), r.threads(), r.elapsedSeconds(), r.pathsPerSecond(), r.stopReason()));
        sb.append("quantiles: ").append(result.quantiles()).append('\n');
        if (result.isEmpty()) {
            sb.append("EMPTY RESULT: no path completed (the run was cancelled before its first batch); "
                + "every statistic below is n/a\n");
        }
        return sb.toString();
    }

    private static String single(SimulationResult result) {
        StringBuilder sb = new StringBuilder();
        header(result, sb);
        sb.append('\n');
        int nameWidth = "metric".length();
        int unitWidth = "unit".length();
        for (String name : result.metrics().keySet()) {
            if (!CalendarTable.isCalendar(name)) {
                nameWidth = Math.max(nameWidth, name.length());
                unitWidth = Math.max(unitWidth, result.outputs().metric(name).unit().length());
            }
        }
        String lead = "%-" + nameWidth + "s %-" + unitWidth + "s ";
        String head = String.format(Locale.US, lead + "%12s %24s %12s %12s %12s%n", "metric", "unit", "mean",
            "95% CI of the mean", "P5", "P50", "P95");
        sb.append(head).append("-".repeat(head.length() - 1)).append('\n');
        for (Map.Entry<String, MetricStatistics> e : result.metrics().entrySet()) {
            if (CalendarTable.isCalendar(e.getKey())) {
                continue;
            }
            MetricStatistics m = e.getValue();
            String unit = result.outputs().metric(e.getKey()).unit();
            if (m.isEvent()) {
                Interval w = m.wilsonInterval();
                sb.append(String.format(Locale.US, lead + "%12s %10s .. %-10s %38s%n", e.getKey(), unit,
                    pct(m.probability()), pct(w.low()), pct(w.high()), "(Wilson 95%)"));
            } else {
                Interval ci = m.confidenceInterval();
                sb.append(String.format(Locale.US, lead + "%12s %10s .. %-10s %12s %12s %12s%n", e.getKey(), unit,
                    num(m.mean()), num(ci.low()), num(ci.high()), num(m.quantile(0.05)), num(m.quantile(0.5)),
                    num(m.quantile(0.95))));
            }
        }
        CalendarTable.render(result, sb);
        bands(result, sb);
        return sb.toString();
    }

    /** The monthly band table: per series P5 / P50 / P95 every 12 steps. */
    private static void bands(SimulationResult result, StringBuilder sb) {
        if (result.series().isEmpty()) {
            return;
        }
        sb.append("\nbands (P5 / P50 / P95) every 12 months; units:");
        for (SeriesBands b : result.series().values()) {
            sb.append(' ').append(b.name()).append(" (").append(result.outputs().series(b.name()).unit()).append(')');
        }
        sb.append('\n');
        int steps = Integer.MAX_VALUE;
        for (SeriesBands b : result.series().values()) {
            steps = Math.min(steps, b.steps());
        }
        java.util.List<SeriesBands> all = java.util.List.copyOf(result.series().values());
        int rows = (steps + 11) / 12;
        String[][] cells = new String[all.size()][rows];
        int[] width = new int[all.size()];
        int labelWidth = "month".length();
        for (int i = 0; i < all.size(); i++) {
            SeriesBands b = all.get(i);
            width[i] = b.name().length();
            for (int k = 0; k < rows; k++) {
                int t = 12 * k;
                cells[i][k] = num(b.percentile(0.05, t)) + " / " + num(b.percentile(0.5, t)) + " / "
                    + num(b.percentile(0.95, t));
                width[i] = Math.max(width[i], cells[i][k].length());
                labelWidth = Math.max(labelWidth, stepLabel(result, t).length());
            }
        }
        StringBuilder head = new StringBuilder(String.format(Locale.US, "%-" + labelWidth + "s", "month"));
        for (int i = 0; i < all.size(); i++) {
            head.append(String.format(Locale.US, " %-" + width[i] + "s", all.get(i).name()));
        }
        sb.append(head.toString().stripTrailing()).append('\n');
        for (int k = 0; k < rows; k++) {
            StringBuilder row = new StringBuilder(String.format(Locale.US, "%-" + labelWidth + "s",
                stepLabel(result, 12 * k)));
            for (int i = 0; i < all.size(); i++) {
                row.append(String.format(Locale.US, " %-" + width[i] + "s", cells[i][k]));
            }
            sb.append(row.toString().stripTrailing()).append('\n');
        }
    }

    private static String comparison(SimulationResult r) {
        StringBuilder sb = new StringBuilder();
        header(r, sb);
        sb.append("on common random numbers; difference = b - a\n\n");
        int nameWidth = "metric".length();
        int unitWidth = "unit".length();
        for (String name : r.metrics().keySet()) {
            if (name.startsWith(PairedModel.DIFF)) {
                nameWidth = Math.max(nameWidth, name.length() - PairedModel.DIFF.length());
                unitWidth = Math.max(unitWidth, r.outputs().metric(name).unit().length());
            }
        }
        String lead = "%-" + nameWidth + "s %-" + unitWidth + "s ";
        String head = String.format(Locale.US, lead + "%12s %12s %12s %24s%n", "metric", "unit", "mean a",
            "mean b", "difference", "95% CI of the difference");
        sb.append(head).append("-".repeat(head.length() - 1)).append('\n');
        for (String name : r.metrics().keySet()) {
            if (!name.startsWith(PairedModel.DIFF)) {
                continue;
            }
            String metric = name.substring(PairedModel.DIFF.length());
            MetricStatistics d = r.metric(name);
            Interval ci = d.confidenceInterval();
            sb.append(String.format(Locale.US, lead + "%12s %12s %12s %10s .. %-10s%n", metric,
                r.outputs().metric(name).unit(),
                num(r.metric(PairedModel.A + metric).mean()), num(r.metric(PairedModel.B + metric).mean()),
                num(d.mean()), num(ci.low()), num(ci.high())));
        }
        return sb.toString();
    }

    /** Step {@code t} as {@code YYYY-MM} when the result has calendar months, else its number. */
    static String stepLabel(SimulationResult result, int t) {
        return result.start() == null ? Integer.toString(t) : result.start().plusMonths(t).toString();
    }

    private static String pct(double p) {
        return Double.isFinite(p) ? String.format(Locale.US, "%.2f%%", 100 * p) : "n/a";
    }

    /** A number with four significant digits, without an exponent for magnitudes from 0.001 to 10 million. */
    static String num(double x) {
        if (!Double.isFinite(x)) {
            return "n/a";
        }
        if (x == 0) {
            return "0";
        }
        double a = Math.abs(x);
        if (a >= 1e7 || a < 1e-3) {
            return String.format(Locale.US, "%.3e", x);
        }
        int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.US, "%." + decimals + "f", x);
    }
}
