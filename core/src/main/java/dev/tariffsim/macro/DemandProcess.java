package dev.tariffsim.macro;

import dev.tariffsim.internal.Checks;

/**
 * The US demand index: a geometric Brownian motion starting at 1,
 * {@code D(t+1) = D(t) exp((drift - volatility^2/2) dt + volatility sqrt(dt) z)}; an observed path, when given,
 * sets {@code D(t)} for its months (from {@code D(0) = observed[0]}) and the process continues from its last value.
 *
 * @param drift annual drift {@code g}, in [-0.5, 0.5]
 * @param volatility annual volatility {@code sigmaD}, in [0, 1]
 * @param observed observed index values from month 0 (1 = the lines' base values), or null
 */
public record DemandProcess(double drift, double volatility, ObservedPath observed) {
    /** @throws IllegalArgumentException naming the offending field */
    public DemandProcess {
        Checks.requireInRange(drift, -0.5, 0.5, "drift");
        Checks.requireInRange(volatility, 0, 1, "volatility");
    }

    /** A process starting at 1 with no observed path. */
    public DemandProcess(double drift, double volatility) {
        this(drift, volatility, null);
    }

    /**
     * The process discretised to steps of {@code dt} years, with its per-step constants precomputed.
     *
     * @throws IllegalArgumentException if {@code dt} is not positive and finite
     */
    public DemandStep discretise(double dt) {
        return new DemandStep(this, dt);
    }
}
