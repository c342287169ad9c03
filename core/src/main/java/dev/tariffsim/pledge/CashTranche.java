package dev.tariffsim.pledge;

import dev.tariffsim.internal.Checks;

/**
 * The cash part of the pledge, paid only in months when the deal is in force.
 *
 * <p>Fixed schedule ({@code capitalCalls == null}): each such month pays {@code min(cap, total - paid)},
 * {@code cap = annualCap / 12}, cut to {@code safeguardFactor * cap} when the KRW/USD rate at the start of
 * the month is above {@code safeguardRate} (Korea may defer payments when its currency is unstable).
 * With capital calls, calls are paid oldest first up to what the annual cap leaves in the last 12 months
 * (times {@code safeguardFactor} when the safeguard binds), so no 12 consecutive months pay more than the cap.
 *
 * @param total cash to pay in all, USD billions ({@code C})
 * @param annualCap most paid in any 12 months, USD billions ({@code A}); {@code total} for "no cap"
 * @param safeguardRate KRW per USD above which the safeguard binds ({@code Xsafe}); infinity for none
 * @param safeguardFactor share of the cap still paid when it binds ({@code h}), in [0, 1]
 * @param capitalCalls random project calls, or null for the fixed schedule
 */
public record CashTranche(double total, double annualCap, double safeguardRate, double safeguardFactor,
                          CapitalCalls capitalCalls) {
    /** @throws IllegalArgumentException naming the offending field */
    public CashTranche {
        Checks.requireAmount(total, "total");
        Checks.requirePositiveAmount(annualCap, "annualCap");
        Checks.requireArgument(safeguardRate > 0, "safeguardRate", safeguardRate, "positive (or infinite for none)");
        Checks.requireProbability(safeguardFactor, "safeguardFactor");
    }
}
