package dev.tariffsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class ExactSumTest {
    private static double[] mixed(int n, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double x = Math.scalb(r.nextDouble(), r.nextInt(200) - 100);
            v[i] = r.nextBoolean() ? x : -x;
        }
        v[0] = Double.MIN_VALUE;
        v[1] = -Double.MAX_VALUE / 4;
        v[2] = Double.MAX_VALUE / 4;
        v[3] = 0x1p-1022;
        return v;
    }

    @Test
    void sumIsTheExactSumOfTheValues() {
        double[] v = mixed(5_000, 1);
        ExactSum s = new ExactSum();
        BigDecimal expected = BigDecimal.ZERO;
        for (double x : v) {
            s.add(x);
            expected = expected.add(new BigDecimal(x));
        }
        assertThat(s.exact()).isEqualByComparingTo(expected);
    }

    @Test
    void anySplitAndOrderGivesTheSameBits() {
        double[] v = mixed(10_000, 2);
        ExactSum whole = new ExactSum();
        for (double x : v) {
            whole.add(x);
        }
        ExactSum a = new ExactSum();
        ExactSum b = new ExactSum();
        ExactSum c = new ExactSum();
        for (int i = v.length - 1; i >= 0; i--) {
            (i % 3 == 0 ? a : i < 4_000 ? b : c).add(v[i]);
        }
        c.merge(a);
        c.merge(b);
        assertThat(c.doubleValue()).isEqualTo(whole.doubleValue());
        double naiveForward = 0;
        double naiveBackward = 0;
        for (int i = 0; i < v.length; i++) {
            naiveForward += v[i];
            naiveBackward += v[v.length - 1 - i];
        }
        // the reason for the class: ordinary summation depends on the order
        assertThat(naiveForward).isNotEqualTo(naiveBackward);
    }

    @Test
    void cancellationLeavesTheSmallValueExactly() {
        ExactSum s = new ExactSum();
        s.add(1e300);
        s.add(1e-300);
        s.add(-1e300);
        assertThat(s.doubleValue()).isEqualTo(1e-300);
        s.clear();
        assertThat(s.doubleValue()).isZero();
    }

    @Test
    void nonFiniteValuesAreRejected() {
        ExactSum s = new ExactSum();
        assertThatThrownBy(() -> s.add(Double.NaN)).hasMessageContaining("not finite");
        assertThatThrownBy(() -> s.add(Double.NEGATIVE_INFINITY)).hasMessageContaining("not finite");
    }
}
