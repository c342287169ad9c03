package dev.tariffsim.random;

import dev.tariffsim.internal.Checks;
import java.util.Arrays;

/**
 * An uncertain input's distribution, sampled by inverse CDF from a single uniform, so that the same
 * input works with pseudo-random, quasi-random or stratified points.
 *
 * <p>Every implementation is an immutable record validated in its constructor; the factories of this
 * interface are the usual way to make one. Inverse CDFs come from closed forms where they exist and from
 * commons-math3 otherwise (normal: via {@code erfInv}; beta, PERT: commons-math3's inverse).
 */
public sealed interface Distribution {

    /**
     * The value at cumulative probability {@code u}.
     *
     * @param u a probability in (0, 1); 0 and 1 give the ends of the support where those are finite
     */
    double inverseCdf(double u);

    /** The mean of the distribution. */
    double mean();

    /** The smallest possible value (may be {@code -Infinity}). */
    double min();

    /** The largest possible value (may be {@code +Infinity}). */
    double max();

    /** A short name of the family, as used in scenario files: {@code fixed}, {@code uniform}, ... */
    default String family() {
        return DistributionMath.family(this);
    }

    /** Whether the distribution is a single point. */
    default boolean isFixed() {
        return min() == max();
    }

    /** A point mass at {@code value}. */
    static Distribution fixed(double value) {
        return new Fixed(value);
    }

    /** Uniform on {@code [min, max]}. */
    static Distribution uniform(double min, double max) {
        return new Uniform(min, max);
    }

    /** Normal with the given mean and standard deviation. */
    static Distribution normal(double mean, double sd) {
        return new Normal(mean, sd);
    }

    /** Normal(mu, sigma) conditioned on {@code [min, max]}. */
    static Distribution truncatedNormal(double mu, double sigma, double min, double max) {
        return new TruncatedNormal(mu, sigma, min, max);
    }

    /** Lognormal: {@code exp(N(meanLog, sdLog))}. */
    static Distribution lognormal(double meanLog, double sdLog) {
        return new LogNormal(meanLog, sdLog);
    }

    /** Triangular on {@code [min, max]} with the given mode. */
    static Distribution triangular(double min, double mode, double max) {
        return new Triangular(min, mode, max);
    }

    /** PERT (a scaled beta with shape 4) on {@code [min, max]} with the given mode. */
    static Distribution pert(double min, double mode, double max) {
        return new Pert(min, mode, max);
    }

    /** Beta(alpha, beta) scaled to {@code [min, max]}. */
    static Distribution beta(double alpha, double beta, double min, double max) {
        return new Beta(alpha, beta, min, max);
    }

    /** A discrete distribution over {@code values} with the given probabilities (summing to 1 within 1e-9). */
    static Distribution discrete(double[] values, double[] probabilities) {
        return new Discrete(values, probabilities);
    }

    /** A point mass. */
    record Fixed(double value) implements Distribution {
        public Fixed {
            Checks.requireFinite(value, "value");
        }

        @Override public double inverseCdf(double u) {
            return value;
        }

        @Override public double mean() {
            return value;
        }

        @Override public double min() {
            return value;
        }

        @Override public double max() {
            return value;
        }
    }

    /** Uniform on {@code [min, max]}. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            Checks.requireFinite(min, "min");
            Checks.requireFinite(max, "max");
            Checks.requireArgument(max >= min, "max", max, Checks.format("at least min (%s)", min));
        }

        @Override public double inverseCdf(double u) {
            return min + DistributionMath.unit(u) * (max - min);
        }

        @Override public double mean() {
            return 0.5 * (min + max);
        }
    }

    /** Normal. */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            Checks.requireFinite(mean, "mean");
            Checks.requireNonNegativeFinite(sd, "sd");
        }

        @Override public double inverseCdf(double u) {
            return sd == 0 ? mean : mean + sd * DistributionMath.phiInv(DistributionMath.unit(u));
        }

        @Override public double min() {
            return sd == 0 ? mean : Double.NEGATIVE_INFINITY;
        }

        @Override public double max() {
            return sd == 0 ? mean : Double.POSITIVE_INFINITY;
        }
    }

    /** Normal with location {@code mu} and scale {@code sigma}, conditioned on {@code [min, max]}. */
    record TruncatedNormal(double mu, double sigma, double min, double max) implements Distribution {
        public TruncatedNormal {
            Checks.requireFinite(mu, "mu");
            Checks.requirePositiveFinite(sigma, "sigma");
            DistributionMath.requireInterval(min, max);
            DistributionMath.requireTruncatedNormalMass(mu, sigma, min, max);
        }

        /** The quantile; above {@code mu} through the complementary CDF, which keeps its precision there. */
        @Override public double inverseCdf(double u) {
            return DistributionMath.truncatedNormalInverse(mu, sigma, min, max, DistributionMath.unit(u));
        }

        @Override public double mean() {
            return DistributionMath.truncatedNormalMean(mu, sigma, min, max);
        }
    }

    /** {@code exp(N(meanLog, sdLog))}. */
    record LogNormal(double meanLog, double sdLog) implements Distribution {
        public LogNormal {
            Checks.requireFinite(meanLog, "meanLog");
            Checks.requireNonNegativeFinite(sdLog, "sdLog");
        }

        @Override public double inverseCdf(double u) {
            return sdLog == 0 ? Math.exp(meanLog) : Math.exp(meanLog + sdLog * DistributionMath.phiInv(DistributionMath.unit(u)));
        }

        @Override public double mean() {
            return Math.exp(meanLog + 0.5 * sdLog * sdLog);
        }

        @Override public double min() {
            return sdLog == 0 ? Math.exp(meanLog) : 0;
        }

        @Override public double max() {
            return sdLog == 0 ? Math.exp(meanLog) : Double.POSITIVE_INFINITY;
        }
    }

    /** Triangular. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            DistributionMath.requireInterval(min, max);
            Checks.requireInRange(mode, min, max, "mode");
        }

        @Override public double inverseCdf(double u) {
            double p = DistributionMath.unit(u);
            double w = max - min;
            double fc = (mode - min) / w;
            return p < fc ? min + Math.sqrt(p * w * (mode - min)) : max - Math.sqrt((1 - p) * w * (max - mode));
        }

        @Override public double mean() {
            return (min + mode + max) / 3;
        }
    }

    /** PERT: beta with {@code alpha = 1 + 4 (mode-min)/(max-min)}, {@code beta = 1 + 4 (max-mode)/(max-min)}. */
    record Pert(double min, double mode, double max) implements Distribution {
        public Pert {
            DistributionMath.requireInterval(min, max);
            Checks.requireInRange(mode, min, max, "mode");
        }

        @Override public double inverseCdf(double u) {
            double w = max - min;
            return min + w * DistributionMath.inverseRegularizedBeta(DistributionMath.unit(u), 1 + 4 * (mode - min) / w, 1 + 4 * (max - mode) / w);
        }

        @Override public double mean() {
            return (min + 4 * mode + max) / 6;
        }
    }

    /** Beta(alpha, beta) on {@code [min, max]}. */
    record Beta(double alpha, double beta, double min, double max) implements Distribution {
        public Beta {
            Checks.requirePositiveFinite(alpha, "alpha");
            Checks.requirePositiveFinite(beta, "beta");
            DistributionMath.requireInterval(min, max);
        }

        @Override public double inverseCdf(double u) {
            return min + (max - min) * DistributionMath.inverseRegularizedBeta(DistributionMath.unit(u), alpha, beta);
        }

        @Override public double mean() {
            return min + (max - min) * alpha / (alpha + beta);
        }
    }

    /** Finitely many values with probabilities. */
    record Discrete(double[] values, double[] probabilities) implements Distribution {
        public Discrete {
            DistributionMath.requireDiscrete(values, probabilities);
            values = values.clone();
            probabilities = probabilities.clone();
        }

        @Override public double[] values() {
            return values.clone();
        }

        @Override public double[] probabilities() {
            return probabilities.clone();
        }

        @Override public double inverseCdf(double u) {
            return DistributionMath.discreteInverse(values, probabilities, DistributionMath.unit(u));
        }

        @Override public double mean() {
            double m = 0;
            for (int i = 0; i < values.length; i++) {
                m += values[i] * probabilities[i];
            }
            return m;
        }

        @Override public double min() {
            return Arrays.stream(values).min().orElseThrow();
        }

        @Override public double max() {
            return Arrays.stream(values).max().orElseThrow();
        }

        @Override public boolean equals(Object o) {
            return o instanceof Discrete d && Arrays.equals(values, d.values) && Arrays.equals(probabilities, d.probabilities);
        }

        @Override public int hashCode() {
            return 31 * Arrays.hashCode(values) + Arrays.hashCode(probabilities);
        }

        @Override public String toString() {
            return "Discrete[values=" + Arrays.toString(values) + ", probabilities=" + Arrays.toString(probabilities) + "]";
        }
    }
}
