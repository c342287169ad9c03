package dev.tariffsim.macro;

import dev.tariffsim.internal.Checks;

/**
 * One step of the {@link DemandProcess}: {@code D(t+1) = D(t) exp(a + b z)} with {@code a = (g - sigmaD^2/2) dt}
 * and {@code b = sigmaD sqrt(dt)} computed once; in an observed month {@code D(t+1) = Dobs(t+1)}. Immutable and
 * thread-safe; {@link #next} allocates nothing.
 */
public final class DemandStep {
    private final double a;
    private final double b;
    private final double[] observed;

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
        this.observed = process.observed() == null ? new double[0] : process.observed().levels();
    }

    /** The index at month 0: 1, or the first observed value. */
    public double initial() {
        return observed.length > 0 ? observed[0] : 1;
    }

    /** The demand index a step after {@code demand}, for the standard normal shock {@code z}. */
    public double next(double demand, double z) {
        return demand * Math.exp(a + b * z);
    }

    /** The index of month {@code t + 1}: the observed value if there is one, else {@link #next(double, double)}. */
    public double next(int t, double demand, double z) {
        int u = t + 1;
        return u < observed.length ? observed[u] : demand * Math.exp(a + b * z);
    }
}
