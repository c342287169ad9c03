package dev.tariffsim.macro;

import dev.tariffsim.internal.Checks;

/**
 * One step of the {@link FxProcess} on the log rate {@code x = ln X}:
 * {@code x(t+1) = x(t) + kappa dt (ln theta - x(t)) + sigmaX sqrt(dt) z}, with {@code kappa dt},
 * {@code ln theta} and {@code sigmaX sqrt(dt)} computed once. Immutable and thread-safe; {@link #next}
 * allocates nothing.
 */
public final class FxStep {
    private final double initialLog;
    private final double logTheta;
    private final double kappaDt;
    private final double b;

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
    }

    /** The log rate at month 0, {@code ln X0}. */
    public double initialLogRate() {
        return initialLog;
    }

    /** The log rate a step after {@code x}, for the standard normal shock {@code z}. */
    public double next(double x, double z) {
        return x + kappaDt * (logTheta - x) + b * z;
    }
}
