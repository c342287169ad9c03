package dev.tariffsim.examples.cli;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PrecisionTarget;
import dev.tariffsim.engine.QuantileMode;
import dev.tariffsim.engine.Sampling;
import java.util.List;

/**
 * The engine settings of {@code run} and {@code compare}, as parsed from the command line: what a
 * {@link Backend} needs to simulate. Immutable.
 *
 * @param paths paths to run; under precision control, the most to run
 * @param seed the random seed
 * @param threads worker threads of a local run
 * @param antithetic whether paths come in antithetic pairs
 * @param series whether to keep monthly bands
 * @param quantiles how metrics are kept (exact values or bounded sketches)
 * @param targets precision targets (empty: run exactly {@code paths})
 * @param minPaths paths before the first precision check
 * @param checkEvery paths between precision checks
 * @param sampling plain Monte Carlo, randomised QMC or Latin hypercube sampling
 * @param replicates RQMC replicates (ignored under other samplings)
 * @param blockSize paths per Latin hypercube block, or {@link Sampling#AUTO_BLOCK_SIZE} (ignored under other samplings)
 * @param controlVariates whether means use the model's control variates
 */
public record SimulationSettings(long paths, long seed, int threads, boolean antithetic, boolean series,
                          QuantileMode quantiles, List<PrecisionTarget> targets, long minPaths, long checkEvery,
                          Sampling sampling, int replicates, int blockSize, boolean controlVariates) {
    /** Copies the targets. */
    public SimulationSettings {
        targets = List.copyOf(targets);
    }

    /** A builder of the local engine with these settings. */
    public MonteCarlo.Builder engine() {
        MonteCarlo.Builder b = MonteCarlo.builder().paths(paths).seed(seed).threads(threads).antithetic(antithetic)
            .recordSeries(series).quantiles(quantiles).minPaths(minPaths).checkEvery(checkEvery).sampling(sampling)
            .controlVariates(controlVariates);
        if (sampling == Sampling.RQMC) {
            b.replicates(replicates);
        } else if (sampling == Sampling.LHS) {
            b.blockSize(blockSize);
        }
        targets.forEach(b::precision);
        return b;
    }
}
