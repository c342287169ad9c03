package dev.tariffsim.pledge;

import dev.tariffsim.finance.GuaranteeBook;
import dev.tariffsim.internal.Checks;

/**
 * The shipbuilding part of the pledge (MASGA), split into equity, loans and guarantees.
 *
 * <p>Equity and loans are paid out at month 0 and funded at the financing mix's rate: equity returns
 * {@code equity * (1 + equityReturn)^(T/12)} at the horizon; loans pay {@code loanRate} monthly and repay at the
 * horizon, less {@code loanLossRate} of the principal a year of expected credit loss. Guarantees are a
 * {@link GuaranteeBook}. The tranche's net cost (present value) is reported as {@code shipbuildingNet};
 * the reference scenario holds only guarantees.
 *
 * @param equity USD billions invested as equity at month 0
 * @param equityReturn annual return on equity, in [-0.5, 0.5]
 * @param loans USD billions lent at month 0
 * @param loanRate annual interest on the loans, in [0, 0.5]
 * @param loanLossRate annual expected credit loss on the loans, in [0, 0.5]
 * @param guarantees the guarantee book
 */
public record ShipbuildingTranche(double equity, double equityReturn, double loans, double loanRate,
                                  double loanLossRate, GuaranteeBook guarantees) {
    /** @throws IllegalArgumentException naming the offending field */
    public ShipbuildingTranche {
        Checks.requireAmount(equity, "equity");
        Checks.requireInRange(equityReturn, -0.5, 0.5, "equityReturn");
        Checks.requireAmount(loans, "loans");
        Checks.requireInRange(loanRate, 0, 0.5, "loanRate");
        Checks.requireInRange(loanLossRate, 0, 0.5, "loanLossRate");
        Checks.requireNonNull(guarantees, "guarantees");
    }

    /** A tranche of guarantees only. */
    public static ShipbuildingTranche guaranteesOnly(GuaranteeBook guarantees) {
        return new ShipbuildingTranche(0, 0, 0, 0, 0, guarantees);
    }

    /** The tranche's size, USD billions. */
    public double size() {
        return equity + loans + guarantees.total();
    }

    /**
     * Present value of the equity and loan parts' net cost, USD billions; deterministic. Both are paid out at
     * month 0 and cost {@code fundingRate} a year on their full amount until the horizon (the model passes the
     * funding spread {@code rf - r}: the payment is already discounted at {@code r}); equity returns
     * {@code equity (1 + equityReturn)^(T/12)} and loans their principal at the horizon, loans net
     * {@code loanRate - loanLossRate} a year meanwhile.
     *
     * @param fundingRate the annual funding cost charged on top of discounting, the spread {@code rf - r} in the model
     * @param discount the discount factor of each month, {@code T} entries
     * @param dt the month in years
     * @throws IllegalArgumentException if {@code discount} is empty
     */
    public double equityAndLoanNetPv(double fundingRate, double[] discount, double dt) {
        Checks.requireArgument(discount.length > 0, "discount", "[]", "at least one month");
        double funding = 0;
        for (double df : discount) {
            funding += df * dt;
        }
        double last = discount[discount.length - 1];
        double years = discount.length / 12.0;
        double e = equity * (1 + fundingRate * funding) - equity * Math.pow(1 + equityReturn, years) * last;
        double l = loans * (1 + (fundingRate - loanRate + loanLossRate) * funding) - loans * last;
        return e + l;
    }
}
