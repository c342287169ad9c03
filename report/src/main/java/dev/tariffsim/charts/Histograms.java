package dev.tariffsim.charts;

import dev.tariffsim.stats.MetricStatistics;

/**
 * Exact histogram counts from a metric's statistics. {@link MetricStatistics} keeps the sorted values and
 * answers exact type-7 quantiles; at level {@code i / (n - 1)} the quantile is the {@code i}-th order
 * statistic, so the number of values at most {@code x} is found by bisection on the rank.
 */
final class Histograms {
    private Histograms() {
    }

    /** The {@code i}-th smallest value (0-based) of {@code n}. */
    static double orderStatistic(MetricStatistics m, int i) {
        int n = m.count();
        return n == 1 ? m.min() : m.quantile(Math.min(1.0, (double) i / (n - 1)));
    }

    /** The number of values at most {@code x}. */
    static int countAtMost(MetricStatistics m, double x) {
        int lo = 0;
        int hi = m.count(); // answer in [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (orderStatistic(m, mid) <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The number of values in each of {@code bins} equal bins over {@code [from, to]}: bin {@code k} holds
     * values in {@code (edge k, edge k+1]}, and the first bin also holds {@code from} itself.
     */
    static int[] counts(MetricStatistics m, double from, double to, int bins) {
        int[] counts = new int[bins];
        double width = (to - from) / bins;
        int below = countBelow(m, from);
        int previous = below;
        for (int k = 0; k < bins; k++) {
            double edge = k == bins - 1 ? to : from + (k + 1) * width;
            int atMost = countAtMost(m, edge);
            counts[k] = atMost - previous;
            previous = atMost;
        }
        return counts;
    }

    /** The number of values strictly below {@code x}. */
    static int countBelow(MetricStatistics m, double x) {
        int lo = 0;
        int hi = m.count();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (orderStatistic(m, mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
