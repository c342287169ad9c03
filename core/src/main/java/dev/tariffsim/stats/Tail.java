package dev.tariffsim.stats;

/** Which tail of a metric's distribution is the bad one, for value-at-risk and expected shortfall. */
public enum Tail {
    /** Large values are bad (a cost, a loss). */
    UPPER,
    /** Small values are bad (a gain, a reserve level). */
    LOWER
}
