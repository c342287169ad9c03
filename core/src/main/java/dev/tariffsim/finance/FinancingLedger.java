package dev.tariffsim.finance;

import dev.tariffsim.internal.Checks;

/**
 * The pledge's financing cost on one path: {@code fin(t) = O(t) rf dt} on the outstanding funding
 * {@code O(t) = max(0, P(t) - receipts(t))}, so its present value is {@code rf * sum_t DF(t) O(t) dt}, and
 * source {@code k}'s part is {@code w_k r_k * sum_t DF(t) O(t) dt}. The weights times rates are computed once.
 * Mutable and not thread-safe: one per worker, {@link #reset} per path; allocates nothing.
 */
public final class FinancingLedger {
    private final double dt;
    private final double rf;
    private final double[] sourceRateWeight;
    private double outstandingPv;

    /**
     * The ledger of a financing mix, stepped every {@code dt} years.
     *
     * @throws IllegalArgumentException if the mix is null or {@code dt} is not positive and finite
     */
    public FinancingLedger(FinancingMix mix, double dt) {
        Checks.requireNonNull(mix, "financing");
        this.dt = Checks.requirePositiveFinite(dt, "dt");
        this.rf = mix.blendedRate();
        this.sourceRateWeight = new double[mix.sources().size()];
        for (int k = 0; k < sourceRateWeight.length; k++) {
            sourceRateWeight[k] = mix.sources().get(k).weight() * mix.sources().get(k).annualRate();
        }
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

    /** Present value of the financing cost so far, USD billions. */
    public double costPv() {
        return rf * outstandingPv;
    }

    /** Present value of source {@code k}'s part of the cost so far, USD billions. */
    public double costPv(int k) {
        return sourceRateWeight[k] * outstandingPv;
    }

    /** The number of funding sources. */
    public int sources() {
        return sourceRateWeight.length;
    }
}
