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
 * valid whether or not the output is monotone in the draws. Under randomised quasi-Monte Carlo
 * ({@link #adoptReplicated}) it is that of the means of the independent randomisations,
 * {@code sd(replicate means) / sqrt(replicates)}, and the interval uses Student's t quantile with
 * {@code replicates - 1} degrees of freedom; with control variates ({@link #adoptControlled}) mean, error and
 * interval are the controlled estimate's.
 *
 * <p>Undefined values are NaN: with no path every statistic; with one path (or fewer than two complete pairs)
 * the standard deviation, standard error and confidence interval; with no path the Wilson interval.
 */
public final class MetricStatistics {
    /** The two-sided 95% normal quantile. */
    public static final double Z95 = 1.959963984540054;

    private final String name;
    private final boolean event;
    private final OrderStatistics order;
    private final int count;
    private final double mean;
    private final double stdDev;
    private final double stdError;
    private final double critical;

    private MetricStatistics(String name, boolean event, double[] sorted, double pairedStdError) {
        this(name, event, sorted, pairedStdError, Z95);
    }

    private MetricStatistics(String name, boolean event, double[] sorted, double pairedStdError, double critical) {
        this(name, event, sorted, pairedStdError, critical, Double.NaN);
    }

    private MetricStatistics(String name, boolean event, double[] sorted, double pairedStdError, double critical,
                             double controlledMean) {
        this.critical = critical;
        this.name = name;
        this.event = event;
        this.order = new OrderStatistics.Sorted(sorted);
        this.count = sorted.length;
        int n = sorted.length;
        double m = n == 0 ? Double.NaN : kahanSum(sorted) / n;
        double ss = 0;
        for (double v : sorted) {
            ss += (v - m) * (v - m);
        }
        this.mean = Double.isNaN(controlledMean) ? m : controlledMean;
        this.stdDev = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
        this.stdError = Double.isNaN(pairedStdError) ? stdDev / Math.sqrt(n) : pairedStdError;
    }

    private MetricStatistics(String name, boolean event, int count, double mean, double stdDev, double stdError,
                             QuantileSketch sketch) {
        this.critical = Z95;
        this.name = name;
        this.event = event;
        this.order = new OrderStatistics.Sketched(sketch);
        this.count = count;
        this.mean = mean;
        this.stdDev = stdDev;
        this.stdError = stdError;
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
        return new MetricStatistics(name, event, (int) count, mean, stdDev,
            Double.isNaN(stdError) ? Double.POSITIVE_INFINITY : stdError, sketch.copy());
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
     * Statistics of {@code values}, taking ownership of the array: it is sorted in place and kept, not copied
     * (for a run's final statistics, where a copy of every metric's values would double the memory).
     *
     * @throws IllegalArgumentException as {@link #of}
     */
    public static MetricStatistics adopt(String name, boolean event, double[] values) {
        check(name, event, values);
        Arrays.sort(values);
        return new MetricStatistics(name, event, values, Double.NaN);
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
        check(name, event, values);
        Checks.requireArgument(lead == 0 || lead == 1, "lead", lead, "0 or 1");
        double se = pairedStdError(values, lead, values.length);
        Arrays.sort(values);
        return new MetricStatistics(name, event, values, Double.isNaN(se) ? Double.POSITIVE_INFINITY : se);
    }

    /**
     * The standard error of the mean from the means of the complete antithetic pairs among the first
     * {@code count} values (in path order, the first pair starting at {@code lead}); NaN with fewer than two pairs.
     */
    public static double pairedStdError(double[] values, int lead, int count) {
        int pairs = (count - lead) / 2;
        if (pairs < 2) {
            return Double.NaN;
        }
        double mean = 0;
        double m2 = 0;
        for (int j = 0; j < pairs; j++) {
            double y = 0.5 * (values[lead + 2 * j] + values[lead + 2 * j + 1]);
            double d = y - mean;
            mean += d / (j + 1);
            m2 += d * (y - mean);
        }
        return Math.sqrt(m2 / (pairs - 1) / pairs);
    }

    /**
     * Statistics of the values of a randomised quasi-Monte Carlo run, in path order, taking ownership of the array
     * as {@link #adopt}: the standard error is that of the mean over {@code replicates} independent randomisations,
     * {@code sd(replicate means) / sqrt(replicates)}, value {@code j} belonging to replicate
     * {@code (firstPath + j) mod replicates}.
     *
     * @throws IllegalArgumentException as {@link #of}, or if {@code replicates < 2} or {@code firstPath < 0}
     */
    public static MetricStatistics adoptReplicated(String name, boolean event, double[] values, long firstPath,
                                                   int replicates) {
        check(name, event, values);
        double se = replicatedStdError(values, firstPath, values.length, replicates);
        Arrays.sort(values);
        return new MetricStatistics(name, event, values, Double.isNaN(se) ? Double.POSITIVE_INFINITY : se,
            studentT95(replicates - 1));
    }

    /**
     * The standard error of the mean from the means of {@code replicates} independent randomisations among the
     * first {@code count} values (value {@code j} in replicate {@code (firstPath + j) mod replicates}): the sample
     * standard deviation of the replicate means over {@code sqrt(replicates)}. NaN while a replicate has no value.
     *
     * @throws IllegalArgumentException if {@code replicates < 2} or {@code firstPath < 0}
     */
    public static double replicatedStdError(double[] values, long firstPath, int count, int replicates) {
        Checks.requireArgument(replicates >= 2, "replicates", replicates, "at least 2");
        Checks.requireArgument(firstPath >= 0, "firstPath", firstPath, "non-negative");
        if (count < replicates) {
            return Double.NaN;
        }
        double[] sum = new double[replicates];
        int[] n = new int[replicates];
        int r = (int) (firstPath % replicates);
        for (int j = 0; j < count; j++) {
            sum[r] += values[j];
            n[r]++;
            r = r + 1 == replicates ? 0 : r + 1;
        }
        double mean = 0;
        double m2 = 0;
        for (int k = 0; k < replicates; k++) {
            double y = sum[k] / n[k];
            double d = y - mean;
            mean += d / (k + 1);
            m2 += d * (y - mean);
        }
        return Math.sqrt(m2 / (replicates - 1) / replicates);
    }

    /**
     * Statistics of {@code values} (taking ownership, as {@link #adopt}) whose mean and standard error are those of
     * a control-variate estimate ({@link ControlledMean}); the interval uses its critical value, the standard
     * deviation, quantiles and tail measures the values themselves.
     *
     * @throws IllegalArgumentException as {@link #of}
     */
    public static MetricStatistics adoptControlled(String name, boolean event, double[] values, ControlledMean c) {
        check(name, event, values);
        Arrays.sort(values);
        double se = c.stdError();
        return new MetricStatistics(name, event, values, Double.isNaN(se) ? Double.POSITIVE_INFINITY : se,
            c.critical(), c.mean());
    }

    /** The two-sided 95% quantile of Student's t with {@code df} degrees of freedom (2.131 for 15). */
    public static double studentT95(int df) {
        Checks.requirePositive(df, "df");
        if (df < T95.length) {
            double t = T95[df];
            if (t == 0) {
                t = new org.apache.commons.math3.distribution.TDistribution(null, df).inverseCumulativeProbability(0.975);
                T95[df] = t;
            }
            return t;
        }
        return new org.apache.commons.math3.distribution.TDistribution(null, df).inverseCumulativeProbability(0.975);
    }

    /** Cached t quantiles by degrees of freedom (0 = not yet computed; a racy fill writes the same value). */
    private static final double[] T95 = new double[2048];

    private static void check(String name, boolean event, double[] values) {
        Checks.requireName(name, "metric name");
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                throw new IllegalArgumentException(Checks.format("metric %s is not finite at index %d: %s", name, i, v));
            }
            if (event && v != 0 && v != 1) {
                throw new IllegalArgumentException(Checks.format(
                    "event metric %s is not 0 or 1 at index %d: %s", name, i, v));
            }
        }
    }

    private static double kahanSum(double[] xs) {
        double sum = 0;
        double c = 0;
        for (double x : xs) {
            double t = sum + x;
            c += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }
        return sum + c;
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
        return mean;
    }

    /** The sample standard deviation (divisor {@code n - 1}). */
    public double stdDev() {
        return stdDev;
    }

    /** The standard error of the mean (from pair means under antithetic sampling); NaN when undefined. */
    public double stdError() {
        return stdError == Double.POSITIVE_INFINITY ? Double.NaN : stdError;
    }

    /**
     * The 95% confidence interval of the mean: {@code mean +- 1.959964 stdError}, or under randomised QMC
     * {@code mean +- t(R-1) stdError} with Student's t quantile for the {@code R} replicates (2.131 for 16); both
     * ends NaN when the standard error is undefined.
     */
    public Interval confidenceInterval() {
        double h = critical * stdError();
        return new Interval(mean - h, mean + h, 0.95);
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
        int n = count;
        if (n == 0) {
            return Double.NaN;
        }
        int k = (int) Math.max(1, Math.ceil((1 - level) * n - 1e-9));
        return order.tailMean(k, tail == Tail.UPPER);
    }

    /** The share of paths on which the event happened; the mean, for an event metric. */
    public double probability() {
        return mean;
    }

    /**
     * The 95% Wilson score interval of {@link #probability()} (paths taken as independent trials); both ends NaN
     * when there is no path.
     */
    public Interval wilsonInterval() {
        if (count == 0) {
            return new Interval(Double.NaN, Double.NaN, 0.95);
        }
        return wilson(Math.round(mean * count), count, Z95);
    }

    /**
     * The half-width of the Wilson score interval for {@code successes} out of {@code trials} at normal quantile
     * {@code z}: used by precision control, where a zero-variance sample (no event yet) must not count as precise.
     */
    public static double wilsonHalfWidth(long successes, long trials, double z) {
        double p = (double) successes / trials;
        double z2 = z * z;
        return z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / (1 + z2 / trials);
    }

    /**
     * The Wilson score interval for {@code successes} out of {@code trials} at normal quantile {@code z}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= successes <= trials} and {@code trials > 0}
     */
    public static Interval wilson(long successes, long trials, double z) {
        Checks.requirePositive(trials, "trials");
        Checks.requireArgument(successes >= 0 && successes <= trials, "successes", successes,
            "between 0 and trials " + trials);
        double p = (double) successes / trials;
        double z2 = z * z;
        double denom = 1 + z2 / trials;
        double centre = (p + z2 / (2.0 * trials)) / denom;
        double half = wilsonHalfWidth(successes, trials, z);
        double level = 2 * new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
            .cumulativeProbability(z) - 1;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half), level);
    }

    @Override
    public String toString() {
        return Checks.format("%s: mean %.6g (se %.3g), P5 %.6g, P50 %.6g, P95 %.6g, n %d",
            name, mean, stdError(), quantile(0.05), quantile(0.5), quantile(0.95), count());
    }
}
