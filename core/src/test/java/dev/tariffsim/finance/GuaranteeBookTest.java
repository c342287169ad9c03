package dev.tariffsim.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

final class GuaranteeBookTest {
    private static final int SAMPLES = 20_000;

    private static double[] defaultFractions(GuaranteeBook book, int months) {
        PathRandom random = new PathRandom(99, false);
        RandomStream rng = random.stream("guarantees");
        GuaranteeLosses losses = new GuaranteeLosses(book, months, 1, 0);
        double[] out = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            random.startPath(i);
            out[i] = (double) losses.sampleDefaults(rng) / book.projects();
        }
        return out;
    }

    private static double share(double[] xs, double x) {
        int c = 0;
        for (double v : xs) {
            if (v <= x) {
                c++;
            }
        }
        return (double) c / xs.length;
    }

    /**
     * A book of 2,000 projects against the Vasicek large-portfolio CDF. Tolerance per point: 4 binomial standard
     * errors of the empirical CDF ({@code sqrt(F(1-F)/n)}, n = 20,000) plus 0.01 for finite granularity (the
     * Vasicek law is the limit of infinitely many projects; with 2,000 the defaulted fraction differs from the
     * conditional probability by about {@code sqrt(p/J)}, 0.004 here). 7 points: false-failure probability below 5e-4.
     */
    @Test
    void largeBookMatchesTheVasicekDistribution() {
        GuaranteeBook book = new GuaranteeBook(75, 2_000, 0.02, 0.45, 0.20, 0.005);
        double pdh = book.horizonDefaultProbability(120);
        double[] fractions = defaultFractions(book, 120);
        for (double x : new double[] {0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5}) {
            double f = GuaranteeBook.vasicekCdf(x, pdh, 0.20);
            double tol = 4 * Math.sqrt(f * (1 - f) / SAMPLES) + 0.01;
            assertThat(share(fractions, x)).as("P(L <= %s)", x).isCloseTo(f, within(tol));
        }
    }

    /** With correlation 0 defaults are binomial(J, PDH): CDF at 8 points within 4 standard errors (p about 5e-4). */
    @Test
    void uncorrelatedBookIsBinomial() {
        GuaranteeBook book = new GuaranteeBook(75, 30, 0.02, 0.45, 0.0, 0.005);
        double pdh = book.horizonDefaultProbability(120);
        BinomialDistribution binomial = new BinomialDistribution(null, 30, pdh);
        double[] fractions = defaultFractions(book, 120);
        for (int k = 0; k < 8; k++) {
            double f = binomial.cumulativeProbability(k);
            double tol = 4 * Math.sqrt(f * (1 - f) / SAMPLES) + 1e-12;
            assertThat(share(fractions, k / 30.0 + 1e-9)).as("P(D <= %d)", k).isCloseTo(f, within(tol));
        }
    }

    @Test
    void horizonProbabilityAndValidation() {
        GuaranteeBook book = new GuaranteeBook(75, 30, 0.02, 0.45, 0.2, 0.005);
        assertThat(book.horizonDefaultProbability(120)).isCloseTo(1 - Math.pow(0.98, 10), within(1e-15));
        assertThat(book.exposure()).isEqualTo(2.5);
        assertThat(GuaranteeBook.none().threshold(120)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThatThrownBy(() -> new GuaranteeBook(75, 30, 0.02, 1.2, 0.2, 0.005))
            .hasMessageContaining("lossGivenDefault").hasMessageContaining("1.2");
        assertThatThrownBy(() -> new GuaranteeBook(75, 0, 0.02, 0.4, 0.2, 0.005)).hasMessageContaining("projects");
        assertThatThrownBy(() -> new GuaranteeBook(75, 30, 0.02, 0.4, -0.1, 0.005)).hasMessageContaining("assetCorrelation");
    }
}
