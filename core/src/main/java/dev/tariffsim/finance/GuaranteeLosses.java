package dev.tariffsim.finance;

import dev.tariffsim.internal.Checks;
import java.util.random.RandomGenerator;

/**
 * A {@link GuaranteeBook} over a horizon, with everything that does not depend on the path computed once: the
 * copula threshold {@code PhiInv(PDH)}, the loadings {@code sqrt(rho)} and {@code sqrt(1 - rho)}, the present
 * value of the fees. A path draws the number of defaults ({@link #sampleDefaults}): first the systematic factor
 * {@code Y}, then one idiosyncratic normal per project. Losses are discounted at mid-horizon. Immutable and
 * thread-safe; allocates nothing per path.
 */
public final class GuaranteeLosses {
    private final double threshold;
    private final double a;
    private final double b;
    private final int projects;
    private final double exposure;
    private final double lossGivenDefault;
    private final double lossDiscount;
    private final double feesPv;

    /**
     * The book over {@code months}.
     *
     * @param lossDiscount the discount factor of a default's loss (the model's is mid-horizon)
     * @param feeAnnuity {@code sum_t DF(t) dt} over the horizon, the present value of 1 a year paid monthly
     * @throws IllegalArgumentException if the book is null or {@code months} is not positive
     */
    public GuaranteeLosses(GuaranteeBook book, int months, double lossDiscount, double feeAnnuity) {
        Checks.requireNonNull(book, "guarantees");
        Checks.requirePositive(months, "months");
        this.threshold = book.threshold(months);
        this.a = Math.sqrt(book.assetCorrelation());
        this.b = Math.sqrt(1 - book.assetCorrelation());
        this.projects = book.projects();
        this.exposure = book.exposure();
        this.lossGivenDefault = book.lossGivenDefault();
        this.lossDiscount = lossDiscount;
        this.feesPv = book.annualFee() * book.total() * feeAnnuity;
    }

    /** Draws the number of projects that default over the horizon from {@code rng}. */
    public int sampleDefaults(RandomGenerator rng) {
        double y = rng.nextGaussian();
        int defaults = 0;
        for (int j = 0; j < projects; j++) {
            if (a * y + b * rng.nextGaussian() < threshold) {
                defaults++;
            }
        }
        return defaults;
    }

    /** Present value of the losses of {@code defaults} defaults, USD billions. */
    public double lossPv(int defaults) {
        return defaults * exposure * lossGivenDefault * lossDiscount;
    }

    /** Present value of the fees earned over the horizon, USD billions. */
    public double feesPv() {
        return feesPv;
    }
}
