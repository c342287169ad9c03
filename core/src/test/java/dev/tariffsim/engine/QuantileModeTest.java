package dev.tariffsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.QuantileSketch;
import org.junit.jupiter.api.Test;

/** The bounded-memory mode of the engine: same paths, exact moments, sketched quantiles, any partition. */
final class QuantileModeTest {
    private static final GbmModel GBM = GbmModel.standard();

    private static SimulationResult run(QuantileMode mode, int threads) {
        return MonteCarlo.builder().paths(30_000).seed(5).threads(threads).quantiles(mode).build().run(GBM);
    }

    @Test
    void sketchRunAgreesWithExactRunOnTheSamePaths() {
        SimulationResult exact = run(QuantileMode.EXACT, 2);
        SimulationResult sketch = run(QuantileMode.SKETCH, 2);
        for (String name : exact.metrics().keySet()) {
            MetricStatistics x = exact.metric(name);
            MetricStatistics y = sketch.metric(name);
            assertThat(y.quantileMethod()).startsWith("sketch");
            assertThat(y.count()).isEqualTo(x.count());
            assertThat(y.mean()).isCloseTo(x.mean(), within(1e-14 * Math.abs(x.mean())));
            assertThat(y.stdDev()).isCloseTo(x.stdDev(), within(1e-12 * x.stdDev()));
            assertThat(y.min()).isEqualTo(x.min());
            assertThat(y.max()).isEqualTo(x.max());
            if (!x.isEvent()) {
                double p95 = x.quantile(0.95);
                // type 7 against nearest rank differ by at most one order statistic: a small extra allowance
                assertThat(y.quantile(0.95)).isCloseTo(p95, within(2 * QuantileSketch.RELATIVE_ERROR * Math.abs(p95)));
            }
        }
        assertThat(sketch.series("price").percentile(0.5, 50)).isEqualTo(exact.series("price").percentile(0.5, 50));
    }

    @Test
    void sketchRunDoesNotDependOnThreadsOrPartition() {
        SimulationResult one = run(QuantileMode.SKETCH, 1);
        SimulationResult three = run(QuantileMode.SKETCH, 3);
        MonteCarlo runner = MonteCarlo.builder().paths(30_000).seed(5).quantiles(QuantileMode.SKETCH).build();
        ResultAccumulator parts = runner.simulate(GBM, new PathRange(0, 7_777));
        parts.merge(runner.simulate(GBM, new PathRange(7_777, 30_000)));
        for (String name : one.metrics().keySet()) {
            MetricStatistics x = one.metric(name);
            for (MetricStatistics y : new MetricStatistics[] {three.metric(name), parts.metricStatistics().get(name)}) {
                assertThat(y.mean()).isEqualTo(x.mean());
                assertThat(y.stdDev()).isEqualTo(x.stdDev());
                assertThat(y.quantile(0.05)).isEqualTo(x.quantile(0.05));
                assertThat(y.expectedShortfall(0.99, dev.tariffsim.stats.Tail.UPPER))
                    .isEqualTo(x.expectedShortfall(0.99, dev.tariffsim.stats.Tail.UPPER));
            }
        }
    }

    @Test
    void autoKeepsExactValuesUpToTheThresholdAndSketchesAbove() {
        assertThat(QuantileMode.AUTO.resolve(QuantileMode.AUTO_EXACT_VALUES / 4, 4)).isEqualTo(QuantileMode.EXACT);
        assertThat(QuantileMode.AUTO.resolve(QuantileMode.AUTO_EXACT_VALUES / 4 + 1, 4)).isEqualTo(QuantileMode.SKETCH);
        assertThat(QuantileMode.EXACT.resolve(1L << 40, 200)).isEqualTo(QuantileMode.EXACT);
        assertThat(QuantileMode.SKETCH.resolve(1, 1)).isEqualTo(QuantileMode.SKETCH);
        assertThat(run(QuantileMode.AUTO, 2).metric("terminal").quantileMethod()).isEqualTo("exact");
        assertThat(run(QuantileMode.AUTO, 2).quantiles()).isEqualTo("exact");
        assertThat(run(QuantileMode.SKETCH, 2).quantiles()).isEqualTo("sketch, relative error 0.4%");
        assertThat(run(QuantileMode.SKETCH, 2).convergence()).isEmpty();
    }

    @Test
    void accumulatorsOfDifferentModesDoNotMerge() {
        ResultAccumulator a = new ResultAccumulator(GBM.outputs(), 0, 10, false, false, QuantileMode.EXACT);
        ResultAccumulator b = new ResultAccumulator(GBM.outputs(), 0, 10, false, false, QuantileMode.SKETCH);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.merge(b)).hasMessageContaining("quantileMode");
    }

    @Test
    void antitheticSketchRunUsesPairMeansAndMatchesTheExactRun() {
        SimulationResult exact = MonteCarlo.builder().paths(20_000).seed(3).threads(2).antithetic(true)
            .quantiles(QuantileMode.EXACT).build().run(GBM);
        SimulationResult sketch = MonteCarlo.builder().paths(20_000).seed(3).threads(3).antithetic(true)
            .quantiles(QuantileMode.SKETCH).build().run(GBM);
        MetricStatistics x = exact.metric("terminal");
        MetricStatistics y = sketch.metric("terminal");
        assertThat(y.mean()).isCloseTo(x.mean(), within(1e-14 * Math.abs(x.mean())));
        assertThat(y.stdError()).isCloseTo(x.stdError(), within(1e-10 * x.stdError()));
    }

    @Test
    void precisionTargetsStopASketchRunAtTheSameCheckpointAsAnExactRun() {
        MonteCarlo.Builder b = MonteCarlo.builder().paths(200_000).seed(8).threads(2)
            .precision(PrecisionTarget.relative("terminal", 0.01)).checkEvery(2_048).minPaths(2_048);
        SimulationResult exact = b.quantiles(QuantileMode.EXACT).build().run(GBM);
        SimulationResult sketch = b.quantiles(QuantileMode.SKETCH).build().run(GBM);
        assertThat(exact.run().stopReason()).isEqualTo(StopReason.PRECISION_REACHED);
        assertThat(sketch.run().stopReason()).isEqualTo(StopReason.PRECISION_REACHED);
        assertThat(sketch.run().paths()).isEqualTo(exact.run().paths());
    }
}
