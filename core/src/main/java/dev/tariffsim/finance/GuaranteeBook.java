package dev.tariffsim.finance;

import dev.tariffsim.internal.Checks;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A book of {@code projects} guaranteed loans of equal exposure {@code total / projects}, with defaults by a
 * one-factor Gaussian copula: project {@code j} defaults over the horizon if
 * {@code sqrt(rho) Y + sqrt(1 - rho) e_j < PhiInv(PDH)}, {@code PDH = 1 - (1 - pd)^(T/12)}, with
 * {@code Y, e_j} independent standard normals. A default costs {@code exposure * lossGivenDefault}. Fees of
 * {@code fee * total} a year are earned monthly. {@link GuaranteeLosses} draws a path's defaults.
 *
 * @param total guaranteed amount, USD billions ({@code Gtot})
 * @param projects number of projects ({@code J}), in [1, 100000]
 * @param annualDefaultProbability {@code pd}, in [0, 1]
 * @param lossGivenDefault {@code LGD}, in [0, 1]
 * @param assetCorrelation {@code rho}, in [0, 1]
 * @param annualFee {@code fee}, an annual rate on {@code total}, in [0, 1]
 */
public record GuaranteeBook(double total, int projects, double annualDefaultProbability, double lossGivenDefault,
                            double assetCorrelation, double annualFee) {
    /** @throws IllegalArgumentException naming the offending field */
    public GuaranteeBook {
        Checks.requireAmount(total, "total");
        Checks.requireArgument(projects >= 1 && projects <= 100_000, "projects", projects, "in [1, 100000]");
        Checks.requireProbability(annualDefaultProbability, "annualDefaultProbability");
        Checks.requireProbability(lossGivenDefault, "lossGivenDefault");
        Checks.requireProbability(assetCorrelation, "assetCorrelation");
        Checks.requireProbability(annualFee, "annualFee");
    }

    /** No guarantees. */
    public static GuaranteeBook none() {
        return new GuaranteeBook(0, 1, 0, 0, 0, 0);
    }

    /** The default probability over {@code months}. */
    public double horizonDefaultProbability(int months) {
        return 1 - Math.pow(1 - annualDefaultProbability, months / 12.0);
    }

    /** The copula threshold {@code PhiInv(PDH)} for a horizon ({@code -infinity} when PDH is 0). */
    public double threshold(int months) {
        double pdh = horizonDefaultProbability(months);
        if (pdh <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (pdh >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(pdh);
    }

    /** The exposure of one project, {@code total / projects}. */
    public double exposure() {
        return total / projects;
    }

    /**
     * The Vasicek large-portfolio CDF of the defaulted fraction {@code x}:
     * {@code P(L <= x) = Phi((sqrt(1 - rho) PhiInv(x) - PhiInv(p)) / sqrt(rho))}.
     */
    public static double vasicekCdf(double x, double p, double rho) {
        NormalDistribution n = new NormalDistribution(null, 0, 1);
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        return n.cumulativeProbability((Math.sqrt(1 - rho) * n.inverseCumulativeProbability(x)
            - n.inverseCumulativeProbability(p)) / Math.sqrt(rho));
    }
}
