package dev.tariffsim.random;

import org.apache.commons.math3.special.Erf;

/**
 * The standard normal quantile for quasi-random coordinates, allocation-free: commons-math3's {@code Erf.erfInv}
 * (a polynomial) on the lower half, the upper half through its mirror image. Below {@code u = 1e-3}, where
 * {@code 2u - 1} loses the digits of {@code u}, two Newton steps on the lower tail {@code Phi(x)}, computed by its
 * continued fraction {@code phi(z) / (z + 1/(z + 2/(z + 3/(z + ...))))} at {@code z = -x > 3} (60 terms, full double
 * precision there), restore a relative accuracy of about 1e-15. Unlike {@link DistributionMath#phiInv}, whose tail
 * steps call commons-math3's {@code erfc} (which allocates a continued-fraction evaluator), nothing here allocates.
 */
final class NormalQuantile {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private NormalQuantile() {
    }

    /** {@code Phi^-1(u)} for {@code u} in {@code (0, 1)}. */
    static double of(double u) {
        return u > 0.5 ? -lower(1 - u) : lower(u);
    }

    private static double lower(double u) {
        double x = SQRT2 * Erf.erfInv(2 * u - 1);
        if (u < 1e-3) {
            for (int i = 0; i < 2; i++) {
                double density = Math.exp(-0.5 * x * x) * INV_SQRT_2PI;
                x -= (lowerTail(-x, density) - u) / density;
            }
        }
        return x;
    }

    /** {@code Phi(-z)} for {@code z >= 3}, given the density {@code phi(z)}. */
    static double lowerTail(double z, double density) {
        double t = z;
        for (int k = 60; k >= 1; k--) {
            t = z + k / t;
        }
        return density / t;
    }
}
