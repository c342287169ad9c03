package dev.tariffsim.pledge;

import dev.tariffsim.internal.Checks;

/**
 * How the vehicle's distributions are split. Korea takes {@code shareBeforeRecoup} of a distribution while
 * its receipts so far are below the amount to recoup, and {@code shareAfterRecoup} after. The amount to
 * recoup starts at 0 and, each month, accrues interest and adds the month's contribution:
 * {@code H(t+1) = H(t) (1 + recoupRate dt) + c(t)}. With {@code recoupRate = 0} it is the principal paid
 * (Korea's deal, 50:50 then 90:10 for the US); with a positive rate it is Japan's "deemed allocation amount",
 * principal plus interest at about SOFR plus a spread.
 *
 * @param shareBeforeRecoup Korea's share before recoupment ({@code k1}), in [0, 1]
 * @param shareAfterRecoup Korea's share after ({@code k2}), in [0, 1]
 * @param recoupRate annual interest on the amount to recoup, in [0, 0.5]
 */
public record Waterfall(double shareBeforeRecoup, double shareAfterRecoup, double recoupRate) {
    /** @throws IllegalArgumentException naming the offending field */
    public Waterfall {
        Checks.requireProbability(shareBeforeRecoup, "shareBeforeRecoup");
        Checks.requireProbability(shareAfterRecoup, "shareAfterRecoup");
        Checks.requireInRange(recoupRate, 0, 0.5, "recoupRate");
    }

    /** Korea's share of a distribution given receipts so far and the amount to recoup. */
    public double koreaShare(double receiptsSoFar, double amountToRecoup) {
        return receiptsSoFar < amountToRecoup ? shareBeforeRecoup : shareAfterRecoup;
    }

    /** The amount to recoup after a month with contribution {@code c}, monthly step {@code dt}. */
    public double accrue(double amountToRecoup, double c, double dt) {
        return recoupRate == 0 ? amountToRecoup + c : amountToRecoup * (1 + recoupRate * dt) + c;
    }
}
