package dev.tariffsim.finance;

import dev.tariffsim.internal.Checks;

/**
 * The FX reserves on one path: {@code R(t+1) = R(t) (1 + s yR dt) - wR c(t) + h korea(t) - iv(t)} with the
 * intervention {@code iv(t) = beta dt max(0, X(t)/Xiv - 1) R(t)} ({@link ReserveAccount}), {@code 1 + s yR dt},
 * {@code beta dt} and the financing mix's reserve weight {@code wR} computed once, and the path's minimum.
 * Mutable and not thread-safe:
 * one per worker, {@link #reset} per path; allocates nothing.
 */
public final class ReserveBalance {
    private final double initial;
    private final double growth;
    private final double beta;
    private final double interventionThreshold;
    private final double reserveWeight;
    private final double receiptsShare;
    private double level;
    private double min;

    /**
     * The balance of an account funded by a financing mix, stepped every {@code dt} years.
     *
     * @throws IllegalArgumentException if a part is null or {@code dt} is not positive and finite
     */
    public ReserveBalance(ReserveAccount account, FinancingMix mix, double dt) {
        Checks.requireNonNull(account, "reserves");
        Checks.requireNonNull(mix, "financing");
        Checks.requirePositiveFinite(dt, "dt");
        this.initial = account.initial();
        this.growth = 1 + account.retainedIncomeShare() * account.annualYield() * dt;
        this.beta = account.interventionIntensity() * dt;
        this.receiptsShare = account.receiptsToReserves();
        this.interventionThreshold = account.interventionThreshold();
        this.reserveWeight = mix.reserveWeight();
    }

    /** Starts a path at {@code R0}. */
    public void reset() {
        level = initial;
        min = initial;
    }

    /**
     * One month.
     *
     * @param fxRate {@code X(t)}, the KRW/USD rate at the start of the month
     * @param contribution {@code c(t)}, the month's cash contribution, USD billions
     * @param koreaReceipt {@code korea(t)}, Korea's share of the vehicle's distribution, USD billions
     */
    public void month(double fxRate, double contribution, double koreaReceipt) {
        double intervention = beta * Math.max(0, fxRate / interventionThreshold - 1) * level;
        level = level * growth - reserveWeight * contribution + receiptsShare * koreaReceipt - intervention;
        if (level < min) {
            min = level;
        }
    }

    /** The reserves now, USD billions. */
    public double level() {
        return level;
    }

    /** The lowest level on this path so far (including month 0), USD billions. */
    public double min() {
        return min;
    }
}
