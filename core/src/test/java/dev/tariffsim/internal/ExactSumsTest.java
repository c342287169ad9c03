package dev.tariffsim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class ExactSumsTest {
    /** The exact sum of {@code xs}. */
    private static BigDecimal exact(double[] xs) {
        BigDecimal s = BigDecimal.ZERO;
        for (double x : xs) {
            s = s.add(new BigDecimal(x));
        }
        return s;
    }

    /** Whether {@code d} is the exact {@code x} rounded to the nearest double: within half an ulp of it. */
    private static boolean nearest(double d, BigDecimal x) {
        BigDecimal error = new BigDecimal(d).subtract(x).abs();
        return error.compareTo(new BigDecimal(Math.ulp(d)).divide(BigDecimal.valueOf(2))) <= 0;
    }

    @Test
    void sumsAreExactInAnyOrderAndAnySplit() {
        SplittableRandom r = new SplittableRandom(6);
        double[] xs = new double[5_000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = switch (i % 6) {
                case 0 -> r.nextGaussian() * 1e300;
                case 1 -> -r.nextDouble() * 1e-300;
                case 2 -> Double.MIN_VALUE * r.nextInt(1_000);
                case 3 -> -1400 * Math.exp(r.nextGaussian());
                case 4 -> 1 + r.nextDouble() * 0x1.0p-40;
                default -> (r.nextBoolean() ? 1 : -1) * Math.scalb(r.nextDouble(), r.nextInt(-1070, 1020));
            };
        }
        ExactSums forward = new ExactSums(2);
        ExactSums a = new ExactSums(2);
        ExactSums b = new ExactSums(2);
        for (int i = 0; i < xs.length; i++) {
            forward.add(1, xs[i]);
            (i % 3 == 0 ? a : b).add(1, xs[xs.length - 1 - i]);
        }
        a.addAll(b);
        assertThat(nearest(forward.value(1), exact(xs))).as("%s", forward.value(1)).isTrue();
        assertThat(a.value(1)).isEqualTo(forward.value(1));
        assertThat(forward.value(0)).isZero();
        assertThat(forward.exact(1)).isEqualByComparingTo(exact(xs));
        assertThat(a.exact(1)).isEqualByComparingTo(exact(xs));
        assertThat(forward.exact(0)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void cancellationLeavesTheTinyRemainder() {
        ExactSums s = new ExactSums(1);
        s.addStrided(0, new double[] {1e308, 3e-320, -1e308, 1.5, -1.5}, 0, 1, 5);
        assertThat(s.value(0)).isEqualTo(3e-320);
        s.clear();
        s.add(0, -0.1);
        s.add(0, -0.2);
        // -0.1 + -0.2 lies exactly halfway between -0.3 and -0.30000000000000004: ties go to the even mantissa
        assertThat(s.value(0)).isEqualTo(-0.30000000000000004);
    }
}
