package dev.tariffsim.stats;

import dev.tariffsim.internal.Checks;

/**
 * The Wilson score interval of a binomial proportion: the interval of an event metric's probability
 * ({@link MetricStatistics#wilsonInterval()}) and, through its half-width, the precision of an event target, where
 * a sample with no event yet (zero variance) must not count as precise. Stateless.
 */
final class WilsonScore {
    private WilsonScore() {
    }

    /** See {@link MetricStatistics#wilsonHalfWidth}. */
    static double halfWidth(long successes, long trials, double z) {
        double p = (double) successes / trials;
        double z2 = z * z;
        return z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / (1 + z2 / trials);
    }

    /** See {@link MetricStatistics#wilson}. */
    static Interval interval(long successes, long trials, double z) {
        Checks.requirePositive(trials, "trials");
        Checks.requireArgument(successes >= 0 && successes <= trials, "successes", successes,
            "between 0 and trials " + trials);
        double p = (double) successes / trials;
        double z2 = z * z;
        double denom = 1 + z2 / trials;
        double centre = (p + z2 / (2.0 * trials)) / denom;
        double half = halfWidth(successes, trials, z);
        double level = 2 * new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
            .cumulativeProbability(z) - 1;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half), level);
    }
}
