package dev.tariffsim.macro;

import dev.tariffsim.internal.Checks;

/**
 * One step of the {@link FxProcess} on the log rate {@code x = ln X}:
 * {@code x(t+1) = x(t) + kappa dt (ln theta - x(t)) + sigmaX sqrt(dt) z + lambda s c(t)}, with {@code kappa dt},
 * {@code ln theta}, {@code sigmaX sqrt(dt)} and {@code lambda s} computed once; in an observed month
 * {@code x(t+1) = ln Xobs(t+1)} (the shock is still drawn, so later months keep their common random numbers).
 * Immutable and thread-safe; {@link #next} allocates nothing.
 */
public final class FxStep {
    private final double initialLog;
    private final double logTheta;
    private final double kappaDt;
    private final double b;
    private final double impact;
    private final double[] observedLog;

    /**
     * The step of a process over {@code dt} years.
     *
     * @throws IllegalArgumentException if {@code dt} is not positive and finite
     */
    public FxStep(FxProcess process, double dt) {
        Checks.requireNonNull(process, "process");
        Checks.requirePositiveFinite(dt, "dt");
        this.initialLog = Math.log(process.initial());
        this.logTheta = Math.log(process.longRun());
        this.kappaDt = process.meanReversion() * dt;
        this.b = process.volatility() * Math.sqrt(dt);
        this.impact = process.spotImpact() == null ? 0 : process.spotImpact().perBnContributed();
        this.observedLog = process.observed() == null ? new double[0] : process.observed().logs();
    }

    /** The log rate at month 0, {@code ln X0}. */
    public double initialLogRate() {
        return initialLog;
    }

    /** The log rate a step after {@code x}, for the standard normal shock {@code z}, without contributions. */
    public double next(double x, double z) {
        return x + kappaDt * (logTheta - x) + b * z;
    }

    /**
     * The log rate of month {@code t + 1} given month {@code t}'s log rate {@code x}, shock {@code z} and cash
     * contribution {@code contribution} (USD billions): the observed value if month {@code t + 1} is observed.
     */
    public double next(int t, double x, double z, double contribution) {
        int u = t + 1;
        if (u < observedLog.length) {
            return observedLog[u];
        }
        return x + kappaDt * (logTheta - x) + b * z + impact * contribution;
    }
}
