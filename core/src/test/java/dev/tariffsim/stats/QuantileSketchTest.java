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

    @Test
    void addStridedMatchesExactOrderStatisticsOnRandomData() {
        // the production path: values staged row by row, read per column with a stride, in several batches
        SplittableRandom r = new SplittableRandom(3);
        int rows = 9_000;
        int width = 5;
        double[] stage = new double[rows * width];
        for (int i = 0; i < stage.length; i++) {
            int column = i % width;
            stage[i] = switch (column) {
                case 0 -> 1400 * Math.exp(0.1 * r.nextGaussian());
                case 1 -> r.nextDouble() < 0.3 ? 0 : -Math.exp(4 * r.nextGaussian());
                case 2 -> 50 * r.nextGaussian();
                case 3 -> r.nextDouble() < 0.5 ? 0 : 1;
                default -> Math.exp(20 * r.nextGaussian());
            };
        }
        for (int column = 0; column < width; column++) {
            QuantileSketch s = new QuantileSketch();
            double sum = 0;
            for (int from = 0; from < rows; from += 1_000) {
                int n = Math.min(1_000, rows - from);
                sum += s.addStrided(stage, from * width + column, width, n);
            }
            double[] exact = new double[rows];
            double exactSum = 0;
            for (int k = 0; k < rows; k++) {
                exact[k] = stage[k * width + column];
                exactSum += exact[k];
            }
            Arrays.sort(exact);
            assertThat(s.count()).isEqualTo(rows);
            assertThat(sum).isCloseTo(exactSum, org.assertj.core.api.Assertions.within(1e-9 * Math.abs(exactSum) + 1e-9));
            assertThat(s.min()).isEqualTo(exact[0]);
            assertThat(s.max()).isEqualTo(exact[rows - 1]);
            for (double q = 0.001; q < 1; q += 0.0037) {
                double order = exact[(int) Math.max(1, Math.ceil(q * rows)) - 1];
                assertThat(Math.abs(s.quantile(q) - order)).as("column %d, q=%s", column, q)
                    .isLessThanOrEqualTo(BOUND * Math.abs(order));
            }
        }
        QuantileSketch bad = new QuantileSketch();
        assertThatThrownBy(() -> bad.addStrided(new double[] {1, Double.POSITIVE_INFINITY}, 0, 1, 2))
            .hasMessageContaining("Infinity");
    }
}
