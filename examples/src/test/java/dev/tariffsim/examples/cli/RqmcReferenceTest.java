package dev.tariffsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PathRange;
import dev.tariffsim.engine.ResultAccumulator;
import dev.tariffsim.engine.Sampling;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.stats.Interval;
import dev.tariffsim.stats.MetricStatistics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Randomised QMC on the bundled reference scenario: reproducibility, thread and partition independence, coverage. */
final class RqmcReferenceTest {
    private static final ScenarioModel MODEL = new ScenarioModel(Examples.load("korea-us-2025"));

    private static MonteCarlo.Builder rqmc(long seed, long paths, int threads) {
        return MonteCarlo.builder().sampling(Sampling.RQMC).replicates(16).seed(seed).paths(paths).threads(threads);
    }

    @Test
    void resultsAreReproducibleAndThreadCountIndependent() {
        SimulationResult one = rqmc(11, 4096, 1).build().run(MODEL);
        SimulationResult three = rqmc(11, 4096, 3).build().run(MODEL);
        SimulationResult again = rqmc(11, 4096, 2).build().run(MODEL);
        for (String m : new String[] {"dealSavings", "netDealValue", "reserveBreach", "guaranteeNet"}) {
            for (SimulationResult r : new SimulationResult[] {three, again}) {
                assertThat(r.metric(m).mean()).as(m).isEqualTo(one.metric(m).mean());
                assertThat(r.metric(m).stdError()).as(m).isEqualTo(one.metric(m).stdError());
                assertThat(r.metric(m).quantile(0.05)).as(m).isEqualTo(one.metric(m).quantile(0.05));
            }
        }
        assertThat(one.series("fxRate").mean(60)).isEqualTo(three.series("fxRate").mean(60));
        assertThat(one.run().generator()).contains("Sobol'").contains("16 replicates");
        SimulationResult cv1 = rqmc(11, 4096, 1).controlVariates(true).build().run(MODEL);
        SimulationResult cv3 = rqmc(11, 4096, 3).controlVariates(true).build().run(MODEL);
        assertThat(cv3.metric("dealSavings").mean()).isEqualTo(cv1.metric("dealSavings").mean());
        assertThat(cv3.metric("dealSavings").stdError()).isEqualTo(cv1.metric("dealSavings").stdError());
        assertThat(cv1.metric("dealSavings").stdError()).isLessThan(one.metric("dealSavings").stdError());
        assertThat(cv1.run().generator()).contains("control variates [passThrough, elasticity, chainDealMonthsPv]");
        SimulationResult mc = MonteCarlo.builder().seed(11).paths(4096).threads(1).build().run(MODEL);
        assertThat(mc.metric("dealSavings").mean()).isNotEqualTo(one.metric("dealSavings").mean());
    }

    @Test
    void rangesSimulatedApartAndMergedInOrderGiveTheSameResult() {
        MonteCarlo runner = rqmc(5, 2048, 1).recordSeries(false).build();
        SimulationResult whole = runner.run(MODEL);
        ResultAccumulator merged = runner.simulate(MODEL, new PathRange(0, 333));
        merged.merge(runner.simulate(MODEL, new PathRange(333, 1500)));
        merged.merge(runner.simulate(MODEL, new PathRange(1500, 2048)));
        SimulationResult parts = runner.result(MODEL, merged);
        for (String m : new String[] {"dealSavings", "netDealValue"}) {
            assertThat(parts.metric(m).mean()).isEqualTo(whole.metric(m).mean());
            assertThat(parts.metric(m).stdError()).isEqualTo(whole.metric(m).stdError());
        }
    }

    @Test
    void badCombinationsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> rqmc(1, 1000, 1).build()).hasMessageContaining("paths")
            .hasMessageContaining("multiple of replicates 16");
        assertThatThrownBy(() -> rqmc(1, 1024, 1).antithetic(true).build()).hasMessageContaining("antithetic");
        assertThatThrownBy(() -> MonteCarlo.builder().replicates(3)).hasMessageContaining("replicates");
        assertThatThrownBy(() -> MonteCarlo.builder().paths(1024).controlVariates(true).build()
            .run(dev.tariffsim.engine.PairedModel.of(MODEL, MODEL))).hasMessageContaining("declares none");
    }

    /**
     * The error bars are honest: over 160 seeds, the 95% interval of an RQMC run of 512 paths (16 replicates of 32
     * points), without and with control variates (then Student's t with 16 - 1 - 3 degrees of freedom), covers the mean of a 262,144-path plain Monte Carlo run (whose own standard error, 0.02 for
     * dealSavings and 0.05 for netDealValue, is about a tenth of the RQMC intervals' half-width) in about 95% of seeds.
     * Accepted: 143 to 159 covering seeds of 160 (binomial(160, 0.95): P(X <= 142) about 3e-4, P(X = 160) =
     * 0.95^160 = 3e-4), so the false-failure probability is about 2.5e-3 for the four checks together. Standard errors
     * from the paths as if independent would cover in nearly every seed (the replicates' spread is smaller than
     * the i.i.d. formula claims) and fail the upper bound; errors that ignored the scramble's randomness would fail
     * the lower.
     */
    @Test
    void errorBarsCoverThePlainMonteCarloMeanAtTheStatedRate() {
        SimulationResult truth = ReferenceTruth.plainMonteCarlo();
        Map<String, Integer> covered = new java.util.TreeMap<>();
        String[] metrics = {"dealSavings", "netDealValue"};
        for (long seed = 1; seed <= 160; seed++) {
            for (boolean cv : new boolean[] {false, true}) {
                SimulationResult r = rqmc(seed, 512, 2).recordSeries(false).controlVariates(cv).build().run(MODEL);
                for (String m : metrics) {
                    Interval ci = r.metric(m).confidenceInterval();
                    double t = truth.metric(m).mean();
                    covered.merge(m + (cv ? " with control variates" : ""), ci.contains(t) ? 1 : 0, Integer::sum);
                }
            }
        }
        assertThat(covered).hasSize(4);
        covered.forEach((m, k) -> assertThat(k).as("%s covered in %s of 160 seeds", m, k).isBetween(143, 159));
        assertThat(MetricStatistics.studentT95(15)).isCloseTo(2.1314, org.assertj.core.data.Offset.offset(1e-4));
    }
}
