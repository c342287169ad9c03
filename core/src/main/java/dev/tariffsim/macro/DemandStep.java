package dev.tariffsim.macro;

import dev.tariffsim.internal.Checks;

/**
 * One step of the {@link DemandProcess}: {@code D(t+1) = D(t) exp(a + b z)} with {@code a = (g - sigmaD^2/2) dt}
 * and {@code b = sigmaD sqrt(dt)} computed once. Immutable and thread-safe; {@link #next} allocates nothing.
 */
public final class DemandStep {
    private final double a;
    private final double b;

    /**
     * The step of a process over {@code dt} years.
     *
     * @throws IllegalArgumentException if {@code dt} is not positive and finite
     */
    public DemandStep(DemandProcess process, double dt) {
        Checks.requireNonNull(process, "process");
        Checks.requirePositiveFinite(dt, "dt");
        this.a = (process.drift() - 0.5 * process.volatility() * process.volatility()) * dt;
        this.b = process.volatility() * Math.sqrt(dt);
    }

    /** The demand index a step after {@code demand}, for the standard normal shock {@code z}. */
    public double next(double demand, double z) {
        return demand * Math.exp(a + b * z);
    }
}
