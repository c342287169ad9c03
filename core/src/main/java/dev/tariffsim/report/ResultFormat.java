package dev.tariffsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.RunInfo;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.Interval;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link SimulationResult} as JSON, CSV or a text table, all carrying the same numbers.
 *
 * <p>JSON: {@code run} (seed, paths, threads, antithetic, generator, version, seconds, pathsPerSecond,
 * stopReason), {@code metrics} (per metric: unit, description, mean, stdError, ciLow, ciHigh, stdDev, min, max, p1, p5, p25, p50,
 * p75, p95, p99; event metrics add probability, probabilityLow, probabilityHigh: the 95% Wilson interval),
 * {@code seriesInfo} (per series: unit, description) and {@code series} (per series, per month: month as {@code YYYY-MM}, mean, p5, p25, p50, p75, p95). Thread-safe.
 */
public final class ResultFormat {
    /** The quantile levels of every metric, and their names. */
    static final double[] LEVELS = {0.01, 0.05, 0.25, 0.50, 0.75, 0.95, 0.99};
    static final String[] LEVEL_NAMES = {"p1", "p5", "p25", "p50", "p75", "p95", "p99"};
    static final String[] BAND_NAMES = {"p5", "p25", "p50", "p75", "p95"};

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ResultFormat() {
    }

    /**
     * The result as JSON.
     *
     * @param scenarioName recorded under {@code run.scenario}
     * @param start the calendar month of step 0, to label series months
     */
    public static String json(SimulationResult result, String scenarioName, YearMonth start) {
        ObjectNode root = MAPPER.createObjectNode();
        RunInfo r = result.run();
        root.putObject("run").put("scenario", scenarioName).put("seed", r.seed()).put("paths", r.paths())
            .put("threads", r.threads()).put("antithetic", r.antithetic()).put("generator", r.generator())
            .put("version", r.version()).put("seconds", r.elapsedSeconds()).put("pathsPerSecond", r.pathsPerSecond())
            .put("stopReason", r.stopReason().name());
        ObjectNode metrics = root.putObject("metrics");
        for (Map.Entry<String, MetricStatistics> e : result.metrics().entrySet()) {
            MetricStatistics m = e.getValue();
            ObjectNode o = metrics.putObject(e.getKey());
            OutputSpec.Metric d = result.outputs().metric(e.getKey());
            o.put("unit", d.unit()).put("description", d.description());
            Interval ci = m.confidenceInterval();
            o.put("mean", m.mean()).put("stdError", m.stdError()).put("ciLow", ci.low()).put("ciHigh", ci.high())
                .put("stdDev", m.stdDev()).put("min", m.min()).put("max", m.max());
            for (int k = 0; k < LEVELS.length; k++) {
                o.put(LEVEL_NAMES[k], m.quantile(LEVELS[k]));
            }
            if (m.isEvent()) {
                Interval w = m.wilsonInterval();
                o.put("probability", m.probability()).put("probabilityLow", w.low()).put("probabilityHigh", w.high());
            }
        }
        ObjectNode seriesInfo = root.putObject("seriesInfo");
        for (String name : result.series().keySet()) {
            OutputSpec.Series d = result.outputs().series(name);
            seriesInfo.putObject(name).put("unit", d.unit()).put("description", d.description());
        }
        ObjectNode series = root.putObject("series");
        for (Map.Entry<String, SeriesBands> e : result.series().entrySet()) {
            SeriesBands b = e.getValue();
            ArrayNode a = series.putArray(e.getKey());
            for (int t = 0; t < b.steps(); t++) {
                ObjectNode o = a.addObject().put("month", start.plusMonths(t).toString()).put("mean", b.mean(t));
                for (int k = 0; k < SeriesBands.LEVELS.length; k++) {
                    o.put(BAND_NAMES[k], b.percentile(SeriesBands.LEVELS[k], t));
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The result as CSV, one row per metric and one per series month:
     * {@code kind,name,month,mean,stdError,ciLow,ciHigh,stdDev,min,max,p1,p5,p25,p50,p75,p95,p99,probability,probabilityLow,probabilityHigh};
     * cells that do not apply are empty. Lines starting with {@code #} describe the run.
     */
    public static String csv(SimulationResult result, String scenarioName, YearMonth start) {
        StringBuilder sb = new StringBuilder();
        RunInfo r = result.run();
        sb.append(Checks.format("# scenario=%s seed=%d paths=%d threads=%d antithetic=%s generator=%s version=%s stopReason=%s%n",
            scenarioName, r.seed(), r.paths(), r.threads(), r.antithetic(), r.generator(), r.version(), r.stopReason()));
        sb.append("kind,name,month,mean,stdError,ciLow,ciHigh,stdDev,min,max,p1,p5,p25,p50,p75,p95,p99,"
            + "probability,probabilityLow,probabilityHigh\n");
        for (Map.Entry<String, MetricStatistics> e : result.metrics().entrySet()) {
            MetricStatistics m = e.getValue();
            Interval ci = m.confidenceInterval();
            sb.append("metric,").append(e.getKey()).append(",,");
            append(sb, m.mean(), m.stdError(), ci.low(), ci.high(), m.stdDev(), m.min(), m.max());
            for (double level : LEVELS) {
                append(sb, m.quantile(level));
            }
            if (m.isEvent()) {
                Interval w = m.wilsonInterval();
                append(sb, m.probability(), w.low(), w.high());
            } else {
                sb.append(",,,");
            }
            sb.setLength(sb.length() - 1);
            sb.append('\n');
        }
        for (Map.Entry<String, SeriesBands> e : result.series().entrySet()) {
            SeriesBands b = e.getValue();
            for (int t = 0; t < b.steps(); t++) {
                sb.append("series,").append(e.getKey()).append(',').append(start.plusMonths(t)).append(',');
                append(sb, b.mean(t));
                sb.append(",,,,,,,");
                for (double level : SeriesBands.LEVELS) {
                    append(sb, b.percentile(level, t));
                }
                sb.append(",,,,");
                sb.setLength(sb.length() - 1);
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, double... xs) {
        for (double x : xs) {
            sb.append(x).append(',');
        }
    }

    /**
     * A text table of every metric with its unit: mean with its 95% interval, P5, P50, P95 (probabilities with
     * their Wilson interval for events).
     */
    public static String table(SimulationResult result, String scenarioName) {
        StringBuilder sb = new StringBuilder();
        RunInfo r = result.run();
        sb.append(Checks.format("%s: %,d paths, seed %d, %d threads, %.1f s (%,.0f paths/s), %s%n", scenarioName,
            r.paths(), r.seed(), r.threads(), r.elapsedSeconds(), r.pathsPerSecond(), r.stopReason()));
        sb.append('\n');
        String header = String.format(Locale.US, "%-34s %-11s %12s %21s %12s %12s %12s%n", "metric", "unit", "mean",
            "95% CI of the mean", "P5", "P50", "P95");
        sb.append(header);
        sb.append("-".repeat(header.length() - 1)).append('\n');
        for (Map.Entry<String, MetricStatistics> e : result.metrics().entrySet()) {
            MetricStatistics m = e.getValue();
            String unit = result.outputs().metric(e.getKey()).unit();
            if (m.isEvent()) {
                Interval w = m.wilsonInterval();
                sb.append(String.format(Locale.US, "%-34s %-11s %11.2f%% %9.2f%% .. %6.2f%% %38s%n", e.getKey(), unit,
                    100 * m.probability(), 100 * w.low(), 100 * w.high(), "(Wilson 95%)"));
            } else {
                Interval ci = m.confidenceInterval();
                sb.append(String.format(Locale.US, "%-34s %-11s %12s %10s .. %-8s %12s %12s %12s%n", e.getKey(), unit,
                    num(m.mean()), num(ci.low()), num(ci.high()), num(m.quantile(0.05)), num(m.quantile(0.5)),
                    num(m.quantile(0.95))));
            }
        }
        return sb.toString();
    }

    /** A number with four significant digits, without an exponent for magnitudes from 0.001 to 10 million. */
    public static String num(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return x == 0 ? "0" : "NaN";
        }
        double a = Math.abs(x);
        if (a >= 1e7 || a < 1e-3) {
            return String.format(Locale.US, "%.3e", x);
        }
        int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.US, "%." + decimals + "f", x);
    }
}
