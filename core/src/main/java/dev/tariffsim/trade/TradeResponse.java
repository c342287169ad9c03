package dev.tariffsim.trade;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.random.Distribution;

/**
 * How exports respond to a tariff, partial equilibrium: the share {@code phi} of the tariff passed to the US
 * landed price and the US import demand elasticity {@code eps} (lines without a market), and, for lines with a
 * market, the Armington elasticity of substitution among sources {@code sigma} and the market's demand elasticity
 * {@code eta}; all uncertain and drawn once per path.
 *
 * @param passThrough distribution of {@code phi}, support within [0, 1]
 * @param elasticity distribution of {@code eps}, support within [0, 20]
 * @param substitution distribution of {@code sigma}, support within [0, 20]; null when no line has a market
 * @param marketElasticity distribution of {@code eta}, support within [0, 20]; null when no line has a market
 */
public record TradeResponse(Distribution passThrough, Distribution elasticity, Distribution substitution,
                            Distribution marketElasticity) {
    /** @throws IllegalArgumentException if a support leaves its range */
    public TradeResponse {
        Checks.requireNonNull(passThrough, "passThrough");
        Checks.requireNonNull(elasticity, "elasticity");
        Checks.requireArgument(passThrough.min() >= 0 && passThrough.max() <= 1, "passThrough", passThrough,
            "a distribution on [0, 1]");
        Checks.requireArgument(elasticity.min() >= 0 && elasticity.max() <= 20, "elasticity", elasticity,
            "a distribution on [0, 20]");
        Checks.requireArgument((substitution == null) == (marketElasticity == null), "substitution",
            substitution, "given together with marketElasticity (both or neither)");
        if (substitution != null) {
            Checks.requireArgument(substitution.min() >= 0 && substitution.max() <= 20, "substitution", substitution,
                "a distribution on [0, 20]");
            Checks.requireArgument(marketElasticity.min() >= 0 && marketElasticity.max() <= 20, "marketElasticity",
                marketElasticity, "a distribution on [0, 20]");
        }
    }

    /** An own-price response only (no line may have a market). */
    public TradeResponse(Distribution passThrough, Distribution elasticity) {
        this(passThrough, elasticity, null, null);
    }

    /** Whether {@code sigma} and {@code eta} are given. */
    public boolean hasMarketResponse() {
        return substitution != null;
    }
}
