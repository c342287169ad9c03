package dev.tariffsim.stats;

import dev.tariffsim.internal.Checks;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The control-variate estimate of a mean and its honest standard error.
 *
 * <p>The paths are first reduced to independent units: the paths themselves (plain Monte Carlo), the means of
 * antithetic pairs, or the means of randomised-QMC replicates; {@code G} units {@code (y_g, x_g)} with {@code p}
 * controls of known mean {@code mu}. The estimate is the intercept of the least-squares regression of {@code y} on
 * {@code x - mu}: {@code a = ybar - b'(xbar - mu)} with the estimated optimal coefficients {@code b}. Its standard
 * error is the regression's standard error of the fitted value at {@code x = mu},
 * {@code s sqrt(1/G + (xbar - mu)' Sxx^-1 (xbar - mu))} with {@code s^2 = SSE / (G - 1 - p)}: it accounts for the
 * coefficients being estimated (exact under a normal linear model; Lavenberg and Welch 1981), and the interval
 * uses Student's t with {@code G - 1 - p} degrees of freedom.
 *
 * @param mean the controlled estimate of the mean
 * @param stdError its standard error; NaN when {@code G <= p + 1} or the controls are collinear
 * @param critical the two-sided 95% quantile for the interval ({@code t(G - 1 - p)})
 * @param coefficients the estimated coefficients {@code b}, one per control
 */
public record ControlledMean(double mean, double stdError, double critical, double[] coefficients) {
    /**
     * The controlled mean of {@code y} from units {@code (y[g], x[k][g])}, {@code g < units}.
     *
     * @throws IllegalArgumentException if the shapes disagree or there are no controls
     */
    public static ControlledMean of(double[] y, double[][] x, double[] mu, int units) {
        int p = x.length;
        Checks.requireArgument(p >= 1 && mu.length == p, "controls", p, "at least one, with one mean each");
        Checks.requireArgument(units >= 0 && units <= y.length, "units", units, "in [0, " + y.length + "]");
        if (units == 0) {
            return new ControlledMean(Double.NaN, Double.NaN, Double.NaN, new double[p]);
        }
        double ybar = 0;
        double[] xbar = new double[p];
        for (int g = 0; g < units; g++) {
            ybar += y[g];
            for (int k = 0; k < p; k++) {
                xbar[k] += x[k][g];
            }
        }
        ybar /= units;
        for (int k = 0; k < p; k++) {
            xbar[k] /= units;
        }
        double[][] sxx = new double[p][p];
        double[] sxy = new double[p];
        double syy = 0;
        for (int g = 0; g < units; g++) {
            double dy = y[g] - ybar;
            syy += dy * dy;
            for (int k = 0; k < p; k++) {
                double dk = x[k][g] - xbar[k];
                sxy[k] += dk * dy;
                for (int l = 0; l <= k; l++) {
                    sxx[k][l] += dk * (x[l][g] - xbar[l]);
                }
            }
        }
        for (int k = 0; k < p; k++) {
            for (int l = k + 1; l < p; l++) {
                sxx[k][l] = sxx[l][k];
            }
        }
        int df = units - 1 - p;
        RealMatrix s = new Array2DRowRealMatrix(sxx, false);
        LUDecomposition lu = new LUDecomposition(s, 1e-300);
        if (df < 1 || !lu.getSolver().isNonSingular()) {
            return new ControlledMean(ybar, Double.NaN, Double.NaN, new double[p]);
        }
        RealMatrix inv = lu.getSolver().getInverse();
        double[] b = inv.operate(sxy);
        double[] d = new double[p];
        double a = ybar;
        double sse = syy;
        for (int k = 0; k < p; k++) {
            d[k] = xbar[k] - mu[k];
            a -= b[k] * d[k];
            sse -= b[k] * sxy[k];
        }
        double quad = 0;
        double[] invD = inv.operate(d);
        for (int k = 0; k < p; k++) {
            quad += d[k] * invD[k];
        }
        double s2 = Math.max(0, sse) / df;
        double se = Math.sqrt(s2 * (1.0 / units + quad));
        return new ControlledMean(a, se, MetricStatistics.studentT95(df), b);
    }

    /**
     * Units from values in path order: each path ({@code group = 1}), the means of consecutive groups of
     * {@code group} values ({@code group = 2}: antithetic pairs; larger: Latin hypercube blocks; a last incomplete
     * group is left out), or the means of {@code replicates} interleaved replicates (value {@code j} in replicate
     * {@code j mod replicates}, {@code group = -replicates}); returns the number of units written to {@code out}.
     */
    public static int units(double[] values, int count, int group, double[] out) {
        if (group == 1) {
            System.arraycopy(values, 0, out, 0, count);
            return count;
        }
        if (group > 1) {
            int groups = count / group;
            for (int j = 0; j < groups; j++) {
                double sum = 0;
                for (int k = j * group; k < (j + 1) * group; k++) {
                    sum += values[k];
                }
                out[j] = sum / group;
            }
            return groups;
        }
        int r = -group;
        int rounds = count / r;
        java.util.Arrays.fill(out, 0, r, 0);
        for (int j = 0; j < rounds * r; j++) {
            out[j % r] += values[j];
        }
        for (int k = 0; k < r; k++) {
            out[k] /= rounds;
        }
        return r;
    }
}
