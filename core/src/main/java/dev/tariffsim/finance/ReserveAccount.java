package dev.tariffsim.finance;

import dev.tariffsim.internal.Checks;

/**
 * Korea's FX reserves: {@code R(t+1) = R(t) (1 + yield dt) - wR c(t) + korea(t) - iv(t)}, where
 * {@code iv(t) = interventionIntensity * max(0, X(t)/interventionThreshold - 1) * R(t)} is the central bank
 * selling reserves to defend a weak won ({@code X(t)} the KRW/USD rate at the start of month t).
 *
 * @param initial reserves at month 0, USD billions ({@code R0})
 * @param annualYield income on reserves, annual ({@code yR}), in [-0.1, 1]
 * @param floor the level whose breach is reported, USD billions ({@code Rfloor})
 * @param interventionIntensity {@code beta}, at least 0
 * @param interventionThreshold KRW per USD above which the central bank intervenes ({@code Xsafe} in the
 *     reference scenario)
 */
public record ReserveAccount(double initial, double annualYield, double floor, double interventionIntensity,
                             double interventionThreshold) {
    /** @throws IllegalArgumentException naming the offending field */
    public ReserveAccount {
        Checks.requireAmount(initial, "initial");
        Checks.requireInRange(annualYield, -0.1, 1, "annualYield");
        Checks.requireAmount(floor, "floor");
        Checks.requireInRange(interventionIntensity, 0, 100, "interventionIntensity");
        Checks.requireArgument(interventionThreshold > 0, "interventionThreshold", interventionThreshold,
            "positive (or infinite for none)");
    }
}
