package dev.tariffsim.stats;

import dev.tariffsim.internal.Checks;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The standard error of a sample mean under each sampling design of a run, and the critical values of its interval:
 * antithetic pairs (the pairs are independent, their two paths are not), randomised quasi-Monte Carlo replicates
 * and Latin hypercube blocks (independent randomisations, Student's t with one degree of freedom fewer than the
 * replicates; {@link Replication}), and a compensated sum
 * for the plain mean. The estimation behind {@link MetricStatistics}; stateless but for a cache of t quantiles.
 */
final class MeanErrors {
    /** Cached t quantiles by degrees of freedom (0 = not yet computed; a racy fill writes the same value). */
    private static final double[] T95 = new double[2048];

    private MeanErrors() {
    }

    /** See {@link MetricStatistics#pairedStdError}. */
    static double paired(double[] values, int lead, int count) {
        return grouped(values, lead, count, 2);
    }

    /**
     * The standard error of the mean from the means of the complete groups of {@code size} consecutive values among
     * the first {@code count}, the first group starting at {@code lead}; NaN with fewer than two groups.
     */
    static double grouped(double[] values, int lead, int count, int size) {
        int groups = Math.max(0, count - lead) / size;
        if (groups < 2) {
            return Double.NaN;
        }
        double mean = 0;
        double m2 = 0;
        for (int j = 0; j < groups; j++) {
            int from = lead + j * size;
            double sum = 0;
            for (int k = 0; k < size; k++) {
                sum += values[from + k];
            }
            double y = sum / size;
            double d = y - mean;
            mean += d / (j + 1);
            m2 += d * (y - mean);
        }
        return Math.sqrt(m2 / (groups - 1) / groups);
    }

    /** See {@link Replication#stdError}, interleaved. */
    static double replicated(double[] values, long firstPath, int count, int replicates) {
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

    /** See {@link MetricStatistics#studentT95}. */
    static double studentT95(int df) {
        Checks.requirePositive(df, "df");
        if (df < T95.length) {
            double t = T95[df];
            if (t == 0) {
                t = new TDistribution(null, df).inverseCumulativeProbability(0.975);
                T95[df] = t;
            }
            return t;
        }
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }

    /** The sum of {@code xs} with Neumaier's compensation (the plain mean's numerator). */
    static double kahanSum(double[] xs) {
        double sum = 0;
        double c = 0;
        for (double x : xs) {
            double t = sum + x;
            c += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }
        return sum + c;
    }

    /** The sum of squared deviations of {@code xs} from {@code mean}, in index order. */
    static double sumOfSquares(double[] xs, double mean) {
        double ss = 0;
        for (double v : xs) {
            ss += (v - mean) * (v - mean);
        }
        return ss;
    }

    /** A standard error as stored: an undefined one (NaN) becomes +infinity, so that it is never taken as precise. */
    static double stored(double se) {
        return Double.isNaN(se) ? Double.POSITIVE_INFINITY : se;
    }
}
