package dev.tariffsim.random;

import org.apache.commons.math3.special.Erf;

/**
 * The standard normal quantile for quasi-random coordinates: commons-math3's {@code Erf.erfInv}, with two Newton
 * steps on the lower-tail CDF below {@code u = 1e-3} (where {@code 2u - 1} loses the digits of {@code u}), relative
 * accuracy about 1e-15; the upper tail through its mirror image. Allocation-free.
 */
final class NormalQuantile {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private NormalQuantile() {
    }

    /** {@code Phi^-1(u)} for {@code u} in {@code (0, 1)}. */
    static double of(double u) {
        if (u > 0.5) {
            return -of(1 - u);
        }
        double x = SQRT2 * Erf.erfInv(2 * u - 1);
        if (u < 1e-3) {
            for (int i = 0; i < 2; i++) {
                double f = 0.5 * Erf.erfc(-x / SQRT2) - u;
                x -= f / (Math.exp(-0.5 * x * x) * INV_SQRT_2PI);
            }
        }
        return x;
    }
}
