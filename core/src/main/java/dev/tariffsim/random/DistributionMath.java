package dev.tariffsim.random;

import dev.tariffsim.internal.Checks;
import java.util.Arrays;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;

/**
 * The numerics behind {@link Distribution}'s records: the normal quantile, the truncated normal, the beta (and
 * PERT) inverse, the discrete distribution's checks and inverse, the shared argument checks and the family names
 * of scenario files. Package-private:
 * the records are the API; this class only keeps {@code Distribution.java} short.
 */
final class DistributionMath {

    private DistributionMath() {
    }

    /** The family name of {@code d} as written in scenario files (the sealed interface lists every case). */
    static String family(Distribution d) {
        if (d instanceof Distribution.Fixed) {
            return "fixed";
        } else if (d instanceof Distribution.Uniform) {
            return "uniform";
        } else if (d instanceof Distribution.Normal) {
            return "normal";
        } else if (d instanceof Distribution.TruncatedNormal) {
            return "truncatedNormal";
        } else if (d instanceof Distribution.LogNormal) {
            return "lognormal";
        } else if (d instanceof Distribution.Triangular) {
            return "triangular";
        } else if (d instanceof Distribution.Pert) {
            return "pert";
        } else if (d instanceof Distribution.Beta) {
            return "beta";
        } else if (d instanceof Distribution.Discrete) {
            return "discrete";
        }
        throw new IllegalStateException("unknown distribution " + d.getClass().getName());
    }

    /** Checks that {@code u} is a probability in [0, 1] and returns it. */
    static double unit(double u) {
        return Checks.requireProbability(u, "u");
    }

    /** Checks finite bounds with {@code min < max}. */
    static void requireInterval(double min, double max) {
        Checks.requireFinite(min, "min");
        Checks.requireFinite(max, "max");
        Checks.requireArgument(max > min, "max", max, Checks.format("greater than min (%s)", min));
    }

    /** The standard normal CDF, {@code erfc(-z / sqrt 2) / 2}. */
    static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /**
     * Standard normal quantile (commons-math3 {@code Erf.erfInv}). Below {@code u = 1e-3}, where {@code 2u - 1}
     * loses the digits of {@code u}, two Newton steps on the lower-tail CDF {@code erfc(-x / sqrt 2) / 2} (which
     * keeps its relative precision there) restore a relative accuracy of about 1e-15. Callers pass lower-tail
     * probabilities; an upper tail is inverted through its mirror image.
     */
    static double phiInv(double u) {
        double x = Math.sqrt(2) * Erf.erfInv(2 * u - 1);
        if (u < 1e-3 && u > 0) {
            for (int i = 0; i < 2; i++) {
                double f = 0.5 * Erf.erfc(-x / Math.sqrt(2)) - u;
                x -= f / (Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI));
            }
        }
        return x;
    }

    /** Rejects a truncation interval that leaves (almost) no probability mass. */
    static void requireTruncatedNormalMass(double mu, double sigma, double min, double max) {
        double mass = min > mu ? normalCdf((mu - min) / sigma) - normalCdf((mu - max) / sigma)
            : normalCdf((max - mu) / sigma) - normalCdf((min - mu) / sigma);
        Checks.requireArgument(mass > 1e-12, "min", min,
            "a bound that leaves probability mass in [min, max] (the interval lies too far in a tail)");
    }

    /**
     * The truncated normal's quantile at probability {@code p}. An interval above {@code mu} is inverted through
     * the complementary CDF (the mirror image in the lower tail), where {@code 1 - Phi} keeps its precision
     * instead of rounding to 1.
     */
    static double truncatedNormalInverse(double mu, double sigma, double min, double max, double p) {
        if (min > mu) {
            double a = normalCdf((mu - min) / sigma);
            double b = normalCdf((mu - max) / sigma);
            double x = mu - sigma * phiInv(a - p * (a - b));
            return Math.min(max, Math.max(min, x));
        }
        double a = normalCdf((min - mu) / sigma);
        double b = normalCdf((max - mu) / sigma);
        double x = mu + sigma * phiInv(a + p * (b - a));
        return Math.min(max, Math.max(min, x));
    }

    /** The truncated normal's mean, {@code mu + sigma (phi(alpha) - phi(beta)) / mass}. */
    static double truncatedNormalMean(double mu, double sigma, double min, double max) {
        double alpha = (min - mu) / sigma;
        double beta = (max - mu) / sigma;
        double pdfA = Math.exp(-0.5 * alpha * alpha) / Math.sqrt(2 * Math.PI);
        double pdfB = Math.exp(-0.5 * beta * beta) / Math.sqrt(2 * Math.PI);
        double mass = min > mu ? normalCdf(-alpha) - normalCdf(-beta) : normalCdf(beta) - normalCdf(alpha);
        return mu + sigma * (pdfA - pdfB) / mass;
    }

    /**
     * The {@code p}-quantile of Beta(a, b) on [0, 1]: the regularised incomplete beta function inverted by Newton
     * steps kept inside a shrinking bracket (bisection when a step leaves it), to 1e-15. Each step calls
     * commons-math3's {@code Beta.regularizedBeta}, which allocates a small continued-fraction evaluator (usually
     * removed by the JIT's escape analysis, but not guaranteed): this inverse is not allocation-free.
     */
    static double inverseRegularizedBeta(double p, double a, double b) {
        if (p == 0 || p == 1) {
            return p;
        }
        double logB = Beta.logBeta(a, b);
        double lo = 0;
        double hi = 1;
        double x = a / (a + b);
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double f = Beta.regularizedBeta(x, a, b) - p;
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

    /** Checks a discrete distribution's arrays: non-empty, equal lengths, finite values, probabilities summing to 1. */
    static void requireDiscrete(double[] values, double[] probabilities) {
        Checks.requireNonNull(values, "values");
        Checks.requireNonNull(probabilities, "probabilities");
        Checks.requireArgument(values.length > 0, "values", "[]", "non-empty");
        Checks.requireArgument(values.length == probabilities.length, "probabilities",
            Arrays.toString(probabilities), Checks.format("%d entries, one per value", values.length));
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            Checks.requireFinite(values[i], "values[" + i + "]");
            sum += Checks.requireProbability(probabilities[i], "probabilities[" + i + "]");
        }
        Checks.requireArgument(Math.abs(sum - 1) <= 1e-9, "probabilities", Arrays.toString(probabilities),
            "summing to 1 within 1e-9");
    }

    /** The first value whose cumulative probability exceeds {@code p} (the last value if none does). */
    static double discreteInverse(double[] values, double[] probabilities, double p) {
        double c = 0;
        for (int i = 0; i < values.length - 1; i++) {
            c += probabilities[i];
            if (p < c) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
