package dev.tariffsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sketch statistics against the exact statistics of the same values (no randomness in the assertions). */
final class MetricSummaryTest {
    private static double[] lognormalWithNegatives(int n) {
        Random r = new Random(7);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.exp(r.nextGaussian()) - 0.8;
        }
        return v;
    }

    @Test
    void momentsAreExactAndQuantilesWithinTheStatedError() {
        double[] v = lognormalWithNegatives(50_000);
        MetricSummary s = new MetricSummary("x", false);
        s.addAll(v, v.length);
        MetricStatistics sk = s.toStatistics();
        MetricStatistics ex = MetricStatistics.of("x", false, v, v.length);
        assertThat(sk.quantileMethod()).isEqualTo("sketch, relative error 0.4%");
        assertThat(ex.quantileMethod()).isEqualTo("exact");
        assertThat(sk.count()).isEqualTo(50_000);
        assertThat(sk.mean()).isCloseTo(ex.mean(), within(1e-15 * Math.abs(ex.mean())));
        assertThat(sk.stdDev()).isCloseTo(ex.stdDev(), within(1e-13 * ex.stdDev()));
        assertThat(sk.min()).isEqualTo(ex.min());
        assertThat(sk.max()).isEqualTo(ex.max());
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        for (double q : new double[] {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99}) {
            double nearestRank = sorted[(int) Math.ceil(q * v.length) - 1];
            assertThat(sk.quantile(q)).isCloseTo(nearestRank, within(QuantileSketch.RELATIVE_ERROR * Math.abs(nearestRank)));
        }
        for (Tail tail : Tail.values()) {
            double es = ex.expectedShortfall(0.95, tail);
            assertThat(sk.expectedShortfall(0.95, tail)).isCloseTo(es, within(QuantileSketch.RELATIVE_ERROR * Math.abs(es)));
        }
    }

    @Test
    void eventProbabilityIsExact() {
        double[] v = new double[10_007];
        for (int i = 0; i < v.length; i += 7) {
            v[i] = 1;
        }
        MetricSummary s = new MetricSummary("hit", true);
        s.addAll(v, v.length);
        MetricStatistics sk = s.toStatistics();
        assertThat(sk.probability()).isEqualTo(1430.0 / 10_007);
        assertThat(sk.wilsonInterval()).isEqualTo(MetricStatistics.of("hit", true, v, v.length).wilsonInterval());
    }

    @Test
    void mergedPartsEqualTheWholeBitForBit() {
        double[] v = lognormalWithNegatives(9_000);
        MetricSummary whole = new MetricSummary("x", false);
        whole.addAll(v, v.length);
        MetricSummary a = new MetricSummary("x", false);
        MetricSummary b = new MetricSummary("x", false);
        a.addAll(Arrays.copyOfRange(v, 0, 3_333), 3_333);
        b.addAll(Arrays.copyOfRange(v, 3_333, 9_000), 5_667);
        b.merge(a);
        assertThat(b.mean()).isEqualTo(whole.mean());
        assertThat(b.stdDev()).isEqualTo(whole.stdDev());
        assertThat(b.toStatistics().quantile(0.37)).isEqualTo(whole.toStatistics().quantile(0.37));
        assertThatThrownBy(() -> b.merge(new MetricSummary("y", false))).hasMessageContaining("a summary of metric x");
    }

    @Test
    void badValuesNameTheMetric() {
        MetricSummary e = new MetricSummary("breach", true);
        assertThatThrownBy(() -> e.addAll(new double[] {0, 0.5}, 2)).hasMessage("metric breach has a value that is not 0 or 1: 0.5");
        MetricSummary x = new MetricSummary("loss", false);
        assertThatThrownBy(() -> x.addAll(new double[] {Double.POSITIVE_INFINITY}, 1))
            .hasMessage("metric loss has a value that is not finite: Infinity");
    }
}
