package dev.tariffsim.stats;

import dev.tariffsim.internal.Checks;
import java.util.Arrays;

/**
 * The distribution of one scalar metric over the paths of a run: moments, exact quantiles, tail risk,
 * and, for a 0/1 event metric, a probability with its Wilson interval. Immutable and thread-safe.
 *
 * <p>Quantiles are exact: linear interpolation between order statistics ({@code h = (n-1) q}, Hyndman and
 * Fan's type 7, the default of R and NumPy); or, for statistics made {@link #ofSketch from a sketch} (a
 * bounded-memory run), within a relative {@link QuantileSketch#RELATIVE_ERROR} of the nearest-rank order
 * statistic, with exact moments, extremes and event counts ({@link #quantileMethod()} says which). The
 * standard error is {@code stdDev / sqrt(n)} and the 95% interval {@code mean +- 1.959964 stdError}. Under
 * antithetic sampling ({@link #adoptPaired}) the standard error is that of the means of the antithetic pairs,
 * {@code sd(pair means) / sqrt(pairs)}: the pairs are independent, their two paths are not, and only this form is
 * valid whether or not the output is monotone in the draws. Under randomised quasi-Monte Carlo or Latin hypercube
 * sampling ({@link #adoptReplicated}) it is that of the means of the independent randomisations or blocks,
 * {@code sd(replicate means) / sqrt(G)}, and the interval uses Student's t quantile with {@code G - 1} degrees
 * of freedom; with control variates ({@link #adoptControlled}) mean, error and
 * interval are the controlled estimate's.
 *
 * <p>Undefined values are NaN: with no path every statistic; with one path (or fewer than two complete pairs)
 * the standard deviation, standard error and confidence interval; with no path the Wilson interval.
 *
 * <p>Exact statistics sort the values when a statistic that needs the order (a quantile, a tail measure, the plain
 * mean, a compensated sum in ascending order, or the standard deviation) is first read: a controlled mean and its
 * error, or the error of pair or replicate means, need no sort. The numbers do not depend on when it happens.
 */
public final class MetricStatistics {
    /** The two-sided 95% normal quantile. */
    public static final double Z95 = 1.959963984540054;

    private final String name;
    private final boolean event;
    /** A sketch, or the exact values sorted on first use, which then give the fields below that are NaN. */
    private final OrderStatistics order;
    private final int count;
    /** The mean given (controlled, or a sketch's); NaN: the plain mean of the exact values. */
    private final double mean;
    private final double stdDev;
    /** The standard error given; NaN: {@code stdDev / sqrt(n)} of the exact values. +infinity: undefined. */
    private final double stdError;
    private final double critical;

    private MetricStatistics(String name, boolean event, OrderStatistics order, int count, double mean,
                             double stdDev, double stdError, double critical) {
        this.name = name;
        this.event = event;
        this.order = order;
        this.count = count;
        this.mean = mean;
        this.stdDev = stdDev;
        this.stdError = stdError;
        this.critical = critical;
    }

    /** Exact statistics of {@code values} (owned); NaN {@code stdError} or {@code controlledMean}: the plain one. */
    private static MetricStatistics ofValues(String name, boolean event, double[] values, double stdError,
                                             double critical, double controlledMean) {
        return new MetricStatistics(name, event, new SortedOnDemand(values), values.length, controlledMean,
            Double.NaN, stdError, critical);
    }

    /**
     * Statistics of a bounded-memory run from its exact moments and a quantile sketch (copied).
     *
     * @param stdError the standard error of the mean (from pair means under antithetic sampling); NaN if undefined
     * @throws IllegalArgumentException if {@code count} differs from the sketch's or exceeds {@code 2^31 - 1}
     */
    public static MetricStatistics ofSketch(String name, boolean event, long count, double mean, double stdDev,
                                            double stdError, QuantileSketch sketch) {
        Checks.requireName(name, "metric name");
        Checks.requireArgument(count == sketch.count() && count <= Integer.MAX_VALUE, "count", count,
            "the sketch's count " + sketch.count() + ", at most 2^31 - 1");
        return new MetricStatistics(name, event, new OrderStatistics.Sketched(sketch.copy()), (int) count, mean, stdDev,
            MeanErrors.stored(stdError), Z95);
    }

    /** How quantiles were computed: {@code "exact"} or {@code "sketch, relative error 0.4%"}. */
    public String quantileMethod() {
        return order.method();
    }

    /**
     * Statistics of the given values (copied). An event metric's values must all be 0 or 1.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite, or an event value is neither 0 nor 1
     */
    public static MetricStatistics of(String name, boolean event, double[] values, int count) {
        Checks.requireArgument(count >= 0 && count <= values.length, "count", count,
            "between 0 and the number of values " + values.length);
        return adopt(name, event, Arrays.copyOf(values, count));
    }

    /**
     * Statistics of {@code values}, taking ownership of the array: it is kept, not copied, and sorted in place when a
     * statistic that needs the order (a quantile, the plain mean or standard deviation) is first read
     * (for a run's final statistics, where a copy of every metric's values would double the memory).
     *
     * @throws IllegalArgumentException as {@link #of}
     */
    public static MetricStatistics adopt(String name, boolean event, double[] values) {
        OrderStatistics.Sorted.check(name, event, values);
        return ofValues(name, event, values, Double.NaN, Z95, Double.NaN);
    }

    /**
     * Statistics of the values of an antithetic run, in path order, taking ownership of the array as
     * {@link #adopt}: the standard error is computed from the means of the pairs ({@code values[2j + lead]},
     * {@code values[2j + 1 + lead]}); a value outside a complete pair counts in every statistic but the standard
     * error.
     *
     * @param lead 1 if {@code values[0]} is the second path of a pair (its first path is not among the values), else 0
     * @throws IllegalArgumentException as {@link #of}, or if {@code lead} is not 0 or 1
     */
    public static MetricStatistics adoptPaired(String name, boolean event, double[] values, int lead) {
        OrderStatistics.Sorted.check(name, event, values);
        Checks.requireArgument(lead == 0 || lead == 1, "lead", lead, "0 or 1");
        double se = pairedStdError(values, lead, values.length);
        return ofValues(name, event, values, MeanErrors.stored(se), Z95, Double.NaN);
    }

    /**
     * The standard error of the mean from the means of the complete antithetic pairs among the first
     * {@code count} values (in path order, the first pair starting at {@code lead}); NaN with fewer than two pairs.
     */
    public static double pairedStdError(double[] values, int lead, int count) {
        return MeanErrors.paired(values, lead, count);
    }

    /**
     * Statistics of the values of a replicated run (randomised quasi-Monte Carlo, Latin hypercube blocks), in path
     * order, value {@code j} being path {@code firstPath + j}, taking ownership of the array as {@link #adopt}: the
     * standard error is that of the replicate means, {@code sd(replicate means) / sqrt(G)}, and the interval uses
     * Student's t with {@code G - 1} degrees of freedom ({@link Replication}).
     *
     * @throws IllegalArgumentException as {@link #of}, or if {@code replication} is none or {@code firstPath < 0}
     */
    public static MetricStatistics adoptReplicated(String name, boolean event, double[] values, long firstPath,
                                                   Replication replication) {
        OrderStatistics.Sorted.check(name, event, values);
        double se = replication.stdError(values, firstPath, values.length);
        double critical = replication.critical(firstPath, values.length);
        return ofValues(name, event, values, MeanErrors.stored(se), Double.isNaN(critical) ? Z95 : critical,
            Double.NaN);
    }

    /**
     * Statistics of {@code values} (taking ownership, as {@link #adopt}) whose mean and standard error are those of
     * a control-variate estimate ({@link ControlledMean}); the interval uses its critical value, the standard
     * deviation, quantiles and tail measures the values themselves.
     *
     * @throws IllegalArgumentException as {@link #of}
     */
    public static MetricStatistics adoptControlled(String name, boolean event, double[] values, ControlledMean c) {
        OrderStatistics.Sorted.check(name, event, values);
        double se = c.stdError();
        return ofValues(name, event, values, MeanErrors.stored(se),
            c.critical(), c.mean());
    }

    /** The two-sided 95% quantile of Student's t with {@code df} degrees of freedom (2.131 for 15). */
    public static double studentT95(int df) {
        return MeanErrors.studentT95(df);
    }

    /** The metric's name. */
    public String name() {
        return name;
    }

    /** Whether the metric is a 0/1 event. */
    public boolean isEvent() {
        return event;
    }

    /** The number of paths. */
    public int count() {
        return count;
    }

    /** The sample mean; with control variates, the controlled estimate of the mean. */
    public double mean() {
        return Double.isNaN(mean) && order instanceof SortedOnDemand s ? s.mean() : mean;
    }

    /** The sample standard deviation (divisor {@code n - 1}). */
    public double stdDev() {
        return order instanceof SortedOnDemand s ? s.stdDev() : stdDev;
    }

    /** The standard error of the mean (from pair means under antithetic sampling); NaN when undefined. */
    public double stdError() {
        double se = Double.isNaN(stdError) && order instanceof SortedOnDemand s ? s.stdDev() / Math.sqrt(count)
            : stdError;
        return se == Double.POSITIVE_INFINITY ? Double.NaN : se;
    }

    /**
     * The 95% confidence interval of the mean: {@code mean +- 1.959964 stdError}, or under randomised QMC and Latin
     * hypercube blocks {@code mean +- t(G-1) stdError} with Student's t quantile for the {@code G} replicates (2.131
     * for 16); both
     * ends NaN when the standard error is undefined.
     */
    public Interval confidenceInterval() {
        double h = critical * stdError();
        double m = mean();
        return new Interval(m - h, m + h, 0.95);
    }

    /** The smallest value. */
    public double min() {
        return order.min();
    }

    /** The largest value. */
    public double max() {
        return order.max();
    }

    /**
     * The {@code level}-quantile: exact (type 7), or within the sketch's error.
     *
     * @throws IllegalArgumentException unless {@code 0 <= level <= 1}
     */
    public double quantile(double level) {
        Checks.requireProbability(level, "quantile level");
        return order.quantile(level);
    }

    /**
     * Value at risk at confidence {@code level}: the {@code level}-quantile when large values are bad, the
     * {@code (1 - level)}-quantile when small values are bad.
     *
     * @throws IllegalArgumentException unless {@code 0 < level < 1}
     */
    public double valueAtRisk(double level, Tail tail) {
        Checks.requireOpenUnit(level, "level");
        return quantile(tail == Tail.UPPER ? level : 1 - level);
    }

    /**
     * Expected shortfall at confidence {@code level}: the mean of the worst {@code ceil((1 - level) n)} paths.
     *
     * @throws IllegalArgumentException unless {@code 0 < level < 1}
     */
    public double expectedShortfall(double level, Tail tail) {
        Checks.requireOpenUnit(level, "level");
        return order.shortfall(level, count, tail == Tail.UPPER);
    }

    /** The share of paths on which the event happened; the mean, for an event metric. */
    public double probability() {
        return mean();
    }

    /**
     * The 95% Wilson score interval of {@link #probability()} (paths taken as independent trials); both ends NaN
     * when there is no path.
     */
    public Interval wilsonInterval() {
        if (count == 0) {
            return new Interval(Double.NaN, Double.NaN, 0.95);
        }
        return wilson(Math.round(mean() * count), count, Z95);
    }

    /**
     * The half-width of the Wilson score interval for {@code successes} out of {@code trials} at normal quantile
     * {@code z}: used by precision control, where a zero-variance sample (no event yet) must not count as precise.
     */
    public static double wilsonHalfWidth(long successes, long trials, double z) {
        return WilsonScore.halfWidth(successes, trials, z);
    }

    /**
     * The Wilson score interval for {@code successes} out of {@code trials} at normal quantile {@code z}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= successes <= trials} and {@code trials > 0}
     */
    public static Interval wilson(long successes, long trials, double z) {
        return WilsonScore.interval(successes, trials, z);
    }

    @Override
    public String toString() {
        return Checks.format("%s: mean %.6g (se %.3g), P5 %.6g, P50 %.6g, P95 %.6g, n %d",
            name, mean(), stdError(), quantile(0.05), quantile(0.5), quantile(0.95), count());
    }
}
