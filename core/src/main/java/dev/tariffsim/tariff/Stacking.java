package dev.tariffsim.tariff;

/** How a dated tariff measure combines with the base (FTA or MFN) rate and with other measures. */
public enum Stacking {
    /**
     * Added on top of the base rate and of other additive measures (Section 232 duties on top of the
     * KORUS rate, for example).
     */
    ADDITIVE,
    /**
     * An all-in rate: while in force it replaces the additive measures, and the rate is the higher of the
     * base rate and this rate (the 15% deal rate for Korean and Japanese cars).
     */
    ALL_IN
}
