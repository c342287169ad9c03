package dev.tariffsim.charts;

import dev.tariffsim.charts.internal.Checks;

/**
 * One point of a curve with a confidence band: a sweep's output at one input value, or a running mean after
 * some number of paths.
 *
 * @param x the horizontal coordinate (the swept input's value, or the number of paths)
 * @param value the estimate at {@code x}
 * @param low the band's lower end, at most {@code high}
 * @param high the band's upper end
 */
public record CurvePoint(double x, double value, double low, double high) {
    /** @throws IllegalArgumentException if a number is not finite or {@code low > high} */
    public CurvePoint {
        Checks.requireFinite(x, "x");
        Checks.requireFinite(value, "value at x = " + x);
        Checks.requireFinite(low, "low at x = " + x);
        Checks.requireFinite(high, "high at x = " + x);
        Checks.requireArgument(low <= high, "band at x = " + x, "[" + low + ", " + high + "]", "low <= high");
    }
}
