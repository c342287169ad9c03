package dev.tariffsim.pledge;

import dev.tariffsim.internal.Checks;
import java.time.YearMonth;

/**
 * The cash part of the pledge, paid only in months when the deal is in force.
 *
 * <p>Fixed schedule ({@code capitalCalls == null}): each such month pays {@code min(cap, total - paid)},
 * {@code cap = annualCap / 12}, cut to {@code safeguardFactor * cap} when the KRW/USD rate at the start of
 * the month is above {@code safeguardRate} (Korea may defer payments when its currency is unstable).
 * With capital calls, calls are paid oldest first up to what the annual cap leaves in the last 12 months
 * (times {@code safeguardFactor} when the safeguard binds), so no 12 consecutive months pay more than the cap.
 *
 * <p>The MOU's timetable: nothing is paid (and no call is noticed) before {@code firstPayment}; the safeguard is a
 * request the US grants with probability {@code safeguardGrantProbability}, decided once per path (a standing
 * disposition, not a monthly coin): on a path where it is refused the full cap applies whatever the won.
 *
 * @param total cash to pay in all, USD billions ({@code C})
 * @param annualCap most paid in any 12 months, USD billions ({@code A}); {@code total} for "no cap"
 * @param safeguardRate KRW per USD above which the safeguard binds ({@code Xsafe}); infinity for none
 * @param safeguardFactor share of the cap still paid when it binds ({@code h}), in [0, 1]
 * @param capitalCalls random project calls, or null for the fixed schedule
 * @param firstPayment the first calendar month in which anything may be paid, or null for "from month 0"
 * @param safeguardGrantProbability {@code pg}, the chance the US grants the safeguard request, in [0, 1]
 */
public record CashTranche(double total, double annualCap, double safeguardRate, double safeguardFactor,
                          CapitalCalls capitalCalls, YearMonth firstPayment, double safeguardGrantProbability) {
    /** @throws IllegalArgumentException naming the offending field */
    public CashTranche {
        Checks.requireAmount(total, "total");
        Checks.requirePositiveAmount(annualCap, "annualCap");
        Checks.requireArgument(safeguardRate > 0, "safeguardRate", safeguardRate, "positive (or infinite for none)");
        Checks.requireProbability(safeguardFactor, "safeguardFactor");
        Checks.requireProbability(safeguardGrantProbability, "safeguardGrantProbability");
    }

    /** A tranche paid from month 0 whose safeguard is always granted. */
    public CashTranche(double total, double annualCap, double safeguardRate, double safeguardFactor,
                       CapitalCalls capitalCalls) {
        this(total, annualCap, safeguardRate, safeguardFactor, capitalCalls, null, 1);
    }
}
