package dev.tariffsim.stats;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.internal.ExactSums;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A bounded-memory summary of one metric's values, in path order: their exact sum and exact sum of squares (fixed
 * point over the whole range of {@code double}, so no rounding happens until they are read), the count and a {@link QuantileSketch}; for antithetic runs also the exact sums of the pair
 * means. Memory does not grow with the number of values, and the summary does not depend on how the values were
 * split into consecutive parts and merged: its statistics are bit-identical for any partition. The price is
 * quantiles within a relative {@link QuantileSketch#RELATIVE_ERROR} instead of exact ones.
 *
 * <h2>Synchronization and merging</h2>
 * Not thread-safe: give each worker its own, for consecutive paths, and {@link #merge} them in path order.
 */
public final class MetricSummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final boolean event;
    /** Sum 0: the values; sum 1: their squares, each as its rounded square plus the exact rounding error. */
    private final ExactSums sums = new ExactSums(2);
    private final QuantileSketch sketch = new QuantileSketch();
    private long count;
    private final PairSums pairs;

    /**
     * An empty summary of metric {@code name}.
     *
     * @param event whether every value must be 0 or 1
     * @param paired whether paths come in antithetic pairs (2k, 2k+1), so that the standard error comes from the
     *     pair means
     */
    public MetricSummary(String name, boolean event, boolean paired) {
        this.name = Checks.requireName(name, "metric name");
        this.event = event;
        this.pairs = paired ? new PairSums() : null;
    }

    /**
     * Adds {@code values[0..n)}, the values of paths {@code firstPath, firstPath + 1, ...}, which follow the paths
     * added so far.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite, or an event's value is neither 0 nor 1
     */
    public void addAll(double[] values, int n, long firstPath) {
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (!(Math.abs(v) <= Double.MAX_VALUE) || event && v != 0 && v != 1) {
                throw new IllegalArgumentException(Checks.format("metric %s has a value that is %s: %s", name,
                    event ? "not 0 or 1" : "not finite", v));
            }
            double square = v * v;
            sums.add(0, v);
            sums.add(1, square);
            sums.add(1, Math.fma(v, v, -square));
            if (pairs != null) {
                pairs.add(v, firstPath + i, count + i == 0);
            }
        }
        sketch.addStrided(values, 0, 1, n);
        count += n;
    }

    /**
     * Adds every value of {@code other}, whose paths follow this summary's.
     *
     * @throws IllegalArgumentException if it summarises another metric or another pairing
     */
    public void merge(MetricSummary other) {
        boolean same = name.equals(other.name) && event == other.event && (pairs == null) == (other.pairs == null);
        Checks.requireArgument(same, "other", other.name, "a summary of metric " + name + " with the same pairing");
        if (pairs != null) {
            pairs.merge(other.pairs, count == 0);
        }
        sums.addAll(other.sums);
        sketch.merge(other.sketch);
        count += other.count;
    }

    /** Forgets every value. */
    public void clear() {
        sums.clear();
        sketch.clear();
        count = 0;
        if (pairs != null) {
            pairs.clear();
        }
    }

    /** The number of values. */
    public long count() {
        return count;
    }

    /** The mean, rounded once from the exact sum; NaN when empty. */
    public double mean() {
        return count == 0 ? Double.NaN : sums.exact(0).divide(BigDecimal.valueOf(count), MathContext.DECIMAL128)
            .doubleValue();
    }

    /** The sample standard deviation (divisor {@code n - 1}) from the exact sums; NaN for fewer than two values. */
    public double stdDev() {
        return count < 2 ? Double.NaN : Math.sqrt(variance(sums, count));
    }

    /** The standard error of the mean: from the pair means if paired (NaN for fewer than two pairs). */
    public double stdError() {
        return pairs == null ? stdDev() / Math.sqrt(count) : pairs.stdError();
    }

    /** An upper bound on how many values equal the minimum (exact for 0 and 1 in an event). */
    public long countNearMin() {
        return sketch.countNear(sketch.min());
    }

    /** An upper bound on how many values equal the maximum (exact for 0 and 1 in an event). */
    public long countNearMax() {
        return sketch.countNear(sketch.max());
    }

    /** The exact sum, rounded once. */
    public double sum() {
        return sums.value(0);
    }

    /** The statistics of the summarised values, with sketched quantiles. */
    public MetricStatistics toStatistics() {
        return MetricStatistics.ofSketch(name, event, count, mean(), stdDev(), stdError(), sketch);
    }

    /** The sample variance of {@code n} values from the exact sum (0) and sum of squares (1) in {@code sums}. */
    static double variance(ExactSums sums, long n) {
        BigDecimal s = sums.exact(0);
        BigDecimal ss = sums.exact(1).subtract(s.multiply(s).divide(BigDecimal.valueOf(n), MathContext.DECIMAL128));
        return Math.max(0, ss.divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL128).doubleValue());
    }

    /**
     * Exact sums of the means of complete antithetic pairs (2k, 2k+1). A pair split between two summaries is
     * completed when they merge: the first summary keeps its open path 2k, the second its leading path 2k+1.
     */
    private static final class PairSums implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ExactSums sums = new ExactSums(2);
        private long pairs;
        private boolean hasLeading;
        private double leading;
        private boolean hasOpen;
        private double open;

        void add(double v, long path, boolean first) {
            if ((path & 1) == 0) {
                open = v;
                hasOpen = true;
            } else if (hasOpen) {
                pair(open, v);
                hasOpen = false;
            } else if (first) {
                leading = v;
                hasLeading = true;
            }
        }

        private void pair(double a, double b) {
            double y = 0.5 * (a + b);
            double square = y * y;
            sums.add(0, y);
            sums.add(1, square);
            sums.add(1, Math.fma(y, y, -square));
            pairs++;
        }

        void merge(PairSums other, boolean empty) {
            if (empty) {
                hasLeading = other.hasLeading;
                leading = other.leading;
            } else if (other.hasLeading && hasOpen) {
                pair(open, other.leading);
            }
            hasOpen = other.hasOpen;
            open = other.open;
            sums.addAll(other.sums);
            pairs += other.pairs;
        }

        void clear() {
            sums.clear();
            pairs = 0;
            hasLeading = false;
            hasOpen = false;
        }

        double stdError() {
            return pairs < 2 ? Double.NaN : Math.sqrt(variance(sums, pairs) / pairs);
        }
    }
}
