package dev.tariffsim.random;

/**
 * The standard normal quantile for quasi-random coordinates: {@link DistributionMath#phiInv} (relative accuracy
 * about 1e-15) on the lower half, the upper half through its mirror image so that both tails keep their digits.
 * Allocation-free.
 */
final class NormalQuantile {
    private NormalQuantile() {
    }

    /** {@code Phi^-1(u)} for {@code u} in {@code (0, 1)}. */
    static double of(double u) {
        return u > 0.5 ? -DistributionMath.phiInv(1 - u) : DistributionMath.phiInv(u);
    }
}
