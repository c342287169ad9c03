package dev.tariffsim.engine;

/**
 * How a run keeps its metrics, which decides how exact their quantiles are and how memory grows.
 *
 * <p>{@link #EXACT} keeps every path's value of every metric (8 bytes per metric per path: about 2.2 GB for the
 * reference scenario's 270 metrics at a million paths) and gives exact quantiles. {@link #SKETCH} keeps, per
 * metric, an exact sum, an exact sum of squares and a {@link dev.tariffsim.stats.QuantileSketch}: memory that does
 * not grow with the number of paths, exact means, standard deviations, minima, maxima and event probabilities, and
 * quantiles within a relative {@link dev.tariffsim.stats.QuantileSketch#RELATIVE_ERROR} (0.4%); antithetic
 * standard errors still come from pair means, and precision targets work as before (the paths at the minimum and
 * maximum counted conservatively), but a run keeps no convergence trace (it would need every value in path
 * order). {@link #AUTO} chooses {@code SKETCH} when every value would take more than {@value #AUTO_EXACT_VALUES}
 * values (paths x metrics; 512 MiB).
 */
public enum QuantileMode {
    /** Exact up to {@value #AUTO_EXACT_VALUES} values (paths x metrics), sketches above. */
    AUTO,
    /** Every value kept; exact quantiles. */
    EXACT,
    /** Bounded memory; quantiles within 0.4%. */
    SKETCH;

    /** The most values (paths x metrics) for which {@link #AUTO} keeps every value: 2^26, 512 MiB of doubles. */
    public static final long AUTO_EXACT_VALUES = 1L << 26;

    /** {@code EXACT} or {@code SKETCH}: what this mode means for a run of {@code paths} paths of {@code metrics} metrics. */
    public QuantileMode resolve(long paths, int metrics) {
        if (this != AUTO) {
            return this;
        }
        return paths * Math.max(1, metrics) > AUTO_EXACT_VALUES ? SKETCH : EXACT;
    }
}
