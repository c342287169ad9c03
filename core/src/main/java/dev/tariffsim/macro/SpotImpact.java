package dev.tariffsim.macro;

import dev.tariffsim.internal.Checks;

/**
 * How the pledge's dollar purchases move the won: the share {@code s} of each month's cash contribution bought
 * in the spot market (the rest comes from reserve income, bonds or swaps) moves the log KRW/USD rate up by
 * {@code lambda} per USD billion bought: {@code x(t+1) += lambda s c(t)} (docs/model.md, step 8). The effect
 * decays with the FX process's mean reversion like any other shock.
 *
 * @param spotShare {@code s}, share of contributions bought in the spot market, in [0, 1]
 * @param impactPerBn {@code lambda}, log points of KRW/USD per USD billion bought, in [0, 0.1]
 */
public record SpotImpact(double spotShare, double impactPerBn) {
    /** @throws IllegalArgumentException naming the offending field */
    public SpotImpact {
        Checks.requireProbability(spotShare, "spotShare");
        Checks.requireInRange(impactPerBn, 0, 0.1, "impactPerBn");
    }

    /** {@code lambda s}: log points per USD billion contributed. */
    public double perBnContributed() {
        return spotShare * impactPerBn;
    }
}
