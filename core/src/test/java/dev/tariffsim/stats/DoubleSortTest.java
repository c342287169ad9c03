package dev.tariffsim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The radix sort of metric values gives exactly the JDK's sorted array, bit for bit, on every kind of input. */
final class DoubleSortTest {
    private static final double[] SPECIAL = {0.0, -0.0, 1, -1, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -1e300, 0.1, 42.5};

    @Test
    void keysFollowDoubleCompareAndRoundTrip() {
        for (double a : SPECIAL) {
            assertThat(Double.doubleToRawLongBits(DoubleSort.value(DoubleSort.key(a))))
                .isEqualTo(Double.doubleToRawLongBits(a));
            for (double b : SPECIAL) {
                assertThat(Long.signum(Long.compareUnsigned(DoubleSort.key(a), DoubleSort.key(b))))
                    .as("%s vs %s", a, b).isEqualTo(Integer.signum(Double.compare(a, b)));
            }
        }
    }

    @Test
    void sortsExactlyAsArraysSortAcrossSizesAndShapes() {
        SplittableRandom r = new SplittableRandom(7);
        int[] sizes = {0, 1, 2, DoubleSort.RADIX_MIN - 1, DoubleSort.RADIX_MIN, 1000, 1024, 4099, 20_000};
        for (int n : sizes) {
            for (int shape = 0; shape < 6; shape++) {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = switch (shape) {
                        case 0 -> 40 + 10 * r.nextDouble();                           // one sign and magnitude
                        case 1 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-300, 300)); // every exponent, both signs
                        case 2 -> SPECIAL[r.nextInt(SPECIAL.length)];                 // ties, zeros of both signs
                        case 3 -> r.nextInt(2);                                        // an event metric
                        case 4 -> 7.25;                                                // a constant metric
                        default -> i % 3 == 0 ? -0.0 : i;                              // signed zeros among a rising run
                    };
                }
                double[] expected = v.clone();
                Arrays.sort(expected);
                DoubleSort.sort(v);
                long[] got = Arrays.stream(v).mapToLong(Double::doubleToRawLongBits).toArray();
                long[] want = Arrays.stream(expected).mapToLong(Double::doubleToRawLongBits).toArray();
                assertThat(got).as("n %d shape %d", n, shape).isEqualTo(want);
            }
        }
    }
}
