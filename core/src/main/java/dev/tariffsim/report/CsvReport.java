package dev.tariffsim.report;

import dev.tariffsim.engine.RunInfo;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.Interval;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import java.util.Map;

/**
 * A result as CSV, one row per metric and one per series step:
 * {@code kind,name,month,mean,stdError,ciLow,ciHigh,stdDev,min,max,p1,p5,p25,p50,p75,p95,p99,probability,probabilityLow,probabilityHigh};
 * cells that do not apply or are undefined are empty. Lines starting with {@code #} describe the run (the
 * first says {@code empty=true} for a result of 0 paths). Fields holding a comma, a double quote, a carriage
 * return or a line feed (names are user text) are quoted as RFC 4180 says: enclosed in double quotes, with each
 * double quote doubled. Lines end with a line feed.
 */
final class CsvReport {
    private CsvReport() {
    }

    static String render(SimulationResult result) {
        StringBuilder sb = new StringBuilder();
        RunInfo r = result.run();
        sb.append("# scenario=").append(quote(result.model())).append(Checks.format(
            " empty=%s seed=%d paths=%d threads=%d antithetic=%s generator=%s version=%s stopReason=%s quantiles=%s%n",
            result.isEmpty(), r.seed(), r.paths(), r.threads(), r.antithetic(), r.generator(), r.version(),
            r.stopReason(), quote(result.quantiles())));
        sb.append("kind,name,month,mean,stdError,ciLow,ciHigh,stdDev,min,max,p1,p5,p25,p50,p75,p95,p99,"
            + "probability,probabilityLow,probabilityHigh\n");
        for (Map.Entry<String, MetricStatistics> e : result.metrics().entrySet()) {
            MetricStatistics m = e.getValue();
            Interval ci = m.confidenceInterval();
            sb.append("metric,").append(quote(e.getKey())).append(",,");
            append(sb, m.mean(), m.stdError(), ci.low(), ci.high(), m.stdDev(), m.min(), m.max());
            for (double level : JsonReport.LEVELS) {
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
                sb.append("series,").append(quote(e.getKey())).append(',')
                    .append(TableReport.stepLabel(result, t)).append(',');
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

    /** A field as RFC 4180 writes it: quoted, with quotes doubled, if it holds a comma, quote, CR or LF. */
    static String quote(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + field.replace("\"", "\"\"") + '"';
            }
        }
        return field;
    }

    private static void append(StringBuilder sb, double... xs) {
        for (double x : xs) {
            if (Double.isFinite(x)) {
                sb.append(x);
            }
            sb.append(',');
        }
    }
}
