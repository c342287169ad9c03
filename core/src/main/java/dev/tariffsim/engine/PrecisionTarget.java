package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.MetricStatistics;

/**
 * A precision goal for one metric: the half-width of its 95% confidence interval at most an absolute
 * amount (in the metric's unit) or at most a fraction of the absolute mean.
 *
 * <h2>When a target counts as met</h2>
 * At a checkpoint, over the {@code n} paths so far, in path order:
 * <ul>
 * <li>at least {@value #MIN_TAIL_PATHS} paths lie strictly above the sample minimum and at least
 *     {@value #MIN_TAIL_PATHS} strictly below the sample maximum: for an event metric, at least that many events
 *     and that many non-events. Until then the sample cannot show its own variance (an event of probability
 *     1e-4 not yet seen gives a standard error of 0), and no target is met, whatever its half-width;</li>
 * <li>the half-width is, for an event metric, that of the 95% Wilson score interval, and otherwise
 *     {@code 1.959964} standard errors. Under antithetic sampling the standard error is that of the pair
 *     means, and an event's half-width is the larger of the two;</li>
 * <li>a relative target compares the half-width with {@code fraction * |mean|}.</li>
 * </ul>
 * A metric that is constant on every path therefore never meets a target: the run goes to its maximum and
 * says so ({@link StopReason#MAX_PATHS_REACHED}).
 *
 * @param metric the metric's name
 * @param halfWidth the largest acceptable half-width: absolute, or relative to {@code |mean|}
 * @param relative whether {@code halfWidth} is a fraction of {@code |mean|}
 */
public record PrecisionTarget(String metric, double halfWidth, boolean relative) {
    /** @throws IllegalArgumentException if the name is blank or the half-width not positive and finite */
    public PrecisionTarget {
        Checks.requireName(metric, "metric");
        Checks.requirePositiveFinite(halfWidth, relative ? "relativeHalfWidth" : "absoluteHalfWidth");
    }

    /** A 95% half-width of at most {@code halfWidth}, in the metric's unit. */
    public static PrecisionTarget absolute(String metric, double halfWidth) {
        return new PrecisionTarget(metric, halfWidth, false);
    }

    /** A 95% half-width of at most {@code fraction * |mean|}. */
    public static PrecisionTarget relative(String metric, double fraction) {
        return new PrecisionTarget(metric, fraction, true);
    }

    /** Paths needed strictly above the minimum and strictly below the maximum before a target can be met. */
    public static final int MIN_TAIL_PATHS = 10;

    /**
     * The index in {@code spec} of each target's metric.
     *
     * @throws IllegalArgumentException if a target names a metric the model does not declare
     */
    static int[] metricIndices(java.util.List<PrecisionTarget> targets, OutputSpec spec) {
        int[] index = new int[targets.size()];
        for (int i = 0; i < index.length; i++) {
            String name = targets.get(i).metric();
            Checks.requireArgument(spec.hasMetric(name), "precision target metric", name,
                "a metric of the model " + spec.metrics().stream().map(OutputSpec.Metric::name).toList());
            index[i] = spec.metricIndex(name);
        }
        return index;
    }

    /** Whether every target (of metric {@code index[i]}) is met by the paths in {@code total}. */
    static boolean allMet(java.util.List<PrecisionTarget> targets, int[] index, ResultAccumulator total,
                          boolean antithetic) {
        FinalStatistics.Controls cv = null;
        if (!total.controls().isEmpty()) {
            int metrics = total.spec().metrics().size();
            double[][] rows = new double[total.controls().size()][];
            for (int k = 0; k < rows.length; k++) {
                rows[k] = total.values(metrics + k);
            }
            cv = new FinalStatistics.Controls(rows, total.count(), total.controls(), antithetic, total.replication());
        }
        for (int i = 0; i < index.length; i++) {
            int m = index[i];
            boolean event = total.spec().metrics().get(m).event();
            dev.tariffsim.stats.MetricSummary summary = total.summary(m);
            dev.tariffsim.stats.ControlledMean c = cv != null && !event ? cv.mean(total.values(m), total.count()) : null;
            boolean met = summary != null ? targets.get(i).isMet(summary, event, antithetic)
                : targets.get(i).isMet(total.values(m), total.count(), event, antithetic, total.replication(), c);
            if (!met) {
                return false;
            }
        }
        return true;
    }

    /** Whether the target is met by {@code values[0..count)} (in path order, pairs from index 0 if antithetic). */
    boolean isMet(double[] values, int count, boolean event, boolean antithetic) {
        return isMet(values, count, event, antithetic, dev.tariffsim.stats.Replication.none(), null);
    }

    /**
     * As {@link #isMet(double[], int, boolean, boolean)}, with the replicate-mean error of a randomised QMC or Latin
     * hypercube run, or
     * the half-width and mean of a control-variate estimate {@code controlled} when not null.
     */
    boolean isMet(double[] values, int count, boolean event, boolean antithetic,
                  dev.tariffsim.stats.Replication replication,
                  dev.tariffsim.stats.ControlledMean controlled) {
        if (count < 2) {
            return false;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < count; i++) {
            double v = values[i];
            sum += v;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        long above = 0;
        long below = 0;
        double mean = sum / count;
        double ss = 0;
        for (int i = 0; i < count; i++) {
            double v = values[i];
            above += v > lo ? 1 : 0;
            below += v < hi ? 1 : 0;
            ss += (v - mean) * (v - mean);
        }
        boolean replicated = replication.isReplicated();
        double se = replicated ? replication.stdError(values, 0, count)
            : antithetic ? MetricStatistics.pairedStdError(values, 0, count) : Math.sqrt(ss / (count - 1) / count);
        double half = (replicated ? replication.critical(0, count) : MetricStatistics.Z95) * se;
        if (controlled != null) {
            half = controlled.critical() * controlled.stdError();
            mean = controlled.mean();
        }
        return met(mean, half, count, above, below, sum, event, antithetic || replicated);
    }

    /**
     * Whether the target is met by a bounded-memory summary: as for every value, with the paths above the minimum
     * and below the maximum counted conservatively (the minimum's and maximum's sketch buckets count as equal).
     */
    boolean isMet(dev.tariffsim.stats.MetricSummary s, boolean event, boolean antithetic) {
        long n = s.count();
        return n >= 2 && met(s.mean(), MetricStatistics.Z95 * s.stdError(), n, n - s.countNearMin(),
            n - s.countNearMax(), s.sum(), event, antithetic);
    }

    /** {@code half}: the 95% half-width of the mean; {@code grouped}: errors from pair or replicate means. */
    private boolean met(double mean, double half, long count, long above, long below, double sum, boolean event,
                        boolean grouped) {
        if (above < MIN_TAIL_PATHS || below < MIN_TAIL_PATHS) {
            return false;
        }
        if (Double.isNaN(half)) {
            return false;
        }
        if (event) {
            long events = Math.round(sum);
            half = Math.max(grouped ? half : 0, MetricStatistics.wilsonHalfWidth(events, count, MetricStatistics.Z95));
        }
        double limit = relative ? halfWidth * Math.abs(mean) : halfWidth;
        return half <= limit;
    }
}
