package dev.tariffsim.finance;

import dev.tariffsim.internal.Checks;

/**
 * Korea's FX reserves: {@code R(t+1) = R(t) (1 + s yR dt) - wR c(t) + h korea(t) - iv(t)}, where
 * {@code iv(t) = beta dt max(0, X(t)/Xiv - 1) R(t)} is the central bank selling reserves to smooth a weak won
 * ({@code X(t)} the KRW/USD rate at the start of month t) and {@code wR} the reserve-funded share of each payment
 * (the financing mix's reserve weight).
 *
 * @param initial reserves at month 0, USD billions ({@code R0})
 * @param annualYield income on reserves, annual ({@code yR}), in [-0.05, 0.5]
 * @param retainedIncomeShare {@code s}, the share of that income that stays in the reserves (the rest: valuation
 *     losses, transfers, other outflows of the record), in [0, 1]
 * @param floor the level whose breach is reported, USD billions ({@code Rfloor})
 * @param interventionIntensity {@code beta}, the share of reserves sold a YEAR per unit of relative excess of
 *     the rate over the threshold (scaled by {@code dt} each month), in [0, 100]
 * @param interventionThreshold KRW per USD above which the central bank intervenes ({@code Xiv}; infinite for
 *     none)
 * @param receiptsToReserves {@code h}, the share of Korea's receipts from the investment vehicle that returns to
 *     the reserves, in [0, 1]
 */
public record ReserveAccount(double initial, double annualYield, double retainedIncomeShare, double floor,
                             double interventionIntensity, double interventionThreshold, double receiptsToReserves) {
    /** @throws IllegalArgumentException naming the offending field */
    public ReserveAccount {
        Checks.requireAmount(initial, "initial");
        Checks.requireInRange(annualYield, -0.05, 0.5, "annualYield");
        Checks.requireProbability(retainedIncomeShare, "retainedIncomeShare");
        Checks.requireAmount(floor, "floor");
        Checks.requireInRange(interventionIntensity, 0, 100, "interventionIntensity");
        Checks.requireArgument(interventionThreshold > 0, "interventionThreshold", interventionThreshold,
            "positive (or infinite for none)");
        Checks.requireProbability(receiptsToReserves, "receiptsToReserves");
    }
}
