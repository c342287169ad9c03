package dev.tariffsim.macro;

import dev.tariffsim.internal.Checks;

/**
 * The US demand index: a geometric Brownian motion starting at 1,
 * {@code D(t+1) = D(t) exp((drift - volatility^2/2) dt + volatility sqrt(dt) z)}.
 *
 * @param drift annual drift {@code g}
 * @param volatility annual volatility {@code sigmaD}, at least 0
 */
public record DemandProcess(double drift, double volatility) {
    /** @throws IllegalArgumentException naming the offending field */
    public DemandProcess {
        Checks.requireInRange(drift, -1, 1, "drift");
        Checks.requireInRange(volatility, 0, 5, "volatility");
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
