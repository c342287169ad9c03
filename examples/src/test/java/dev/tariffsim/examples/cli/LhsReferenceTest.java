package dev.tariffsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PairedModel;
import dev.tariffsim.engine.PathRange;
import dev.tariffsim.engine.ResultAccumulator;
import dev.tariffsim.engine.Sampling;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.stats.Interval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Latin hypercube sampling on the bundled reference scenario: reproducibility, partitions, coverage, the CLI. */
final class LhsReferenceTest {
    private static final ScenarioModel MODEL = new ScenarioModel(Examples.load("korea-us-2025"));
    private static final String[] METRICS = {"dealSavings", "netDealValue", "reserveBreach", "guaranteeNet"};

    private static MonteCarlo.Builder lhs(long seed, long paths, int block, int threads) {
        return MonteCarlo.builder().sampling(Sampling.LHS).blockSize(block).seed(seed).paths(paths).threads(threads);
    }

    @Test
    void resultsAreReproducibleAndThreadCountIndependent() {
        SimulationResult one = lhs(11, 4096, 512, 1).build().run(MODEL);
        for (int threads : new int[] {2, 3}) {
            SimulationResult r = lhs(11, 4096, 512, threads).build().run(MODEL);
            for (String m : METRICS) {
                assertThat(r.metric(m).mean()).as(m).isEqualTo(one.metric(m).mean());
                assertThat(r.metric(m).stdError()).as(m).isEqualTo(one.metric(m).stdError());
                assertThat(r.metric(m).quantile(0.05)).as(m).isEqualTo(one.metric(m).quantile(0.05));
            }
            assertThat(r.series("fxRate").mean(60)).isEqualTo(one.series("fxRate").mean(60));
        }
        assertThat(one.run().generator()).contains("Latin hypercube").contains("blocks of 512 points")
            .contains("25 dimensions");
        SimulationResult cv1 = lhs(11, 4096, 512, 1).controlVariates(true).build().run(MODEL);
        SimulationResult cv3 = lhs(11, 4096, 512, 3).controlVariates(true).build().run(MODEL);
        assertThat(cv3.metric("dealSavings").mean()).isEqualTo(cv1.metric("dealSavings").mean());
        assertThat(cv3.metric("dealSavings").stdError()).isEqualTo(cv1.metric("dealSavings").stdError());
        assertThat(cv1.run().generator()).contains("Latin hypercube").contains("control variates [passThrough");
        SimulationResult rqmc = MonteCarlo.builder().sampling(Sampling.RQMC).seed(11).paths(4096).threads(1).build()
            .run(MODEL);
        assertThat(rqmc.metric("dealSavings").mean()).isNotEqualTo(one.metric("dealSavings").mean());
    }

    @Test
    void rangesSimulatedApartAndMergedInOrderGiveTheSameResult() {
        MonteCarlo runner = lhs(5, 2048, 256, 1).recordSeries(false).build();
        SimulationResult whole = runner.run(MODEL);
        ResultAccumulator merged = runner.simulate(MODEL, new PathRange(0, 333));
        merged.merge(runner.simulate(MODEL, new PathRange(333, 1500)));
        merged.merge(runner.simulate(MODEL, new PathRange(1500, 2048)));
        SimulationResult parts = runner.result(MODEL, merged);
        for (String m : METRICS) {
            assertThat(parts.metric(m).mean()).as(m).isEqualTo(whole.metric(m).mean());
            assertThat(parts.metric(m).stdError()).as(m).isEqualTo(whole.metric(m).stdError());
        }
    }

    /**
     * Common random numbers: the two models of a pair see the same Latin hypercube points, so a scenario paired with
     * itself differs by exactly zero on every path.
     */
    @Test
    void aScenarioPairedWithItselfHasNoDifference() {
        SimulationResult r = lhs(7, 1024, 256, 2).build().run(PairedModel.of(MODEL, MODEL));
        assertThat(r.metric("diff.netDealValue").min()).isZero();
        assertThat(r.metric("diff.netDealValue").max()).isZero();
        assertThat(r.metric("a.netDealValue").stdError()).isPositive();
    }

    /**
     * The error bars are honest: over 160 seeds, the 95% interval of an LHS run of 512 paths (16 blocks of 32 points;
     * Student's t with 15 degrees of freedom, or 12 with the three control variates) covers the mean of a
     * 262,144-path plain Monte Carlo run (standard error 0.02 for dealSavings and 0.05 for netDealValue, a fifth or
     * less of the LHS half-widths) in about 95% of seeds. Accepted: 143 to 159 of 160 (binomial(160, 0.95):
     * P(X <= 142) about 3e-4, P(X = 160) = 3e-4), so the false-failure probability is about 2.5e-3 for the four
     * checks together. Errors from the paths as if independent would be too wide (LHS makes the block means vary less
     * than the i.i.d. formula claims) yet could still cover in 159 seeds, so the test also checks that the reported
     * error of {@code dealSavings} (without control variates) is, on average over the seeds, below the i.i.d.
     * formula's {@code sd / sqrt(n)}: measured 0.67 (the i.i.d. formula would give exactly 1), accepted below 0.85, some
     * 18 standard errors of the 160-seed mean away (a false failure is out of reach).
     */
    @Test
    void errorBarsCoverThePlainMonteCarloMeanAtTheStatedRate() {
        SimulationResult truth = ReferenceTruth.plainMonteCarlo();
        String[] metrics = {"dealSavings", "netDealValue"};
        int[][] hits = new int[160][4];
        double[] ratio = new double[160];
        // Seeds in parallel, one thread per run: each seed's outcome is its own, so the counts do not depend on it.
        java.util.stream.IntStream.range(0, 160).parallel().forEach(i -> {
            for (int cv = 0; cv < 2; cv++) {
                SimulationResult r = lhs(i + 1, 512, 32, 1).recordSeries(false).controlVariates(cv == 1).build()
                    .run(MODEL);
                if (cv == 0) {
                    var s = r.metric("dealSavings");
                    ratio[i] = s.stdError() / (s.stdDev() / Math.sqrt(512));
                }
                for (int m = 0; m < 2; m++) {
                    Interval ci = r.metric(metrics[m]).confidenceInterval();
                    hits[i][2 * cv + m] = ci.contains(truth.metric(metrics[m]).mean()) ? 1 : 0;
                }
            }
        });
        for (int k = 0; k < 4; k++) {
            int covered = 0;
            for (int[] h : hits) {
                covered += h[k];
            }
            assertThat(covered).as("%s%s covered in %s of 160 seeds", metrics[k % 2],
                k >= 2 ? " with control variates" : "", covered).isBetween(143, 159);
        }
        double meanRatio = java.util.Arrays.stream(ratio).average().orElseThrow();
        assertThat(meanRatio).as("block-mean error over the i.i.d. formula's").isLessThan(0.85);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--sampling lhs --paths 100000 --block-size 1024 | --paths is not a multiple of --block-size 1024 under"
            + " --sampling lhs: 100000 (next multiple: 100352)",
        "--sampling lhs --paths 100001 | --paths has no automatic --block-size under --sampling lhs: 100001",
        "--sampling lhs --paths 4096 --block-size 1000 | --block-size is not a power of two in [2, 1024]: 1000",
        "--sampling lhs --paths 4096 --block-size 4096 | --block-size is not in [2, 1024]: 4096",
        "--paths 4096 --block-size 64 | --block-size needs --sampling lhs",
        "--sampling lhs --paths 4096 --antithetic | --antithetic cannot be combined with --sampling lhs",
        "--sampling lhs --paths 4096 --replicates 16 | --replicates needs --sampling rqmc",
        "--sampling lhs --paths 4096 --quantiles sketch | --quantiles sketch cannot be combined with --sampling lhs: it"
            + " needs every path's value; use --quantiles exact or auto",
        "--sampling rqmc --paths 4096 --quantiles sketch | --quantiles sketch cannot be combined with --sampling rqmc",
        "--paths 4096 --control-variates --quantiles sketch | --quantiles sketch cannot be combined with"
            + " --control-variates",
        "--sampling latin | --sampling is not mc, rqmc or lhs: latin",
    })
    void badCommandLinesExitWithTwoAndOneMessage(String options, String message) {
        String[] args = ("run korea-us-2025 " + options + " --quiet").split(" ");
        Cli.Outcome o = Cli.run(args);
        assertThat(o.code()).as(options).isEqualTo(2);
        assertThat(o.err()).contains(message).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(o.err().lines()).hasSize(1);
        assertThat(o.out()).isEmpty();
    }

    @Test
    void theCommandLineRunsAndRecordsTheDesign() {
        Cli.Outcome o = Cli.run("run", "korea-us-2025", "--sampling", "lhs", "--block-size", "256", "--paths", "1024",
            "--format", "json", "--quiet", "--no-series");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("Latin hypercube").contains("blocks of 256 points");
        assertThat(Main.USAGE).contains("--sampling mc|rqmc|lhs").contains("--block-size M");
    }

    @Test
    void oddAndSmallPathCountsStillRunUnderEveryOtherSampling() {
        // the automatic LHS block size must not touch runs that are not LHS (a regression caught in review)
        for (String[] run : new String[][] {{"--paths", "1001"}, {"--paths", "20"}, {"--paths", "1001", "--antithetic"},
            {"--paths", "16", "--sampling", "rqmc"}}) {
            String[] args = new String[run.length + 6];
            System.arraycopy(new String[] {"run", "korea-us-2025", "--quiet", "--no-series", "--format", "json"}, 0,
                args, 0, 6);
            System.arraycopy(run, 0, args, 6, run.length);
            Cli.Outcome o = Cli.run(args);
            assertThat(o.code()).as(String.join(" ", run) + ": " + o.err()).isZero();
        }
        Cli.Outcome compare = Cli.run("compare", "korea-us-2025", "no-deal", "--paths", "999", "--quiet", "--format",
            "json", "--no-series");
        assertThat(compare.code()).as(compare.err()).isZero();
        Cli.Outcome lhs = Cli.run("run", "korea-us-2025", "--sampling", "lhs", "--paths", "34", "--quiet", "--format",
            "json", "--no-series");
        assertThat(lhs.code()).as(lhs.err()).isZero();
        assertThat(lhs.out()).contains("blocks of 2 points");
    }

    @Test
    void withoutABlockSizeTheLargestThatLeavesSixteenBlocksIsUsed() {
        // the default path count (100,000 = 32 x 3,125) runs without a --block-size
        Cli.Outcome o = Cli.run("run", "korea-us-2025", "--sampling", "lhs", "--format", "json", "--quiet",
            "--no-series");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("blocks of 32 points");
        Cli.Outcome small = Cli.run("run", "korea-us-2025", "--sampling", "lhs", "--paths", "4096", "--format", "json",
            "--quiet", "--no-series");
        assertThat(small.code()).as(small.err()).isZero();
        assertThat(small.out()).contains("blocks of 256 points");
    }
}
