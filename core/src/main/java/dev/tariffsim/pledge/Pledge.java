package dev.tariffsim.pledge;

import dev.tariffsim.internal.Checks;

/**
 * An investment pledge: a cash tranche paid into an investment vehicle whose distributions are split by a
 * waterfall, and a shipbuilding tranche.
 *
 * @param cash the cash tranche
 * @param vehicle the investment vehicle
 * @param waterfall the profit split
 * @param shipbuilding the shipbuilding tranche
 */
public record Pledge(CashTranche cash, InvestmentVehicle vehicle, Waterfall waterfall, ShipbuildingTranche shipbuilding) {
    /** @throws IllegalArgumentException if a part is missing */
    public Pledge {
        Checks.requireNonNull(cash, "cash");
        Checks.requireNonNull(vehicle, "vehicle");
        Checks.requireNonNull(waterfall, "waterfall");
        Checks.requireNonNull(shipbuilding, "shipbuilding");
    }

    /** The pledge's headline size: cash plus shipbuilding, USD billions. */
    public double size() {
        return cash.total() + shipbuilding.size();
    }
}
