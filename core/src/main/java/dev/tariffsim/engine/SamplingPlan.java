package dev.tariffsim.engine;

import dev.tariffsim.random.QuasiRandomDesign;
import java.util.List;

/**
 * How a runner's paths draw and record their values: antithetic pairs, the sampling design and its replicates,
 * control variates, time-series bands and the quantile mode. Fixed once per {@link MonteCarlo} from its builder (the
 * replicates already checked against the paths); for a model it gives the quasi-random design, the control variates
 * in use, and empty accumulators with matching settings, so that a whole run and its distributed ranges record
 * alike. Immutable.
 *
 * @param replicates the randomised QMC replicates in use, or 0 (see {@link Sampling#replicates})
 */
record SamplingPlan(boolean antithetic, Sampling sampling, int replicates, boolean controlVariates,
                    boolean recordSeries, QuantileMode quantiles) {
    /** The model's quasi-random design under this plan and {@code seed}, or null for plain Monte Carlo. */
    QuasiRandomDesign design(PathModel model, long seed) {
        return Sampling.design(sampling, model, seed, replicates);
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
        return new ResultAccumulator(spec, firstPath, reserve, recordSeries, antithetic, replicates, controls,
            Sampling.quantiles(quantiles, replicates, controlVariates).resolve(paths, spec.metrics().size()));
    }
}
