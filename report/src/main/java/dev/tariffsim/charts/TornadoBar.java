package dev.tariffsim.charts;

import dev.tariffsim.charts.internal.Checks;

/**
 * One input's bar of a tornado chart: the output when the input is set to its low and to its high value,
 * all else at base. Units are the chart's output unit.
 *
 * @param input the input's name
 * @param atLow the output with the input at its low value
 * @param atHigh the output with the input at its high value
 */
public record TornadoBar(String input, double atLow, double atHigh) {
    /** @throws IllegalArgumentException if the name is blank or a value is not finite */
    public TornadoBar {
        Checks.requireNonNull(input, "input");
        Checks.requireArgument(!input.isBlank(), "input", "\"" + input + "\"", "non-blank");
        Checks.requireFinite(atLow, "atLow of " + input);
        Checks.requireFinite(atHigh, "atHigh of " + input);
    }

    /** The bar's length: how far the output moves across the input's range. */
    public double swing() {
        return Math.abs(atHigh - atLow);
    }
}
