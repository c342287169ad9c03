package dev.tariffsim.stats;

import dev.tariffsim.internal.Checks;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A bounded-memory summary of one metric's values: their exact sum and exact sum of squares (see
 * {@link ExactSum}), the count and a {@link QuantileSketch}. Memory does not grow with the number of values,
 * and the summary of a set of values does not depend on how they were split and merged: the statistics it
 * gives are bit-identical for any partition. The price is quantiles within a relative
 * {@value QuantileSketch#RELATIVE_ERROR_PERCENT}% instead of exact ones.
 *
 * <h2>Synchronization and merging</h2>
 * Not thread-safe: give each worker its own and {@link #merge} them, in any order.
 */
public final class MetricSummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final boolean event;
    private final ExactSum sum = new ExactSum();
    private final ExactSum sumOfSquares = new ExactSum();
    private final QuantileSketch sketch = new QuantileSketch();
    private long count;

    /**
     * An empty summary of metric {@code name}.
     *
     * @param event whether every value must be 0 or 1
     */
    public MetricSummary(String name, boolean event) {
        this.name = Checks.requireName(name, "metric name");
        this.event = event;
    }

    /**
     * Adds {@code values[0..n)}.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite, or an event's value is neither 0 nor 1
     */
    public void addAll(double[] values, int n) {
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (!(Math.abs(v) <= Double.MAX_VALUE) || event && v != 0 && v != 1) {
                throw new IllegalArgumentException(Checks.format("metric %s has a value that is %s: %s", name,
                    event ? "not 0 or 1" : "not finite", v));
            }
            double square = v * v;
            sum.add(v);
            sumOfSquares.add(square);
            sumOfSquares.add(Math.fma(v, v, -square));
        }
        sketch.addStrided(values, 0, 1, n);
        count += n;
    }

    /** Adds every value of {@code other}. @throws IllegalArgumentException if it summarises another metric */
    public void merge(MetricSummary other) {
        Checks.requireArgument(name.equals(other.name) && event == other.event, "other", other.name,
            "a summary of metric " + name);
        sum.merge(other.sum);
        sumOfSquares.merge(other.sumOfSquares);
        sketch.merge(other.sketch);
        count += other.count;
    }

    /** Forgets every value. */
    public void clear() {
        sum.clear();
        sumOfSquares.clear();
        sketch.clear();
        count = 0;
    }

    /** The number of values. */
    public long count() {
        return count;
    }

    /** The mean, rounded once from the exact sum; NaN when empty. */
    public double mean() {
        return count == 0 ? Double.NaN : sum.exact().divide(BigDecimal.valueOf(count), MathContext.DECIMAL128)
            .doubleValue();
    }

    /** The sample standard deviation (divisor {@code n - 1}) from the exact sums; 0 for one value, NaN for none. */
    public double stdDev() {
        if (count < 2) {
            return count == 1 ? 0 : Double.NaN;
        }
        BigDecimal s = sum.exact();
        BigDecimal n = BigDecimal.valueOf(count);
        BigDecimal ss = sumOfSquares.exact().subtract(s.multiply(s).divide(n, MathContext.DECIMAL128));
        double var = ss.divide(BigDecimal.valueOf(count - 1), MathContext.DECIMAL128).doubleValue();
        return Math.sqrt(Math.max(0, var));
    }

    /** The statistics of the summarised values, with sketched quantiles. */
    public MetricStatistics toStatistics() {
        return MetricStatistics.ofSketch(name, event, count, mean(), stdDev(), sketch);
    }
}
