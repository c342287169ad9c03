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
}
