package dev.tariffsim.charts;

import dev.tariffsim.charts.internal.Checks;
import dev.tariffsim.stats.Interval;

/**
 * A labelled estimate with its confidence interval: one bar of a bar chart with error bars (a metric's mean,
 * a difference between scenarios, a calendar year's value, a Sobol index). Units are the chart's.
 *
 * @param label what the estimate is of, shown on the category axis
 * @param value the point estimate
 * @param low the interval's lower end, at most {@code high}
 * @param high the interval's upper end
 */
public record Estimate(String label, double value, double low, double high) {
    /** @throws IllegalArgumentException if the label is empty, a number is not finite or {@code low > high} */
    public Estimate {
        Checks.requireNonNull(label, "label");
        Checks.requireArgument(!label.isBlank(), "label", "\"" + label + "\"", "non-blank");
        Checks.requireFinite(value, "value of " + label);
        Checks.requireFinite(low, "low of " + label);
        Checks.requireFinite(high, "high of " + label);
        Checks.requireArgument(low <= high, "interval of " + label, "[" + low + ", " + high + "]", "low <= high");
    }

    /** An estimate from a value and an interval. */
    public static Estimate of(String label, double value, Interval interval) {
        return new Estimate(label, value, interval.low(), interval.high());
    }
}
