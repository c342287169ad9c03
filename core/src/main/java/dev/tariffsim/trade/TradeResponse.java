package dev.tariffsim.trade;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.random.Distribution;

/**
 * How exports respond to a tariff, partial equilibrium: the share {@code phi} of the tariff passed to the US
 * landed price, and the US import demand elasticity {@code eps}, both uncertain and drawn once per path.
 *
 * @param passThrough distribution of {@code phi}, support within [0, 1]
 * @param elasticity distribution of {@code eps}, support within [0, 20]
 */
public record TradeResponse(Distribution passThrough, Distribution elasticity) {
    /** @throws IllegalArgumentException if a support leaves its range */
    public TradeResponse {
        Checks.requireNonNull(passThrough, "passThrough");
        Checks.requireNonNull(elasticity, "elasticity");
        Checks.requireArgument(passThrough.min() >= 0 && passThrough.max() <= 1, "passThrough", passThrough,
            "a distribution on [0, 1]");
        Checks.requireArgument(elasticity.min() >= 0 && elasticity.max() <= 20, "elasticity", elasticity,
            "a distribution on [0, 20]");
    }
}
