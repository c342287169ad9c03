package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;

/**
 * A precision goal for one metric: the half-width of its 95% confidence interval at most an absolute
 * amount (in the metric's unit) or at most a fraction of the absolute mean.
 *
 * @param metric the metric's name
 * @param halfWidth the largest acceptable half-width: absolute, or relative to {@code |mean|}
 * @param relative whether {@code halfWidth} is a fraction of {@code |mean|}
 */
public record PrecisionTarget(String metric, double halfWidth, boolean relative) {
    /** @throws IllegalArgumentException if the name is blank or the half-width not positive and finite */
    public PrecisionTarget {
        Checks.requireName(metric, "metric");
        Checks.requirePositiveFinite(halfWidth, relative ? "relativeHalfWidth" : "absoluteHalfWidth");
    }

    /** A 95% half-width of at most {@code halfWidth}, in the metric's unit. */
    public static PrecisionTarget absolute(String metric, double halfWidth) {
        return new PrecisionTarget(metric, halfWidth, false);
    }

    /** A 95% half-width of at most {@code fraction * |mean|}. */
    public static PrecisionTarget relative(String metric, double fraction) {
        return new PrecisionTarget(metric, fraction, true);
    }

    boolean isMet(double mean, double stdError) {
        double half = 1.959963984540054 * stdError;
        double limit = relative ? halfWidth * Math.abs(mean) : halfWidth;
        return half <= limit;
    }
}
