package dev.tariffsim.finance;

import dev.tariffsim.internal.Checks;

/**
 * One way the pledge is funded: FX reserves, government USD bonds, KRW bonds, policy-bank loans, a currency
 * swap line.
 *
 * @param name unique name, used in output names ({@code financingCost.<name>})
 * @param weight share of the funding, in [0, 1]
 * @param annualRate annual cost of funds, in [-0.05, 0.5]
 * @param drawsOnReserves whether this source's share of each contribution leaves the FX reserves
 */
public record FundingSource(String name, double weight, double annualRate, boolean drawsOnReserves) {
    /** @throws IllegalArgumentException naming the offending field */
    public FundingSource {
        Checks.requireIdentifier(name, "name");
        Checks.requireProbability(weight, "weight");
        Checks.requireInRange(annualRate, -0.05, 0.5, "annualRate");
    }
}
