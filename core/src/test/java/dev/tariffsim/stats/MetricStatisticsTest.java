package dev.tariffsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class MetricStatisticsTest {
    private static final double[] ONE_TO_TEN = {7, 3, 9, 1, 10, 2, 8, 4, 6, 5};

    @Test
    void momentsAndType7Quantiles() {
        MetricStatistics s = MetricStatistics.of("x", false, ONE_TO_TEN, 10);
        assertThat(s.mean()).isEqualTo(5.5);
        assertThat(s.stdDev()).isCloseTo(Math.sqrt(82.5 / 9), within(1e-15));
        assertThat(s.stdError()).isCloseTo(Math.sqrt(82.5 / 9) / Math.sqrt(10), within(1e-15));
        assertThat(s.quantile(0)).isEqualTo(1);
        assertThat(s.quantile(1)).isEqualTo(10);
        assertThat(s.quantile(0.5)).isEqualTo(5.5);
        assertThat(s.quantile(0.25)).isCloseTo(3.25, within(1e-15));
        assertThat(s.quantile(0.95)).isCloseTo(9.55, within(1e-12));
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(10);
    }

    @Test
    void valueAtRiskAndExpectedShortfallInBothTails() {
        MetricStatistics s = MetricStatistics.of("x", false, ONE_TO_TEN, 10);
        assertThat(s.valueAtRisk(0.9, Tail.UPPER)).isCloseTo(9.1, within(1e-12));
        assertThat(s.expectedShortfall(0.8, Tail.UPPER)).isEqualTo(9.5);
        assertThat(s.valueAtRisk(0.9, Tail.LOWER)).isCloseTo(1.9, within(1e-12));
        assertThat(s.expectedShortfall(0.8, Tail.LOWER)).isEqualTo(1.5);
        assertThatThrownBy(() -> s.valueAtRisk(1, Tail.UPPER)).hasMessageContaining("level");
    }

    @Test
    void wilsonIntervalMatchesHandComputedValues() {
        Interval zero = MetricStatistics.wilson(0, 10, MetricStatistics.Z95);
        assertThat(zero.low()).isEqualTo(0);
        assertThat(zero.high()).isCloseTo(0.277533, within(1e-6));
        Interval half = MetricStatistics.wilson(50, 100, MetricStatistics.Z95);
        assertThat(half.low()).isCloseTo(0.403832, within(1e-6));
        assertThat(half.high()).isCloseTo(0.596168, within(1e-6));
        assertThat(half.level()).isCloseTo(0.95, within(1e-12));
        assertThatThrownBy(() -> MetricStatistics.wilson(11, 10, 1.96)).hasMessageContaining("successes");
    }

    @Test
    void eventMetricsMustBeZeroOrOne() {
        MetricStatistics e = MetricStatistics.of("breach", true, new double[] {0, 1, 1, 0}, 4);
        assertThat(e.probability()).isEqualTo(0.5);
        assertThatThrownBy(() -> MetricStatistics.of("breach", true, new double[] {0, 0.5}, 2))
            .hasMessageContaining("breach").hasMessageContaining("0.5");
        assertThatThrownBy(() -> MetricStatistics.of("x", false, new double[] {Double.NaN}, 1))
            .hasMessageContaining("NaN");
    }

    @Test
    void wilsonIntervalsCoverTheTrueProbability() {
        // 4,000 binomial samples of n = 200 at p = 0.03: the Wilson 95% interval covers p in about 95% of them
        // (its actual coverage at this n and p is 0.94 to 0.96). With 4,000 samples the coverage estimate has a
        // standard error of 0.0035; the band [0.925, 0.975] is more than 5 of them wide on each side.
        java.util.SplittableRandom r = new java.util.SplittableRandom(12);
        double p = 0.03;
        int covered = 0;
        for (int k = 0; k < 4_000; k++) {
            int successes = 0;
            for (int i = 0; i < 200; i++) {
                successes += r.nextDouble() < p ? 1 : 0;
            }
            covered += MetricStatistics.wilson(successes, 200, MetricStatistics.Z95).contains(p) ? 1 : 0;
        }
        assertThat(covered / 4_000.0).isBetween(0.925, 0.975);
    }

    @Test
    void theWilsonEndsSolveTheScoreEquation() {
        // the ends are the roots of (phat - p)^2 = z^2 p (1 - p) / n: check the equation, not the closed form
        for (long[] kn : new long[][] {{0, 10}, {3, 10}, {81, 263}, {999, 1000}}) {
            Interval w = MetricStatistics.wilson(kn[0], kn[1], MetricStatistics.Z95);
            double phat = (double) kn[0] / kn[1];
            double z2 = MetricStatistics.Z95 * MetricStatistics.Z95;
            for (double end : new double[] {w.low(), w.high()}) {
                double lhs = (phat - end) * (phat - end);
                double rhs = z2 * end * (1 - end) / kn[1];
                assertThat(lhs).as("%s of %s", kn[0], kn[1]).isCloseTo(rhs, within(1e-12));
            }
        }
    }

    @Test
    void oneValueHasNoStandardErrorOrInterval() {
        MetricStatistics one = MetricStatistics.of("x", false, new double[] {5}, 1);
        assertThat(one.mean()).isEqualTo(5);
        assertThat(one.stdDev()).isNaN();
        assertThat(one.stdError()).isNaN();
        assertThat(one.confidenceInterval().low()).isNaN();
        MetricStatistics none = MetricStatistics.of("x", true, new double[0], 0);
        assertThat(none.wilsonInterval().high()).isNaN();
        assertThatThrownBy(() -> MetricStatistics.of("x", false, new double[] {1, Double.POSITIVE_INFINITY}, 2))
            .hasMessageContaining("Infinity");
    }

    @Test
    void pairedStandardErrorUsesPairMeans() {
        // pairs (1, 3), (2, 2), (6, 4): pair means 2, 2, 5, sd sqrt(3), se sqrt(3) / sqrt(3) = 1
        double[] values = {1, 3, 2, 2, 6, 4};
        MetricStatistics paired = MetricStatistics.adoptPaired("x", false, values.clone(), 0);
        assertThat(paired.stdError()).isCloseTo(1.0, within(1e-15));
        assertThat(paired.mean()).isCloseTo(3.0, within(1e-15));
        // with the first value the tail of an earlier pair: pairs (3, 2), (2, 6); 1 and the last 4 unpaired
        MetricStatistics shifted = MetricStatistics.adoptPaired("x", false, values.clone(), 1);
        assertThat(shifted.stdError()).isCloseTo(0.75, within(1e-15)); // pair means 2.5, 4
    }

    /**
     * Exact statistics sort their values on first use: whatever is read first, and by however many threads at once,
     * every statistic equals that of the values sorted beforehand, bit for bit.
     */
    @Test
    void statisticsSortedOnFirstUseMatchSortingFirstWhateverIsReadAndFromManyThreads() throws Exception {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        double[] v = new double[5_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.exp(r.nextGaussian()) - 1;
        }
        double[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        double[] want = readAll(MetricStatistics.adoptPaired("x", false, v.clone(), 0));
        assertThat(want[0]).isEqualTo(MetricStatistics.adopt("x", false, sorted.clone()).mean());
        for (int first = 0; first < 4; first++) {
            MetricStatistics s = MetricStatistics.adoptPaired("x", false, v.clone(), 0);
            double touched = switch (first) {
                case 0 -> s.quantile(0.3);
                case 1 -> s.confidenceInterval().high();
                case 2 -> s.stdDev();
                default -> s.expectedShortfall(0.9, Tail.LOWER);
            };
            assertThat(touched).isFinite();
            assertThat(readAll(s)).as("first read %d", first).isEqualTo(want);
        }
        MetricStatistics shared = MetricStatistics.adopt("x", false, v.clone());
        MetricStatistics reference = MetricStatistics.adopt("x", false, sorted.clone());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<double[]>> reads = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                reads.add(pool.submit(() -> readAll(shared)));
            }
            for (java.util.concurrent.Future<double[]> f : reads) {
                assertThat(f.get()).isEqualTo(readAll(reference));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double[] readAll(MetricStatistics s) {
        return new double[] {s.mean(), s.stdDev(), s.stdError(), s.min(), s.max(), s.quantile(0.05), s.quantile(0.5),
            s.quantile(0.95), s.expectedShortfall(0.95, Tail.UPPER), s.confidenceInterval().low()};
    }
}
