package dev.tariffsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import org.junit.jupiter.api.Test;

/** Paired models that skip a metric, and series bands against exact quantiles of the same values. */
final class PairedModelAndBandsTest {
    @Test
    void aSubModelThatSkipsAMetricFailsThePathInsteadOfReusingTheLastValue() {
        PathModel a = EngineContractsTest.uniformModel(false, u -> u.nextUniform());
        PathModel skipping = new PathModel() {
            @Override
            public OutputSpec outputs() {
                return a.outputs();
            }

            @Override
            public PathSimulator newSimulator(PathRandom random) {
                RandomStream u = random.stream("u");
                return out -> {
                    double x = u.nextUniform();
                    if (random.pathIndex() != 700) {
                        out.metric(0, x);
                    }
                };
            }
        };
        assertThatThrownBy(() -> MonteCarlo.builder().paths(2_000).threads(2).build().run(PairedModel.of(a, skipping)))
            .isInstanceOf(SimulationException.class).hasMessageContaining("path 700");
    }

    @Test
    void seriesBandsAreWithinTheSketchBoundOfExactQuantiles() {
        // step t of the series is the metric x_t itself: the exact type-1 (nearest-rank) quantile of the metric's
        // values is what the band approximates, within a relative 2^-8
        OutputSpec.Builder b = OutputSpec.builder();
        int[] metric = new int[4];
        for (int t = 0; t < 4; t++) {
            metric[t] = b.metric("x" + t, "units", "the walk at step " + t);
        }
        b.series("x", 4, "units", "the walk");
        OutputSpec spec = b.build();
        PathModel walk = new PathModel() {
            @Override
            public OutputSpec outputs() {
                return spec;
            }

            @Override
            public PathSimulator newSimulator(PathRandom random) {
                RandomStream g = random.stream("g");
                return out -> {
                    double x = 0;
                    for (int t = 0; t < 4; t++) {
                        x += g.nextGaussian() * (t + 1);
                        double v = t == 3 ? Math.exp(x) : x;
                        out.metric(metric[t], v);
                        out.series(0, t, v);
                    }
                };
            }
        };
        int n = 30_001;
        SimulationResult r = MonteCarlo.builder().paths(n).seed(13).threads(3).build().run(walk);
        SeriesBands bands = r.series("x");
        for (int t = 0; t < 4; t++) {
            MetricStatistics exact = r.metric("x" + t);
            for (double level : SeriesBands.LEVELS) {
                long rank = (long) Math.ceil(level * n);
                double order = exact.quantile((rank - 1) / (double) (n - 1));
                assertThat(Math.abs(bands.percentile(level, t) - order)).as("step %d, level %s", t, level)
                    .isLessThanOrEqualTo(0x1.0p-8 * Math.abs(order));
            }
            assertThat(bands.mean(t)).as("mean at step %d", t).isCloseTo(exact.mean(),
                org.assertj.core.api.Assertions.within(1e-12 * Math.abs(exact.mean())));
        }
        assertThat(bands.percentile(1 - 0.95, 2)).isEqualTo(bands.percentile(0.05, 2));
        assertThatThrownBy(() -> bands.percentile(0.1, 0)).hasMessageContaining("0.1");
    }
}
