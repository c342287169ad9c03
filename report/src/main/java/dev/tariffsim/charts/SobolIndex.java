package dev.tariffsim.charts;

import dev.tariffsim.charts.internal.Checks;

/**
 * One input's Sobol sensitivity indices with their confidence intervals: the share of the output's variance
 * that the input explains alone ({@code first}) and with all its interactions ({@code total}).
 *
 * @param first the first-order index and its interval (label: the input's name)
 * @param total the total-effect index and its interval (same label)
 */
public record SobolIndex(Estimate first, Estimate total) {
    /** @throws IllegalArgumentException if an estimate is missing or the labels differ */
    public SobolIndex {
        Checks.requireNonNull(first, "first");
        Checks.requireNonNull(total, "total");
        Checks.requireArgument(first.label().equals(total.label()), "total.label", total.label(),
            "the first-order label " + first.label());
    }

    /** The input's name. */
    public String input() {
        return first.label();
    }
}
