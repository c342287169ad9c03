package dev.tariffsim.random;

import dev.tariffsim.internal.Checks;
import java.util.Arrays;
import org.apache.commons.math3.special.Erf;

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
    String family();

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

    /**
     * Standard normal quantile (commons-math3 {@code Erf.erfInv}). Below {@code u = 1e-3}, where {@code 2u - 1}
     * loses the digits of {@code u}, two Newton steps on the lower-tail CDF {@code erfc(-x / sqrt 2) / 2} (which
     * keeps its relative precision there) restore a relative accuracy of about 1e-15. Callers pass lower-tail
     * probabilities; an upper tail is inverted through its mirror image.
     */
    private static double phiInv(double u) {
        double x = Math.sqrt(2) * Erf.erfInv(2 * u - 1);
        if (u < 1e-3 && u > 0) {
            for (int i = 0; i < 2; i++) {
                double f = 0.5 * Erf.erfc(-x / Math.sqrt(2)) - u;
                x -= f / (Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI));
            }
        }
        return x;
    }

    /** Checks finite bounds with {@code min < max}. */
    private static void requireInterval(double min, double max) {
        Checks.requireFinite(min, "min");
        Checks.requireFinite(max, "max");
        Checks.requireArgument(max > min, "max", max, Checks.format("greater than min (%s)", min));
    }

    /**
     * The {@code p}-quantile of Beta(a, b) on [0, 1]: the regularised incomplete beta function inverted by Newton
     * steps kept inside a shrinking bracket (bisection when a step leaves it), to 1e-15. Each step calls
     * commons-math3's {@code Beta.regularizedBeta}, which allocates a small continued-fraction evaluator (usually
     * removed by the JIT's escape analysis, but not guaranteed): this inverse is not allocation-free.
     */
    private static double inverseRegularizedBeta(double p, double a, double b) {
        if (p == 0 || p == 1) {
            return p;
        }
        double logB = org.apache.commons.math3.special.Beta.logBeta(a, b);
        double lo = 0;
        double hi = 1;
        double x = a / (a + b);
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double f = org.apache.commons.math3.special.Beta.regularizedBeta(x, a, b) - p;
            if (Math.abs(f) < 1e-15) {
                break;
            }
            if (f > 0) {
                hi = x;
            } else {
                lo = x;
            }
            double density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logB);
            double next = x - f / density;
            x = next > lo && next < hi && Double.isFinite(next) ? next : 0.5 * (lo + hi);
        }
        return x;
    }

    private static double clampUnit(double u) {
        return Checks.requireProbability(u, "u");
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

        @Override public String family() {
            return "fixed";
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
            return min + clampUnit(u) * (max - min);
        }

        @Override public double mean() {
            return 0.5 * (min + max);
        }

        @Override public String family() {
            return "uniform";
        }
    }

    /** Normal. */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            Checks.requireFinite(mean, "mean");
            Checks.requireNonNegativeFinite(sd, "sd");
        }

        @Override public double inverseCdf(double u) {
            return sd == 0 ? mean : mean + sd * phiInv(clampUnit(u));
        }

        @Override public double min() {
            return sd == 0 ? mean : Double.NEGATIVE_INFINITY;
        }

        @Override public double max() {
            return sd == 0 ? mean : Double.POSITIVE_INFINITY;
        }

        @Override public String family() {
            return "normal";
        }
    }

    /** Normal with location {@code mu} and scale {@code sigma}, conditioned on {@code [min, max]}. */
    record TruncatedNormal(double mu, double sigma, double min, double max) implements Distribution {
        public TruncatedNormal {
            Checks.requireFinite(mu, "mu");
            Checks.requirePositiveFinite(sigma, "sigma");
            requireInterval(min, max);
            double mass = min > mu ? cdf((mu - min) / sigma) - cdf((mu - max) / sigma)
                : cdf((max - mu) / sigma) - cdf((min - mu) / sigma);
            Checks.requireArgument(mass > 1e-12, "min", min,
                "a bound that leaves probability mass in [min, max] (the interval lies too far in a tail)");
        }

        private static double cdf(double z) {
            return 0.5 * Erf.erfc(-z / Math.sqrt(2));
        }

        /**
         * The quantile. An interval above {@code mu} is inverted through the complementary CDF (the mirror
         * image in the lower tail), where {@code 1 - Phi} keeps its precision instead of rounding to 1.
         */
        @Override public double inverseCdf(double u) {
            double p = clampUnit(u);
            if (min > mu) {
                double a = cdf((mu - min) / sigma);
                double b = cdf((mu - max) / sigma);
                double x = mu - sigma * phiInv(a - p * (a - b));
                return Math.min(max, Math.max(min, x));
            }
            double a = cdf((min - mu) / sigma);
            double b = cdf((max - mu) / sigma);
            double x = mu + sigma * phiInv(a + p * (b - a));
            return Math.min(max, Math.max(min, x));
        }

        @Override public double mean() {
            double alpha = (min - mu) / sigma;
            double beta = (max - mu) / sigma;
            double pdfA = Math.exp(-0.5 * alpha * alpha) / Math.sqrt(2 * Math.PI);
            double pdfB = Math.exp(-0.5 * beta * beta) / Math.sqrt(2 * Math.PI);
            double mass = min > mu ? cdf(-alpha) - cdf(-beta) : cdf(beta) - cdf(alpha);
            return mu + sigma * (pdfA - pdfB) / mass;
        }

        @Override public String family() {
            return "truncatedNormal";
        }
    }

    /** {@code exp(N(meanLog, sdLog))}. */
    record LogNormal(double meanLog, double sdLog) implements Distribution {
        public LogNormal {
            Checks.requireFinite(meanLog, "meanLog");
            Checks.requireNonNegativeFinite(sdLog, "sdLog");
        }

        @Override public double inverseCdf(double u) {
            return sdLog == 0 ? Math.exp(meanLog) : Math.exp(meanLog + sdLog * phiInv(clampUnit(u)));
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

        @Override public String family() {
            return "lognormal";
        }
    }

    /** Triangular. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            requireInterval(min, max);
            Checks.requireInRange(mode, min, max, "mode");
        }

        @Override public double inverseCdf(double u) {
            double p = clampUnit(u);
            double w = max - min;
            double fc = (mode - min) / w;
            return p < fc ? min + Math.sqrt(p * w * (mode - min)) : max - Math.sqrt((1 - p) * w * (max - mode));
        }

        @Override public double mean() {
            return (min + mode + max) / 3;
        }

        @Override public String family() {
            return "triangular";
        }
    }

    /** PERT: beta with {@code alpha = 1 + 4 (mode-min)/(max-min)}, {@code beta = 1 + 4 (max-mode)/(max-min)}. */
    record Pert(double min, double mode, double max) implements Distribution {
        public Pert {
            requireInterval(min, max);
            Checks.requireInRange(mode, min, max, "mode");
        }

        @Override public double inverseCdf(double u) {
            double w = max - min;
            return min + w * inverseRegularizedBeta(clampUnit(u), 1 + 4 * (mode - min) / w, 1 + 4 * (max - mode) / w);
        }

        @Override public double mean() {
            return (min + 4 * mode + max) / 6;
        }

        @Override public String family() {
            return "pert";
        }
    }

    /** Beta(alpha, beta) on {@code [min, max]}. */
    record Beta(double alpha, double beta, double min, double max) implements Distribution {
        public Beta {
            Checks.requirePositiveFinite(alpha, "alpha");
            Checks.requirePositiveFinite(beta, "beta");
            requireInterval(min, max);
        }

        @Override public double inverseCdf(double u) {
            return min + (max - min) * inverseRegularizedBeta(clampUnit(u), alpha, beta);
        }

        @Override public double mean() {
            return min + (max - min) * alpha / (alpha + beta);
        }

        @Override public String family() {
            return "beta";
        }
    }

    /** Finitely many values with probabilities. */
    record Discrete(double[] values, double[] probabilities) implements Distribution {
        public Discrete {
            Checks.requireNonNull(values, "values");
            Checks.requireNonNull(probabilities, "probabilities");
            Checks.requireArgument(values.length > 0, "values", "[]", "non-empty");
            Checks.requireArgument(values.length == probabilities.length, "probabilities",
                Arrays.toString(probabilities), Checks.format("%d entries, one per value", values.length));
            values = values.clone();
            probabilities = probabilities.clone();
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                Checks.requireFinite(values[i], "values[" + i + "]");
                sum += Checks.requireProbability(probabilities[i], "probabilities[" + i + "]");
            }
            Checks.requireArgument(Math.abs(sum - 1) <= 1e-9, "probabilities", Arrays.toString(probabilities),
                "summing to 1 within 1e-9");
        }

        @Override public double[] values() {
            return values.clone();
        }

        @Override public double[] probabilities() {
            return probabilities.clone();
        }

        @Override public double inverseCdf(double u) {
            double p = clampUnit(u);
            double c = 0;
            for (int i = 0; i < values.length - 1; i++) {
                c += probabilities[i];
                if (p < c) {
                    return values[i];
                }
            }
            return values[values.length - 1];
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

        @Override public String family() {
            return "discrete";
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
