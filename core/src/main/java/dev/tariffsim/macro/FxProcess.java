package dev.tariffsim.macro;

import dev.tariffsim.internal.Checks;

/**
 * The KRW/USD rate as an Ornstein-Uhlenbeck process on its logarithm {@code x = ln X}:
 * {@code x(t+1) = x(t) + kappa (ln theta - x(t)) dt + sigma sqrt(dt) z + lambda s c(t)}, where the last term is the
 * pledge's spot purchases ({@link SpotImpact}; 0 without). An observed path, when given, sets {@code X(t)} for
 * its months; the process continues from its last value.
 *
 * @param initial {@code X0}, KRW per USD at month 0 (with an observed path: its first value)
 * @param longRun {@code theta}, the long-run level, KRW per USD
 * @param meanReversion {@code kappa}, per year; {@code kappa dt} must be at most 1
 * @param volatility {@code sigmaX}, annual volatility of the log rate, in [0, 1]
 * @param observed observed monthly averages from month 0, KRW per USD, or null
 * @param spotImpact the pledge's effect on the rate, or null for none
 */
public record FxProcess(double initial, double longRun, double meanReversion, double volatility, ObservedPath observed,
                        SpotImpact spotImpact) {
    /** @throws IllegalArgumentException naming the offending field */
    public FxProcess {
        Checks.requireInRange(initial, 1e-3, 1e5, "initial");
        Checks.requireInRange(longRun, 1e-3, 1e5, "longRun");
        Checks.requireInRange(meanReversion, 0, 12, "meanReversion");
        Checks.requireInRange(volatility, 0, 1, "volatility");
        if (observed != null) {
            Checks.requireArgument(initial == observed.values().get(0), "initial", initial,
                "equal to the first observed value " + observed.values().get(0));
        }
    }

    /** A process without an observed path or spot impact. */
    public FxProcess(double initial, double longRun, double meanReversion, double volatility) {
        this(initial, longRun, meanReversion, volatility, null, null);
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
