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
        MetricSummary s = new MetricSummary("x", false, false);
        s.addAll(v, v.length, 0);
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
        MetricSummary s = new MetricSummary("hit", true, false);
        s.addAll(v, v.length, 0);
        MetricStatistics sk = s.toStatistics();
        assertThat(sk.probability()).isEqualTo(1430.0 / 10_007);
        assertThat(sk.wilsonInterval()).isEqualTo(MetricStatistics.of("hit", true, v, v.length).wilsonInterval());
    }

    @Test
    void mergedPartsEqualTheWholeBitForBit() {
        double[] v = lognormalWithNegatives(9_000);
        MetricSummary whole = new MetricSummary("x", false, false);
        whole.addAll(v, v.length, 0);
        MetricSummary a = new MetricSummary("x", false, false);
        MetricSummary b = new MetricSummary("x", false, false);
        a.addAll(Arrays.copyOfRange(v, 0, 3_333), 3_333, 0);
        b.addAll(Arrays.copyOfRange(v, 3_333, 9_000), 5_667, 3_333);
        a.merge(b);
        assertThat(a.mean()).isEqualTo(whole.mean());
        assertThat(a.stdDev()).isEqualTo(whole.stdDev());
        assertThat(a.toStatistics().quantile(0.37)).isEqualTo(whole.toStatistics().quantile(0.37));
        assertThatThrownBy(() -> a.merge(new MetricSummary("y", false, false))).hasMessageContaining("a summary of metric x");
    }

    @Test
    void badValuesNameTheMetric() {
        MetricSummary e = new MetricSummary("breach", true, false);
        assertThatThrownBy(() -> e.addAll(new double[] {0, 0.5}, 2, 0)).hasMessage("metric breach has a value that is not 0 or 1: 0.5");
        MetricSummary x = new MetricSummary("loss", false, false);
        assertThatThrownBy(() -> x.addAll(new double[] {Double.POSITIVE_INFINITY}, 1, 0))
            .hasMessage("metric loss has a value that is not finite: Infinity");
    }

    @Test
    void pairedStandardErrorComesFromPairMeansWhateverTheSplit() {
        double[] v = lognormalWithNegatives(10_001);
        MetricSummary whole = new MetricSummary("x", false, true);
        whole.addAll(v, v.length, 0);
        double exact = MetricStatistics.adoptPaired("x", false, v.clone(), 0).stdError();
        assertThat(whole.stdError()).isCloseTo(exact, within(1e-12 * exact));
        assertThat(whole.stdError()).isNotCloseTo(whole.stdDev() / Math.sqrt(v.length), within(1e-6 * exact));
        // split inside a pair (at an odd path) and in several pieces: the same bits
        MetricSummary merged = new MetricSummary("x", false, true);
        int[] cuts = {0, 1, 2_501, 2_502, 7_777, 10_001};
        for (int k = 0; k + 1 < cuts.length; k++) {
            MetricSummary part = new MetricSummary("x", false, true);
            part.addAll(Arrays.copyOfRange(v, cuts[k], cuts[k + 1]), cuts[k + 1] - cuts[k], cuts[k]);
            merged.merge(part);
        }
        assertThat(merged.stdError()).isEqualTo(whole.stdError());
        assertThat(merged.mean()).isEqualTo(whole.mean());
        assertThat(new MetricSummary("x", false, true).stdError()).isNaN();
    }
}
