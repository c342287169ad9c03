package dev.tariffsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.stats.ConvergenceTrace;
import dev.tariffsim.stats.MetricStatistics;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * The run-scoped workers of {@link ParallelRound} and {@link ChunkQueue}: workers that run ahead past precision
 * checkpoints, batches cut into chunks where the run keeps every value and no series, and chunks abandoned when the
 * run stops. None of it may change a number, the stopping point, which failure the caller sees, or what a cancelled
 * run keeps.
 */
final class RunScopedWorkersTest {
    private static final GbmModel GBM = GbmModel.standard();

    private static MonteCarlo.Builder gbm(long seed, long paths, int threads) {
        return MonteCarlo.builder().seed(seed).paths(paths).threads(threads).recordSeries(false);
    }

    @Test
    void precisionRunsStopAtTheSamePathWithTheSameNumbersOnAnyThreadCount() {
        for (double halfWidth : new double[] {6, 4, 2.5}) {
            MonteCarlo.Builder one = gbm(4, 50_000, 1).minPaths(1_024).checkEvery(1_024)
                .precision(PrecisionTarget.absolute("terminal", halfWidth));
            SimulationResult expected = one.build().run(GBM);
            assertThat(expected.run().stopReason()).isEqualTo(StopReason.PRECISION_REACHED);
            for (int threads : new int[] {2, 3, 5}) {
                SimulationResult r = gbm(4, 50_000, threads).minPaths(1_024).checkEvery(1_024)
                    .precision(PrecisionTarget.absolute("terminal", halfWidth)).build().run(GBM);
                assertThat(r.run().stopReason()).isEqualTo(StopReason.PRECISION_REACHED);
                assertBitIdentical(expected, r, "half-width " + halfWidth + ", " + threads + " threads");
            }
        }
    }

    @Test
    void runsOfOneOrAFewBatchesSplitAcrossThreadsGiveTheOneThreadNumbers() {
        for (long paths : new long[] {1, 300, 1_000, 1_024, 2_500}) {
            SimulationResult expected = gbm(9, paths, 1).build().run(GBM);
            for (int threads : new int[] {2, 3, 8}) {
                assertBitIdentical(expected, gbm(9, paths, threads).build().run(GBM), paths + " paths, " + threads);
            }
        }
    }

    @Test
    void aFailureBeyondTheCheckpointWhereTheRunStopsDoesNotFailIt() {
        // the target is met at the first checkpoint (1,024 paths); the workers may already run paths up to 5,120
        PathModel failing = failingFrom(1_500);
        SimulationResult r = gbm(2, 100_000, 2).minPaths(1_024).checkEvery(1_024)
            .precision(PrecisionTarget.absolute("terminal", 100)).build().run(failing);
        assertThat(r.run().stopReason()).isEqualTo(StopReason.PRECISION_REACHED);
        assertThat(r.run().paths()).isEqualTo(1_024);
        assertBitIdentical(gbm(2, 1_024, 1).build().run(GBM), r, "stopped before the failure");
        assertThatThrownBy(() -> gbm(2, 100_000, 2).minPaths(1_024).checkEvery(1_024)
            .precision(PrecisionTarget.absolute("terminal", 1e-9)).build().run(failing))
            .isInstanceOf(SimulationException.class).hasMessageContaining("path 1500");
        assertNoWorkerAlive();
    }

    @Test
    void theFailureTheCallerSeesIsThatOfTheFirstFailingPath() {
        for (int threads : new int[] {2, 3, 4}) {
            assertThatThrownBy(() -> gbm(6, 20_000, threads).build().run(failingFrom(2_500)))
                .isInstanceOf(SimulationException.class).hasMessageContaining("path 2500")
                .cause().isInstanceOf(ArithmeticException.class);
        }
        assertNoWorkerAlive();
    }

    @Test
    void aCancelledRunOfChunkedBatchesKeepsWholeBatches() {
        Cancellation cancel = new Cancellation();
        PathModel cancelling = hooked(path -> {
            if (path == 20_100) {
                cancel.cancel();
            }
        });
        SimulationResult r = gbm(8, 500_000, 3).cancellation(cancel).build().run(cancelling);
        assertThat(r.run().stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(r.run().paths()).isPositive().isLessThan(500_000);
        assertThat(r.run().paths() % MonteCarlo.BATCH).isZero();
        assertBitIdentical(gbm(8, r.run().paths(), 1).build().run(GBM), r, "the prefix");
        assertNoWorkerAlive();
    }

    /** Every statistic of every metric, its convergence trace, the path count and the stop reason, bit for bit. */
    static void assertBitIdentical(SimulationResult a, SimulationResult b, String what) {
        assertThat(b.run().paths()).as(what).isEqualTo(a.run().paths());
        for (String name : a.metrics().keySet()) {
            MetricStatistics x = a.metric(name);
            MetricStatistics y = b.metric(name);
            String as = what + ": " + name;
            assertThat(bits(y.mean(), y.stdDev(), y.stdError(), y.min(), y.max(), y.quantile(0.05), y.quantile(0.5),
                y.confidenceInterval().low(), y.confidenceInterval().high()))
                .as(as).isEqualTo(bits(x.mean(), x.stdDev(), x.stdError(), x.min(), x.max(), x.quantile(0.05),
                    x.quantile(0.5), x.confidenceInterval().low(), x.confidenceInterval().high()));
            if (x.count() > 0) {
                ConvergenceTrace s = a.convergence(name);
                ConvergenceTrace t = b.convergence(name);
                assertThat(t.size()).as(as).isEqualTo(s.size());
                for (int k = 0; k < s.size(); k++) {
                    assertThat(bits(t.paths(k), t.mean(k), t.stdError(k))).as(as + " trace " + k)
                        .isEqualTo(bits(s.paths(k), s.mean(k), s.stdError(k)));
                }
            }
        }
    }

    private static long[] bits(double... xs) {
        long[] out = new long[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = Double.doubleToRawLongBits(xs[i]);
        }
        return out;
    }

    /** The standard GBM failing on every path from {@code first} on. */
    private static PathModel failingFrom(long first) {
        return hooked(path -> {
            if (path >= first) {
                throw new ArithmeticException("planted failure from path " + first);
            }
        });
    }

    /** The standard GBM with a hook called with the path index before each path. */
    private static PathModel hooked(LongConsumer hook) {
        return TestModels.of(GBM.outputs(), random -> {
            PathSimulator inner = GBM.newSimulator(random);
            return out -> {
                hook.accept(random.pathIndex());
                inner.simulate(out);
            };
        });
    }

    private static void assertNoWorkerAlive() {
        assertThat(Thread.getAllStackTraces().keySet())
            .noneMatch(t -> t.getName().startsWith("tariffsim-worker") && t.isAlive());
    }
}
