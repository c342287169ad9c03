package dev.tariffsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.QuasiRandomBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Latin hypercube sampling in the engine, on a geometric Brownian motion whose end point is stratified. */
final class LatinHypercubeSamplingTest {
    private static final GbmModel GBM = GbmModel.standard();
    /** The GBM declaring its price normals as a Brownian block: LHS stratifies each path's end point. */
    private static final PathModel DECLARED = new PathModel() {
        @Override
        public OutputSpec outputs() {
            return GBM.outputs();
        }

        @Override
        public PathSimulator newSimulator(PathRandom random) {
            return GBM.newSimulator(random);
        }

        @Override
        public List<QuasiRandomBlock> quasiRandomBlocks() {
            return List.of(QuasiRandomBlock.brownian("price", 1, GBM.steps, 4));
        }
    };

    private static MonteCarlo.Builder lhs(long seed, long paths, int block) {
        return MonteCarlo.builder().sampling(Sampling.LHS).blockSize(block).seed(seed).paths(paths).threads(2);
    }

    /**
     * Stratifying the end point removes most of the terminal price's variance: the block-mean standard error is
     * below a fifth of the plain run's (measured: about a twelfth), and the mean is within 4 of its standard errors
     * of the exact {@code 100 exp(0.05 * 10)} (false-failure probability about 1e-3 under Student's t with 15
     * degrees of freedom). The interval uses t(15) for 16 blocks.
     */
    @Test
    void blockMeansGiveAHonestAndSmallerError() {
        SimulationResult r = lhs(3, 16 * 256, 256).build().run(DECLARED);
        SimulationResult mc = MonteCarlo.builder().seed(3).paths(16 * 256).threads(2).build().run(GBM);
        var t = r.metric("terminal");
        assertThat(t.stdError()).isLessThan(mc.metric("terminal").stdError() / 5);
        assertThat(t.mean()).isCloseTo(100 * Math.exp(0.5), org.assertj.core.data.Offset.offset(4 * t.stdError()));
        assertThat(t.confidenceInterval().high() - t.mean())
            .isCloseTo(dev.tariffsim.stats.MetricStatistics.studentT95(15) * t.stdError(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.run().generator()).contains("Latin hypercube").contains("blocks of 256 points")
            .contains("1 dimensions");
    }

    /** Precision stopping checks whole blocks and stops at a checkpoint, reproducibly. */
    @Test
    void aPrecisionTargetStopsOnWholeBlocks() {
        MonteCarlo.Builder b = lhs(4, 1 << 16, 1024).minPaths(4096).checkEvery(2048)
            .precision(PrecisionTarget.absolute("terminal", 0.1)).recordSeries(false);
        SimulationResult r = b.build().run(DECLARED);
        assertThat(r.run().stopReason()).isEqualTo(StopReason.PRECISION_REACHED);
        assertThat(r.run().paths()).isGreaterThan(4096).isLessThan(1 << 16);
        assertThat((r.run().paths() - 4096) % 2048).as("stopped at a checkpoint: 4096 + k 2048").isZero();
        assertThat(b.threads(1).build().run(DECLARED).metric("terminal").mean()).isEqualTo(r.metric("terminal").mean());
    }

    @Test
    void badSettingsAreRefusedWithOneMessage() {
        assertThatThrownBy(() -> lhs(1, 1000, 1024).build()).hasMessageContaining("paths").hasMessageContaining("1000")
            .hasMessageContaining("multiple of blockSize 1024 under sampling lhs");
        assertThatThrownBy(() -> lhs(1, 1024, 1024).antithetic(true).build()).hasMessageContaining("antithetic")
            .hasMessageContaining("lhs");
        assertThatThrownBy(() -> MonteCarlo.builder().sampling(Sampling.LHS).paths(1001).build())
            .hasMessageContaining("paths").hasMessageContaining("1001").hasMessageContaining("automatic block size");
        assertThat(MonteCarlo.builder().sampling(Sampling.LHS).paths(100_000).recordSeries(false).build().run(DECLARED)
            .run().generator()).contains("blocks of 32 points");
        assertThat(dev.tariffsim.random.LatinHypercubeDesign.autoBlockSize(65_536)).isEqualTo(1024);
        assertThat(dev.tariffsim.random.LatinHypercubeDesign.autoBlockSize(4_096)).isEqualTo(256);
        assertThat(dev.tariffsim.random.LatinHypercubeDesign.autoBlockSize(31)).isZero();
        assertThatThrownBy(() -> MonteCarlo.builder().sampling(Sampling.RQMC).paths(1024).blockSize(64).build())
            .hasMessageContaining("blockSize").hasMessageContaining("64").hasMessageContaining("only under sampling lhs");
        assertThatThrownBy(() -> MonteCarlo.builder().sampling(Sampling.LHS).paths(1024).replicates(8).build())
            .hasMessageContaining("replicates").hasMessageContaining("8").hasMessageContaining("only under sampling rqmc");
        assertThat(MonteCarlo.builder().paths(1001).blockSize(Sampling.AUTO_BLOCK_SIZE).recordSeries(false).build()
            .run(DECLARED).run().paths()).isEqualTo(1001);
        assertThatThrownBy(() -> MonteCarlo.builder().blockSize(100)).hasMessageContaining("blockSize")
            .hasMessageContaining("100");
        assertThatThrownBy(() -> lhs(1, 1024, 1024).build().run(GBM)).hasMessageContaining("sampling lhs")
            .hasMessageContaining("declares no quasi-random draws");
        assertThatThrownBy(() -> lhs(1, 1024, 1024).quantiles(QuantileMode.SKETCH).build().run(DECLARED))
            .hasMessageContaining("quantiles");
    }
}
