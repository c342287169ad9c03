package dev.tariffsim.charts;

import dev.tariffsim.charts.internal.Checks;

/**
 * A horizontal line drawn across a fan chart at a level the scenario names, such as the FX-reserve floor
 * (USD bn) or the pledge's FX safeguard rate (KRW per USD).
 *
 * @param label what the level is, shown beside the line
 * @param value the level, in the series' unit
 */
public record ReferenceLine(String label, double value) {
    /** @throws IllegalArgumentException if the label is blank or the value not finite */
    public ReferenceLine {
        Checks.requireNonNull(label, "label");
        Checks.requireArgument(!label.isBlank(), "label", "\"" + label + "\"", "non-blank");
        Checks.requireFinite(value, "value of " + label);
    }
}
