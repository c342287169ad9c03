package dev.tariffsim.stats;

/**
 * A two-sided confidence interval.
 *
 * @param low lower end
 * @param high upper end
 * @param level confidence level, for example 0.95
 */
public record Interval(double low, double high, double level) {
    /** Half the width. */
    public double halfWidth() {
        return 0.5 * (high - low);
    }

    /** Whether {@code x} lies in the closed interval. */
    public boolean contains(double x) {
        return x >= low && x <= high;
    }
}
