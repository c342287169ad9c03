package dev.tariffsim.finance;

import dev.tariffsim.internal.Checks;

/**
 * The pledge's financing on one path, on the outstanding funding {@code O(t) = max(0, P(t) - receipts(t))} with
 * {@code A = sum_t DF(t) O(t) dt}. The contributions are already discounted at the USD rate {@code r}, so the
 * time value of the money is counted once: the <b>financing cost</b> is the funding spread
 * {@code sum_k w_k (r_k - r) A} (negative where a source is cheaper than {@code r}), source {@code k}'s part
 * {@code w_k (r_k - r) A}. The <b>interest paid</b>, {@code sum_{k borrowed} w_k r_k A} over the sources that do
 * not draw on the reserves (bonds, loans: cash interest in the budget), is a budget figure and not part of the
 * deal's net value. Mutable and not thread-safe: one per worker, {@link #reset} per path; allocates nothing.
 */
public final class FinancingLedger {
    private final double dt;
    private final double spread;
    private final double borrowedRate;
    private final double[] sourceSpread;
    private double outstandingPv;

    /**
     * The ledger of a financing mix against the discount rate {@code r}, stepped every {@code dt} years.
     *
     * @throws IllegalArgumentException if the mix is null, {@code r} is not finite or {@code dt} is not positive
     *     and finite
     */
    public FinancingLedger(FinancingMix mix, double r, double dt) {
        Checks.requireNonNull(mix, "financing");
        Checks.requireFinite(r, "discountRate");
        this.dt = Checks.requirePositiveFinite(dt, "dt");
        this.sourceSpread = new double[mix.sources().size()];
        double s = 0;
        double b = 0;
        for (int k = 0; k < sourceSpread.length; k++) {
            FundingSource f = mix.sources().get(k);
            sourceSpread[k] = f.weight() * (f.annualRate() - r);
            s += sourceSpread[k];
            b += f.drawsOnReserves() ? 0 : f.weight() * f.annualRate();
        }
        this.spread = s;
        this.borrowedRate = b;
    }

    /** Starts a path. */
    public void reset() {
        outstandingPv = 0;
    }

    /**
     * One month.
     *
     * @param discount the month's discount factor
     * @param paidIn {@code P(t)}, paid in so far, USD billions
     * @param receipts Korea's receipts so far, USD billions
     */
    public void month(double discount, double paidIn, double receipts) {
        outstandingPv += discount * Math.max(0, paidIn - receipts) * dt;
    }

    /** Present value of the funding spread so far, USD billions. */
    public double costPv() {
        return spread * outstandingPv;
    }

    /** Present value of source {@code k}'s part of the funding spread so far, USD billions. */
    public double costPv(int k) {
        return sourceSpread[k] * outstandingPv;
    }

    /** Present value of the interest paid on the borrowed (non-reserve) sources so far, USD billions. */
    public double interestPaidPv() {
        return borrowedRate * outstandingPv;
    }

    /** The number of funding sources. */
    public int sources() {
        return sourceSpread.length;
    }
}
