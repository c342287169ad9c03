package dev.tariffsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class QuantileSketchTest {
    private static final double BOUND = 0x1.0p-8;

    @Test
    void quantilesAreWithinTheStatedRelativeErrorOfTheNearestRankOrderStatistic() {
        SplittableRandom r = new SplittableRandom(1);
        double[] xs = new double[20_001];
        QuantileSketch s = new QuantileSketch();
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (i % 7 == 0 ? -1 : 1) * Math.exp(3 * r.nextGaussian()) + (i % 50 == 0 ? 0 : 0);
            if (i % 101 == 0) {
                xs[i] = 0;
            }
            s.add(xs[i]);
        }
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        for (double q = 0; q <= 1.0; q += 0.005) {
            int rank = (int) Math.max(1, Math.ceil(q * xs.length));
            double exact = sorted[rank - 1];
            assertThat(Math.abs(s.quantile(q) - exact)).as("q=%s", q).isLessThanOrEqualTo(BOUND * Math.abs(exact));
        }
        assertThat(s.min()).isEqualTo(sorted[0]);
        assertThat(s.max()).isEqualTo(sorted[sorted.length - 1]);
        assertThat(s.quantile(0)).isEqualTo(sorted[0]);
        assertThat(s.quantile(1)).isEqualTo(sorted[sorted.length - 1]);
    }

    @Test
    void mergingGivesTheSketchOfAllValuesInAnyOrder() {
        SplittableRandom r = new SplittableRandom(2);
        QuantileSketch all = new QuantileSketch();
        QuantileSketch a = new QuantileSketch();
        QuantileSketch b = new QuantileSketch();
        for (int i = 0; i < 5_000; i++) {
            double x = 1000 + 400 * r.nextGaussian();
            all.add(x);
            (i % 3 == 0 ? a : b).add(x);
        }
        QuantileSketch ab = new QuantileSketch();
        ab.merge(a);
        ab.merge(b);
        QuantileSketch ba = new QuantileSketch();
        ba.merge(b);
        ba.merge(a);
        for (double q = 0; q <= 1; q += 0.01) {
            assertThat(ab.quantile(q)).isEqualTo(all.quantile(q));
            assertThat(ba.quantile(q)).isEqualTo(all.quantile(q));
        }
        assertThat(ab.count()).isEqualTo(5_000);
    }

    @Test
    void clearEmptiesAndRejectsNonFiniteValues() {
        QuantileSketch s = new QuantileSketch();
        s.add(3);
        s.clear();
        assertThat(s.count()).isZero();
        assertThat(s.quantile(0.5)).isNaN();
        assertThatThrownBy(() -> s.add(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> s.add(Double.POSITIVE_INFINITY)).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> s.quantile(1.5)).hasMessageContaining("1.5");
    }
}
