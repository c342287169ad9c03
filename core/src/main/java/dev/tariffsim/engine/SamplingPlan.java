package dev.tariffsim.engine;

import dev.tariffsim.random.PointDesign;
import dev.tariffsim.stats.Replication;
import java.util.List;

/**
 * How a runner's paths draw and record their values: antithetic pairs, the sampling design and its replication,
 * control variates, time-series bands and the quantile mode. Fixed once per {@link MonteCarlo} from its builder (the
 * replicates or block size already checked against the paths); for a model it gives the design, the control
 * variates in use, and empty accumulators with matching settings, so that a whole run and its distributed ranges
 * record alike. Immutable.
 *
 * @param replication the RQMC replicates or Latin hypercube blocks in use, or none (see {@link Sampling#replication})
 */
record SamplingPlan(boolean antithetic, Sampling sampling, Replication replication, boolean controlVariates,
                    boolean recordSeries, QuantileMode quantiles) {
    /** The model's design under this plan and {@code seed}, or null for plain Monte Carlo. */
    PointDesign design(PathModel model, long seed) {
        return Sampling.design(sampling, model, seed, replication);
    }

    /** The control variates recorded for {@code model}: its own if asked for, else none. */
    List<ControlVariate> controls(PathModel model) {
        return Sampling.controls(controlVariates, model);
    }

    /**
     * An empty accumulator for paths from {@code firstPath}, reserving {@code reserve} paths, of a run of
     * {@code paths} paths (which resolves {@code AUTO} quantiles).
     */
    ResultAccumulator accumulator(OutputSpec spec, List<ControlVariate> controls, long firstPath, int reserve,
                                  long paths) {
        return new ResultAccumulator(spec, firstPath, reserve, recordSeries, antithetic, replication, controls,
            Sampling.quantiles(quantiles, replication.isReplicated(), controlVariates)
                .resolve(paths, spec.metrics().size()));
    }
}
