package dev.tariffsim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.stats.MetricStatistics;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class HistogramsTest {
    @Test
    void binCountsEqualABruteForceCountIncludingTiesAndEdges() {
        SplittableRandom random = new SplittableRandom(11);
        double[] values = new double[5003];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 7 == 0 ? 2.0 : Math.round(random.nextGaussian() * 40) / 10.0; // ties and edge hits
        }
        MetricStatistics m = MetricStatistics.of("x", false, values, values.length);
        double from = -5;
        double to = 5;
        int bins = 20;
        int[] counts = Histograms.counts(m, from, to, bins);
        double width = (to - from) / bins;
        for (int k = 0; k < bins; k++) {
            double lo = from + k * width;
            double hi = k == bins - 1 ? to : from + (k + 1) * width;
            int expected = 0;
            for (double v : values) {
                if ((v > lo || (k == 0 && v == lo)) && v <= hi) {
                    expected++;
                }
            }
            assertThat(counts[k]).as("bin %d (%s, %s]", k, lo, hi).isEqualTo(expected);
        }
    }

    @Test
    void countAtMostFindsTheRank() {
        MetricStatistics m = MetricStatistics.of("x", false, new double[] {3, 1, 2, 2, 5}, 5);
        assertThat(Histograms.countAtMost(m, 0.5)).isZero();
        assertThat(Histograms.countAtMost(m, 2)).isEqualTo(3);
        assertThat(Histograms.countBelow(m, 2)).isEqualTo(1);
        assertThat(Histograms.countAtMost(m, 9)).isEqualTo(5);
        MetricStatistics one = MetricStatistics.of("y", false, new double[] {4}, 1);
        assertThat(Histograms.countAtMost(one, 4)).isEqualTo(1);
        assertThat(Histograms.countBelow(one, 4)).isZero();
    }
}
