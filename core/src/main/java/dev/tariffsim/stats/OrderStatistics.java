package dev.tariffsim.stats;

/**
 * Where {@link MetricStatistics} takes a metric's order statistics from: every value, sorted (exact), or a
 * {@link QuantileSketch} (within its relative error). Immutable.
 */
interface OrderStatistics {
    /** The smallest value, or NaN for none. */
    double min();

    /** The largest value, or NaN for none. */
    double max();

    /** The {@code level}-quantile, or NaN for none; {@code level} is in [0, 1]. */
    double quantile(double level);

    /** The mean of the {@code k} largest ({@code upper}) or smallest values; {@code 1 <= k <= count}. */
    double tailMean(int k, boolean upper);

    /** The mean of the worst {@code ceil((1 - level) count)} of {@code count} values (at least one); NaN for none. */
    default double shortfall(double level, int count, boolean upper) {
        if (count == 0) {
            return Double.NaN;
        }
        int k = (int) Math.max(1, Math.ceil((1 - level) * count - 1e-9));
        return tailMean(k, upper);
    }

    /** {@code "exact"} or {@code "sketch, relative error 0.4%"}. */
    String method();

    /** Every value, sorted: exact type-7 quantiles. */
    record Sorted(double[] sorted) implements OrderStatistics {
        /**
         * Checks a metric's values before they are sorted and kept.
         *
         * @throws IllegalArgumentException if a value is NaN or infinite, or an event value is neither 0 nor 1
         */
        static void check(String name, boolean event, double[] values) {
            dev.tariffsim.internal.Checks.requireName(name, "metric name");
            for (int i = 0; i < values.length; i++) {
                double v = values[i];
                if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                    throw new IllegalArgumentException(dev.tariffsim.internal.Checks.format(
                        "metric %s is not finite at index %d: %s", name, i, v));
                }
                if (event && v != 0 && v != 1) {
                    throw new IllegalArgumentException(dev.tariffsim.internal.Checks.format(
                        "event metric %s is not 0 or 1 at index %d: %s", name, i, v));
                }
            }
        }

        @Override
        public double min() {
            return sorted.length == 0 ? Double.NaN : sorted[0];
        }

        @Override
        public double max() {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
        }

        @Override
        public double quantile(double level) {
            int n = sorted.length;
            if (n == 0) {
                return Double.NaN;
            }
            double h = (n - 1) * level;
            int lo = (int) Math.floor(h);
            if (lo >= n - 1) {
                return sorted[n - 1];
            }
            return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
        }

        @Override
        public double tailMean(int k, boolean upper) {
            int n = sorted.length;
            double s = 0;
            for (int i = 0; i < k; i++) {
                s += upper ? sorted[n - 1 - i] : sorted[i];
            }
            return s / k;
        }

        @Override
        public String method() {
            return "exact";
        }
    }

    /** A sketch (a private copy): nearest-rank quantiles within {@link QuantileSketch#RELATIVE_ERROR}. */
    record Sketched(QuantileSketch sketch) implements OrderStatistics {
        @Override
        public double min() {
            return sketch.min();
        }

        @Override
        public double max() {
            return sketch.max();
        }

        @Override
        public double quantile(double level) {
            return sketch.quantile(level);
        }

        @Override
        public double tailMean(int k, boolean upper) {
            return sketch.tailMean(k, upper);
        }

        @Override
        public String method() {
            return String.format(java.util.Locale.US, "sketch, relative error %.1f%%",
                100 * QuantileSketch.RELATIVE_ERROR);
        }
    }
}
