package dev.tariffsim.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Pick-freeze estimators of first-order and total Sobol indices from the outputs on the A, B and AB_j paths
 * (Saltelli et al. 2010, "Variance based sensitivity analysis of model output", table 2: (b) for the first-order
 * and (f), Jansen's, for the total effect), on outputs centred by their pooled mean, with the variance of all A
 * and B outputs as the denominator; and their bootstrap percentile intervals, resampling paths.
 */
final class SobolEstimator {
    private SobolEstimator() {
    }

    /**
     * First-order indices in {@code out[0][j]}, total in {@code out[1][j]}, over the paths {@code rows} (with
     * repetition).
     *
     * @param ab ab[j][i]: the output on path i with component j from B
     */
    static void estimate(double[] a, double[] b, double[][] ab, int[] rows, double[][] out) {
        int n = rows.length;
        double mean = 0;
        for (int r : rows) {
            mean += a[r] + b[r];
        }
        mean /= 2.0 * n;
        double var = 0;
        for (int r : rows) {
            double x = a[r] - mean;
            double y = b[r] - mean;
            var += x * x + y * y;
        }
        var /= 2.0 * n - 1;
        for (int j = 0; j < ab.length; j++) {
            double[] abj = ab[j];
            double first = 0;
            double total = 0;
            for (int r : rows) {
                double fa = a[r] - mean;
                double d = abj[r] - mean - fa;
                first += (b[r] - mean) * d;
                total += d * d;
            }
            out[0][j] = var > 0 ? first / n / var : Double.NaN;
            out[1][j] = var > 0 ? total / (2.0 * n) / var : Double.NaN;
        }
    }

    /**
     * Bootstrap percentile intervals: {@code ci[0][j]} = {low, high} of the first-order index, {@code ci[1][j]}
     * of the total; {@code resamples} resamples of the paths drawn from {@code seed}.
     */
    static double[][][] intervals(double[] a, double[] b, double[][] ab, int resamples, long seed, double level) {
        int k = ab.length;
        int n = a.length;
        double[][][] draws = new double[2][k][resamples];
        double[][] est = new double[2][k];
        int[] rows = new int[n];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int s = 0; s < resamples; s++) {
            for (int i = 0; i < n; i++) {
                rows[i] = rng.nextInt(n);
            }
            estimate(a, b, ab, rows, est);
            for (int j = 0; j < k; j++) {
                draws[0][j][s] = est[0][j];
                draws[1][j][s] = est[1][j];
            }
        }
        double[][][] ci = new double[2][k][];
        for (int t = 0; t < 2; t++) {
            for (int j = 0; j < k; j++) {
                double[] d = draws[t][j];
                Arrays.sort(d);
                ci[t][j] = new double[] {percentile(d, (1 - level) / 2), percentile(d, (1 + level) / 2)};
            }
        }
        return ci;
    }

    /** Linear interpolation between order statistics of sorted {@code d}. */
    static double percentile(double[] d, double p) {
        double h = p * (d.length - 1);
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, d.length - 1);
        return d[lo] + (h - lo) * (d[hi] - d[lo]);
    }

    /** Spearman's rank correlation: Pearson's on average ranks (ties share their mean rank). */
    static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    static double[] ranks(double[] x) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(x[p], x[q]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                r[order[t]] = rank;
            }
            i = j + 1;
        }
        return r;
    }

    static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
    }
}
