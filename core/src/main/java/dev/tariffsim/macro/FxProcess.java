package dev.tariffsim.macro;

import dev.tariffsim.internal.Checks;

/**
 * The KRW/USD rate as an Ornstein-Uhlenbeck process on its logarithm {@code x = ln X}:
 * {@code x(t+1) = x(t) + kappa (ln theta - x(t)) dt + sigma sqrt(dt) z}.
 *
 * @param initial {@code X0}, KRW per USD at month 0
 * @param longRun {@code theta}, the long-run level, KRW per USD
 * @param meanReversion {@code kappa}, per year; {@code kappa dt} must be at most 1
 * @param volatility {@code sigmaX}, annual volatility of the log rate
 */
public record FxProcess(double initial, double longRun, double meanReversion, double volatility) {
    /** @throws IllegalArgumentException naming the offending field */
    public FxProcess {
        Checks.requireInRange(initial, 1e-3, 1e5, "initial");
        Checks.requireInRange(longRun, 1e-3, 1e5, "longRun");
        Checks.requireInRange(meanReversion, 0, 12, "meanReversion");
        Checks.requireInRange(volatility, 0, 5, "volatility");
    }

    /**
     * The process discretised to steps of {@code dt} years, with its per-step constants precomputed.
     *
     * @throws IllegalArgumentException if {@code dt} is not positive and finite
     */
    public FxStep discretise(double dt) {
        return new FxStep(this, dt);
    }
}
