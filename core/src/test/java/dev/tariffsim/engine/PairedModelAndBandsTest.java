package dev.tariffsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.random.RandomStream;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import org.junit.jupiter.api.Test;

/** Paired models that skip a metric, and series bands against exact quantiles of the same values. */
final class PairedModelAndBandsTest {
    @Test
    void aSubModelThatSkipsAMetricFailsThePathInsteadOfReusingTheLastValue() {
        PathModel a = EngineContractsTest.uniformModel(false, u -> u.nextUniform());
        PathModel skipping = TestModels.of(a.outputs(), random -> {
            RandomStream u = random.stream("u");
            return out -> {
                double x = u.nextUniform();
                if (random.pathIndex() != 700) {
                    out.metric(0, x);
                }
            };
        });
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
        PathModel walk = TestModels.of(spec, random -> {
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
        });
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

    @Test
    void anEventSeriesGivesExactlyTheBandsOfTheSameValuesAsAnOrdinarySeries() {
        // the same 0/1 values recorded once as an event series (counts) and once as an ordinary series (exact sums
        // and quantile sketches): every mean and percentile must be identical, at probabilities 0, 1 and between,
        // on a path count where ceil(q n) lands exactly on the number of zeros for some step
        OutputSpec.Builder b = OutputSpec.builder();
        b.metric("m", "units", "a metric");
        b.eventSeries("e", 6, "the event");
        b.series("o", 6, "probability", "the same values");
        OutputSpec spec = b.build();
        assertThat(spec.series("e").event()).isTrue();
        assertThat(spec.series("e").unit()).isEqualTo("probability");
        assertThat(spec.series("o").event()).isFalse();
        double[] p = {0, 1, 0.05, 0.5, 0.95, 0.3};
        PathModel model = TestModels.of(spec, random -> {
            RandomStream u = random.stream("u");
            return out -> {
                out.metric(0, 1);
                for (int t = 0; t < p.length; t++) {
                    double v = u.nextDouble() < p[t] ? 1 : 0;
                    out.series(0, t, v);
                    out.series(1, t, v);
                }
            };
        });
        for (int n : new int[] {1, 2, 20, 4_000, 4_001}) {
            SimulationResult r = MonteCarlo.builder().paths(n).seed(5).threads(2).build().run(model);
            SeriesBands e = r.series("e");
            SeriesBands o = r.series("o");
            for (int t = 0; t < p.length; t++) {
                assertThat(e.mean(t)).as("n %d, mean at %d", n, t).isEqualTo(o.mean(t));
                for (double level : SeriesBands.LEVELS) {
                    assertThat(e.percentile(level, t)).as("n %d, level %s at %d", n, level, t)
                        .isEqualTo(o.percentile(level, t));
                }
            }
        }
    }

    @Test
    void anEventSeriesRejectsAValueOtherThanZeroOrOne() {
        OutputSpec.Builder b = OutputSpec.builder();
        b.metric("m", "units", "a metric");
        b.eventSeries("e", 2, "the event");
        OutputSpec spec = b.build();
        PathModel model = TestModels.of(spec, random -> {
            return out -> {
                out.metric(0, 1);
                out.series(0, 0, 1);
                out.series(0, 1, random.pathIndex() == 9 ? 0.5 : 0);
            };
        });
        assertThatThrownBy(() -> MonteCarlo.builder().paths(20).threads(1).build().run(model))
            .isInstanceOf(SimulationException.class).hasMessageContaining("path 9")
            .hasMessageContaining("series e at step 1 is an event series (0 or 1) but was given 0.5");
    }

    @Test
    void aWholeSeriesRecordedInOneCallGivesTheBandsOfStepByStepRecording() {
        // two copies of a random walk and of an indicator, one recorded step by step and one with series(int, double[])
        OutputSpec.Builder b = OutputSpec.builder();
        b.metric("m", "units", "a metric");
        b.series("walk", 5, "units", "step by step");
        b.series("walkBulk", 5, "units", "in one call");
        b.eventSeries("up", 5, "step by step");
        b.eventSeries("upBulk", 5, "in one call");
        OutputSpec spec = b.build();
        PathModel model = TestModels.of(spec, random -> {
            RandomStream g = random.stream("g");
            double[] walk = new double[5];
            double[] up = new double[5];
            return out -> {
                out.metric(0, 1);
                double x = 0;
                for (int t = 0; t < 5; t++) {
                    double z = g.nextGaussian();
                    x += z;
                    walk[t] = x;
                    up[t] = z > 0 ? 1 : 0;
                    out.series(0, t, x);
                    out.series(2, t, up[t]);
                }
                out.series(1, walk);
                out.series(3, up);
            };
        });
        SimulationResult r = MonteCarlo.builder().paths(3_001).seed(21).threads(2).build().run(model);
        for (String[] pair : new String[][] {{"walk", "walkBulk"}, {"up", "upBulk"}}) {
            SeriesBands one = r.series(pair[0]);
            SeriesBands bulk = r.series(pair[1]);
            for (int t = 0; t < 5; t++) {
                assertThat(bulk.mean(t)).as("%s mean at %d", pair[1], t).isEqualTo(one.mean(t));
                for (double level : SeriesBands.LEVELS) {
                    assertThat(bulk.percentile(level, t)).isEqualTo(one.percentile(level, t));
                }
            }
        }
        assertThat(r.series("walk").percentile(0.95, 4)).isGreaterThan(r.series("walk").percentile(0.05, 4));
    }

    @Test
    void aWholeSeriesOfTheWrongLengthOrWithANonFiniteValueFailsThePath() {
        OutputSpec.Builder b = OutputSpec.builder();
        b.metric("m", "units", "a metric");
        b.series("s", 3, "units", "a series");
        OutputSpec spec = b.build();
        java.util.function.Function<double[], PathModel> recording = values -> TestModels.of(spec, random -> {
            return out -> {
                out.metric(0, 1);
                out.series(0, values);
            };
        });
        assertThatThrownBy(() -> MonteCarlo.builder().paths(10).threads(1).build().run(recording.apply(new double[2])))
            .isInstanceOf(SimulationException.class).hasMessageContaining("series s has 3 steps but was given 2 values");
        assertThatThrownBy(() -> MonteCarlo.builder().paths(10).threads(1).build()
            .run(recording.apply(new double[] {1, Double.NaN, 2})))
            .isInstanceOf(SimulationException.class).hasMessageContaining("series s at step 1 is not finite: NaN");
    }
}
