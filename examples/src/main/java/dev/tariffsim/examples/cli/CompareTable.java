package dev.tariffsim.examples.cli;

import static dev.tariffsim.report.ResultFormat.num;

import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.stats.Interval;
import dev.tariffsim.stats.MetricStatistics;
import java.util.Locale;

/** The text table of {@code tariffsim compare}: per metric the two means and their difference with its 95% CI. */
final class CompareTable {
    private CompareTable() {
    }

    static String render(SimulationResult r, String a, String b) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.US, "%s vs %s on common random numbers: %,d paths, seed %d, %.1f s%n", a, b,
            r.run().paths(), r.run().seed(), r.run().elapsedSeconds()));
        sb.append("difference = b - a; USD bn, present values, unless the name says otherwise\n\n");
        String header = String.format(Locale.US, "%-34s %12s %12s %12s %25s%n", "metric", "mean a", "mean b",
            "difference", "95% CI of the difference");
        sb.append(header).append("-".repeat(header.length() - 1)).append('\n');
        for (String name : r.metrics().keySet()) {
            if (!name.startsWith("diff.")) {
                continue;
            }
            String metric = name.substring(5);
            MetricStatistics d = r.metric(name);
            Interval ci = d.confidenceInterval();
            sb.append(String.format(Locale.US, "%-34s %12s %12s %12s %12s .. %-10s%n", metric,
                num(r.metric("a." + metric).mean()), num(r.metric("b." + metric).mean()), num(d.mean()),
                num(ci.low()), num(ci.high())));
        }
        return sb.toString();
    }
}
