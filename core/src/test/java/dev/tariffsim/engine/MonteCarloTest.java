package dev.tariffsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Engine tests. Statistical checks use a fixed seed and a tolerance of 4 standard errors: under the
 * normal approximation each such check fails by chance with probability about 6.3e-5.
 */
final class MonteCarloTest {
    private static final GbmModel GBM = GbmModel.standard();
    private static final double T = GBM.steps * GBM.dt;

    private static SimulationResult run(PathModel model, int paths, int threads) {
        return MonteCarlo.builder().paths(paths).seed(20251017L).threads(threads).build().run(model);
    }

    @Test
    void gbmTerminalMeanMatchesItsExpectation() {
        MetricStatistics terminal = run(GBM, 20_000, 2).metric("terminal");
        double expected = GBM.s0 * Math.exp(GBM.mu * T);
        assertThat(terminal.mean()).isCloseTo(expected, within(4 * terminal.stdError()));
        assertThat(terminal.confidenceInterval().level()).isEqualTo(0.95);
    }

    @Test
    void terminalQuantilesAreLognormal() {
        int n = 40_000;
        MetricStatistics terminal = run(GBM, n, 2).metric("terminal");
        double m = Math.log(GBM.s0) + (GBM.mu - 0.5 * GBM.sigma * GBM.sigma) * T;
        LogNormalDistribution exact = new LogNormalDistribution(null, m, GBM.sigma * Math.sqrt(T), 1e-9);
        for (double p : new double[] {0.05, 0.25, 0.5, 0.75, 0.95}) {
            double x = exact.inverseCumulativeProbability(p);
            double se = Math.sqrt(p * (1 - p) / n) / exact.density(x);
            assertThat(terminal.quantile(p)).as("P%s", p * 100).isCloseTo(x, within(4 * se));
        }
    }

    @Test
    void eventProbabilityAndWilsonInterval() {
        int n = 20_000;
        MetricStatistics above = run(GBM, n, 2).metric("above");
        double d2 = (Math.log(GBM.s0 / GBM.strike) + (GBM.mu - 0.5 * GBM.sigma * GBM.sigma) * T) / (GBM.sigma * Math.sqrt(T));
        double p = new NormalDistribution(null, 0, 1).cumulativeProbability(d2);
        assertThat(above.isEvent()).isTrue();
        assertThat(above.probability()).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / n)));
        assertThat(MetricStatistics.wilson(Math.round(above.probability() * n), n, 4.0).contains(p)).isTrue();
    }

    @Test
    void resultsAreBitIdenticalForOneTwoAndSevenThreads() {
        int paths = 5_000; // not a multiple of the batch size
        SimulationResult one = run(GBM, paths, 1);
        for (int threads : new int[] {2, 7}) {
            SimulationResult other = run(GBM, paths, threads);
            assertSameNumbers(one, other);
            assertThat(other.run().threads()).isEqualTo(threads);
        }
    }

    @Test
    void antitheticRunsAreUnbiasedAndThreadIndependent() {
        MonteCarlo one = MonteCarlo.builder().paths(10_000).seed(5).threads(1).antithetic(true).build();
        MonteCarlo two = MonteCarlo.builder().paths(10_000).seed(5).threads(2).antithetic(true).build();
        SimulationResult a = one.run(GBM);
        assertSameNumbers(a, two.run(GBM));
        MetricStatistics terminal = a.metric("terminal");
        assertThat(terminal.mean()).isCloseTo(GBM.s0 * Math.exp(GBM.mu * T), within(4 * terminal.stdError()));
        assertThat(a.run().antithetic()).isTrue();
        // the terminal price is monotone in the draws: pairs cut its standard error by far more than the noise
        // of the estimate (an antithetic flag that did nothing would leave the ratio near 1)
        MetricStatistics plain = MonteCarlo.builder().paths(10_000).seed(5).threads(1).build().run(GBM).metric("terminal");
        assertThat(terminal.stdError()).isLessThan(0.7 * plain.stdError());
    }

    static void assertSameNumbers(SimulationResult a, SimulationResult b) {
        assertThat(b.metrics().keySet()).containsExactlyElementsOf(a.metrics().keySet());
        for (String name : a.metrics().keySet()) {
            MetricStatistics x = a.metric(name);
            MetricStatistics y = b.metric(name);
            assertThat(y.count()).isEqualTo(x.count());
            assertThat(y.mean()).as(name).isEqualTo(x.mean());
            assertThat(y.stdDev()).as(name).isEqualTo(x.stdDev());
            for (double q = 0; q <= 1; q += 0.01) {
                assertThat(y.quantile(q)).as(name + " q" + q).isEqualTo(x.quantile(q));
            }
        }
        for (String name : a.series().keySet()) {
            SeriesBands x = a.series(name);
            SeriesBands y = b.series(name);
            for (int t = 0; t < x.steps(); t++) {
                assertThat(y.mean(t)).isEqualTo(x.mean(t));
                for (double level : SeriesBands.LEVELS) {
                    assertThat(y.percentile(level, t)).isEqualTo(x.percentile(level, t));
                }
            }
        }
    }

    @Test
    void mergedRangesEqualOnePass() {
        ResultAccumulator whole = MonteCarlo.builder().seed(9).antithetic(false).recordSeries(true).build().simulate(GBM, new PathRange(0, 5_000));
        ResultAccumulator merged = MonteCarlo.builder().seed(9).antithetic(false).recordSeries(true).build().simulate(GBM, new PathRange(0, 1_500));
        merged.merge(MonteCarlo.builder().seed(9).antithetic(false).recordSeries(true).build().simulate(GBM, new PathRange(1_500, 3_001)));
        merged.merge(MonteCarlo.builder().seed(9).antithetic(false).recordSeries(true).build().simulate(GBM, new PathRange(3_001, 5_000)));
        assertThat(merged.count()).isEqualTo(whole.count());
        for (String name : whole.metricStatistics().keySet()) {
            MetricStatistics x = whole.metricStatistics().get(name);
            MetricStatistics y = merged.metricStatistics().get(name);
            assertThat(y.mean()).isEqualTo(x.mean());
            assertThat(y.stdDev()).isEqualTo(x.stdDev());
            assertThat(y.quantile(0.37)).isEqualTo(x.quantile(0.37));
        }
        SeriesBands x = whole.seriesBands().get("price");
        SeriesBands y = merged.seriesBands().get("price");
        for (int t = 0; t < x.steps(); t++) {
            assertThat(y.mean(t)).isEqualTo(x.mean(t));
            for (double level : SeriesBands.LEVELS) {
                assertThat(y.percentile(level, t)).isEqualTo(x.percentile(level, t));
            }
        }
    }

    @Test
    void accumulatorsSurviveSerialisationAndStillMerge() throws Exception {
        ResultAccumulator first = MonteCarlo.builder().seed(9).antithetic(false).recordSeries(true).build().simulate(GBM, new PathRange(0, 1_000));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(first);
        }
        ResultAccumulator copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
            new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ResultAccumulator) in.readObject();
        }
        copy.merge(MonteCarlo.builder().seed(9).antithetic(false).recordSeries(true).build().simulate(GBM, new PathRange(1_000, 2_000)));
        ResultAccumulator whole = MonteCarlo.builder().seed(9).antithetic(false).recordSeries(true).build().simulate(GBM, new PathRange(0, 2_000));
        assertThat(copy.metricStatistics().get("terminal").mean()).isEqualTo(whole.metricStatistics().get("terminal").mean());
        assertThat(copy.seriesBands().get("price").percentile(0.95, 119))
            .isEqualTo(whole.seriesBands().get("price").percentile(0.95, 119));
    }

    @Test
    void addingAComponentLeavesTheOthersDrawsUnchanged() {
        GbmModel withNoise = new GbmModel(100, 0.05, 0.2, 120, 1.0 / 12, 110, true, -1);
        ResultAccumulator a = MonteCarlo.builder().seed(11).antithetic(false).recordSeries(false).build().simulate(GBM, new PathRange(0, 3_000));
        ResultAccumulator b = MonteCarlo.builder().seed(11).antithetic(false).recordSeries(false).build().simulate(withNoise, new PathRange(0, 3_000));
        MetricStatistics x = a.metricStatistics().get("terminal");
        MetricStatistics y = b.metricStatistics().get("terminal");
        assertThat(y.mean()).isEqualTo(x.mean());
        assertThat(y.min()).isEqualTo(x.min());
        assertThat(y.max()).isEqualTo(x.max());
        assertThat(y.quantile(0.5)).isEqualTo(x.quantile(0.5));
    }

    @Test
    void precisionControlStopsAtTheSamePathCountEveryRun() {
        PrecisionTarget target = PrecisionTarget.relative("terminal", 0.01);
        SimulationResult[] runs = new SimulationResult[3];
        int[] threads = {1, 2, 7};
        for (int i = 0; i < runs.length; i++) {
            runs[i] = MonteCarlo.builder().paths(1_000_000).seed(3).threads(threads[i]).precision(target)
                .minPaths(2_048).checkEvery(2_048).build().run(GBM);
        }
        long stoppedAt = runs[0].run().paths();
        assertThat(runs[0].run().stopReason()).isEqualTo(StopReason.PRECISION_REACHED);
        assertThat(stoppedAt % 2_048).isZero();
        assertThat(stoppedAt).isLessThan(1_000_000);
        MetricStatistics terminal = runs[0].metric("terminal");
        assertThat(terminal.confidenceInterval().halfWidth()).isLessThanOrEqualTo(0.01 * Math.abs(terminal.mean()));
        for (SimulationResult r : runs) {
            assertThat(r.run().paths()).isEqualTo(stoppedAt);
            assertSameNumbers(runs[0], r);
        }
        SimulationResult fixed = MonteCarlo.builder().paths(stoppedAt).seed(3).threads(2).build().run(GBM);
        assertThat(fixed.metric("terminal").mean()).isEqualTo(terminal.mean());
    }

    @Test
    void precisionControlReportsTheMaximumWhenTheTargetIsOutOfReach() {
        SimulationResult r = MonteCarlo.builder().paths(4_096).seed(3).threads(2)
            .precision(PrecisionTarget.absolute("terminal", 1e-6)).minPaths(1_024).checkEvery(1_024).build().run(GBM);
        assertThat(r.run().stopReason()).isEqualTo(StopReason.MAX_PATHS_REACHED);
        assertThat(r.run().paths()).isEqualTo(4_096);
    }

    @Test
    void cancellationReturnsTheCompletedPrefix() {
        Cancellation cancel = new Cancellation();
        PathModel cancelling = withHook((path, out) -> {
            if (path == 20_000) {
                cancel.cancel();
            }
            return true;
        });
        SimulationResult r = MonteCarlo.builder().paths(500_000).seed(8).threads(2).cancellation(cancel).build()
            .run(cancelling);
        assertThat(r.run().stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(r.run().paths()).isLessThan(500_000).isGreaterThan(0);
        assertThat(r.run().paths() % MonteCarlo.BATCH).isZero();
        SimulationResult prefix = MonteCarlo.builder().paths(r.run().paths()).seed(8).threads(1).build().run(GBM);
        assertSameNumbers(prefix, r);
        assertNoWorkerAlive();
    }

    @Test
    void aFailingWorkerReachesTheCallerWithItsCause() {
        GbmModel failing = new GbmModel(100, 0.05, 0.2, 12, 1.0 / 12, 110, false, 3_000);
        assertThatThrownBy(() -> run(failing, 10_000, 3))
            .isInstanceOf(SimulationException.class)
            .hasMessageContaining("path 3000")
            .cause().isInstanceOf(ArithmeticException.class).hasMessage("planted failure");
        assertNoWorkerAlive();
    }

    @Test
    void aMetricLeftUnrecordedFailsThePath() {
        PathModel forgetful = withHook((path, out) -> {
            if (path == 1_500) {
                out.metric(0, 1.0);
                return false;
            }
            return true;
        });
        assertThatThrownBy(() -> run(forgetful, 3_000, 2)).isInstanceOf(SimulationException.class)
            .hasMessageContaining("path 1500").cause().isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("above was not recorded on path 1500");
    }

    /** The standard GBM with a hook before each path; the hook returns false to skip the path's simulation. */
    private static PathModel withHook(java.util.function.BiPredicate<Long, PathRecorder> hook) {
        return TestModels.of(GBM.outputs(), random -> {
            PathSimulator inner = GBM.newSimulator(random);
            return out -> {
                if (hook.test(random.pathIndex(), out)) {
                    inner.simulate(out);
                }
            };
        });
    }

    private static void assertNoWorkerAlive() {
        assertThat(Thread.getAllStackTraces().keySet())
            .noneMatch(t -> t.getName().startsWith("tariffsim-worker") && t.isAlive());
    }

    @Test
    void progressIsReportedAtTheEnd() {
        AtomicInteger calls = new AtomicInteger();
        Progress[] last = new Progress[1];
        MonteCarlo.builder().paths(3_000).threads(2).listener(p -> {
            calls.incrementAndGet();
            last[0] = p;
        }).build().run(GBM);
        assertThat(calls.get()).isPositive();
        assertThat(last[0].fraction()).isEqualTo(1.0);
        assertThat(last[0].pathsDone()).isEqualTo(3_000);
        assertThat(last[0].secondsLeft()).isEqualTo(0.0);
    }

    @Test
    void resultRecordsHowItWasMade() {
        RunInfo info = run(GBM, 2_000, 2).run();
        assertThat(info.seed()).isEqualTo(20251017L);
        assertThat(info.paths()).isEqualTo(2_000);
        assertThat(info.generator()).isEqualTo("L64X128MixRandom");
        assertThat(info.version()).isNotBlank().isNotEqualTo("unknown");
        assertThat(info.stopReason()).isEqualTo(StopReason.PATHS_COMPLETED);
        assertThat(info.pathsPerSecond()).isPositive();
    }

    @Test
    void invalidArgumentsNameTheParameter() {
        assertThatThrownBy(() -> MonteCarlo.builder().paths(0)).hasMessageContaining("paths").hasMessageContaining("0");
        assertThatThrownBy(() -> MonteCarlo.builder().threads(0)).hasMessageContaining("threads");
        assertThatThrownBy(() -> MonteCarlo.builder().minPaths(-5)).hasMessageContaining("minPaths").hasMessageContaining("-5");
        assertThatThrownBy(() -> MonteCarlo.builder().checkEvery(0)).hasMessageContaining("checkEvery");
        assertThatThrownBy(() -> MonteCarlo.builder().listener(null)).hasMessageContaining("listener");
        assertThatThrownBy(() -> PrecisionTarget.relative("terminal", -0.1)).hasMessageContaining("relativeHalfWidth");
        assertThatThrownBy(() -> PrecisionTarget.absolute(" ", 1)).hasMessageContaining("metric");
        MonteCarlo mc = MonteCarlo.builder().precision(PrecisionTarget.absolute("nope", 1)).build();
        assertThatThrownBy(() -> mc.run(GBM)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> new PathRange(5, 4)).hasMessageContaining("end");
        assertThatThrownBy(() -> OutputSpec.builder().series("s", 0, "1", "a series")).hasMessageContaining("steps");
    }
}
