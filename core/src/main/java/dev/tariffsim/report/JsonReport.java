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
import dev.tariffsim.stats.ConvergenceTrace;
import dev.tariffsim.stats.Interval;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import java.util.Map;

/**
 * A result as JSON: {@code run} (scenario, start, empty, seed, paths, threads, antithetic, generator, version,
 * seconds, pathsPerSecond, stopReason, quantiles: {@code "exact"} or {@code "sketch, relative error 0.4%"}),
 * {@code metrics} (per metric: unit, description, mean, stdError, ciLow,
 * ciHigh, stdDev, min, max, p1, p5, p25, p50, p75, p95, p99; event metrics add probability, probabilityLow,
 * probabilityHigh: the 95% Wilson interval), {@code seriesInfo} (per series: unit, description), {@code series}
 * (per series, per step: month as {@code YYYY-MM} or step number, mean, p5, p25, p50, p75, p95) and {@code convergence} (per metric, per checkpoint: paths, mean, stdError). Undefined numbers
 * are {@code null}; {@code run.empty} is true for a result of 0 paths.
 */
final class JsonReport {
    static final double[] LEVELS = {0.01, 0.05, 0.25, 0.50, 0.75, 0.95, 0.99};
    static final String[] LEVEL_NAMES = {"p1", "p5", "p25", "p50", "p75", "p95", "p99"};
    static final String[] BAND_NAMES = {"p5", "p25", "p50", "p75", "p95"};
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {
    }

    static String render(SimulationResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        RunInfo r = result.run();
        ObjectNode run = root.putObject("run").put("scenario", result.model());
        run.put("start", result.start() == null ? null : result.start().toString());
        run.put("empty", result.isEmpty()).put("seed", r.seed()).put("paths", r.paths())
            .put("threads", r.threads()).put("antithetic", r.antithetic()).put("generator", r.generator())
            .put("version", r.version()).put("seconds", r.elapsedSeconds()).put("pathsPerSecond", r.pathsPerSecond())
            .put("stopReason", r.stopReason().name()).put("quantiles", result.quantiles());
        ObjectNode metrics = root.putObject("metrics");
        for (Map.Entry<String, MetricStatistics> e : result.metrics().entrySet()) {
            MetricStatistics m = e.getValue();
            ObjectNode o = metrics.putObject(e.getKey());
            OutputSpec.Metric d = result.outputs().metric(e.getKey());
            o.put("unit", d.unit()).put("description", d.description());
            Interval ci = m.confidenceInterval();
            put(o, "mean", m.mean());
            put(o, "stdError", m.stdError());
            put(o, "ciLow", ci.low());
            put(o, "ciHigh", ci.high());
            put(o, "stdDev", m.stdDev());
            put(o, "min", m.min());
            put(o, "max", m.max());
            for (int k = 0; k < LEVELS.length; k++) {
                put(o, LEVEL_NAMES[k], m.quantile(LEVELS[k]));
            }
            if (m.isEvent()) {
                Interval w = m.wilsonInterval();
                put(o, "probability", m.probability());
                put(o, "probabilityLow", w.low());
                put(o, "probabilityHigh", w.high());
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
                ObjectNode o = a.addObject().put("month", TableReport.stepLabel(result, t));
                put(o, "mean", b.mean(t));
                for (int k = 0; k < SeriesBands.LEVELS.length; k++) {
                    put(o, BAND_NAMES[k], b.percentile(SeriesBands.LEVELS[k], t));
                }
            }
        }
        ObjectNode convergence = root.putObject("convergence");
        for (Map.Entry<String, ConvergenceTrace> e : result.convergence().entrySet()) {
            ArrayNode a = convergence.putArray(e.getKey());
            ConvergenceTrace c = e.getValue();
            for (int k = 0; k < c.size(); k++) {
                ObjectNode o = a.addObject().put("paths", c.paths(k));
                put(o, "mean", c.mean(k));
                put(o, "stdError", c.stdError(k));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ObjectNode o, String field, double x) {
        if (Double.isFinite(x)) {
            o.put(field, x);
        } else {
            o.putNull(field);
        }
    }
}
