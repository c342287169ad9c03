package dev.tariffsim.engine;

/**
 * How a run keeps its metrics, which decides how exact their quantiles are and how memory grows.
 *
 * <p>{@link #EXACT} keeps every path's value of every metric (8 bytes per metric per path: about 1.4 GB for
 * the reference scenario's 21 metrics at 8 million paths) and gives exact quantiles. {@link #SKETCH} keeps,
 * per metric, an exact sum, an exact sum of squares and a {@link dev.tariffsim.stats.QuantileSketch}: memory
 * that does not grow with the number of paths, exact means, standard deviations, minima, maxima and event
 * probabilities, and quantiles within a relative {@link dev.tariffsim.stats.QuantileSketch#RELATIVE_ERROR}
 * (0.4%); antithetic standard errors still come from pair means, and precision targets work as before (the
 * paths at the minimum and maximum counted conservatively), but a run keeps no convergence trace (it would need every
 * value in path order). {@link #AUTO} chooses {@code SKETCH} above {@value #AUTO_SKETCH_ABOVE} paths.
 */
public enum QuantileMode {
    /** Exact up to {@value #AUTO_SKETCH_ABOVE} paths, sketches above. */
    AUTO,
    /** Every value kept; exact quantiles. */
    EXACT,
    /** Bounded memory; quantiles within 0.4%. */
    SKETCH;

    /** The most paths for which {@link #AUTO} keeps every value: 2^22, about 4.2 million. */
    public static final long AUTO_SKETCH_ABOVE = 1L << 22;

    /** {@code EXACT} or {@code SKETCH}: what this mode means for a run of {@code paths} paths. */
    public QuantileMode resolve(long paths) {
        if (this != AUTO) {
            return this;
        }
        return paths > AUTO_SKETCH_ABOVE ? SKETCH : EXACT;
    }
}
