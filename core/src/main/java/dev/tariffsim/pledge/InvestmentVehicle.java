package dev.tariffsim.pledge;

import dev.tariffsim.internal.Checks;

/**
 * The vehicle that holds the pledged cash: its net asset value grows by
 * {@code G = exp((capitalGrowth + cashYield - volatility^2/2) dt + volatility sqrt(dt) z)} a month and pays
 * out {@code cashYield dt} of it as a distribution.
 *
 * @param capitalGrowth annual capital growth {@code muI}, in [-0.5, 0.5]
 * @param cashYield annual cash yield {@code delta}, distributed monthly, in [0, 1]
 * @param volatility annual volatility {@code sigmaI}, in [0, 1]
 */
public record InvestmentVehicle(double capitalGrowth, double cashYield, double volatility) {
    /** @throws IllegalArgumentException naming the offending field */
    public InvestmentVehicle {
        Checks.requireInRange(capitalGrowth, -0.5, 0.5, "capitalGrowth");
        Checks.requireInRange(cashYield, 0, 1, "cashYield");
        Checks.requireInRange(volatility, 0, 1, "volatility");
    }
}
