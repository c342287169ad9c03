package dev.tariffsim.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.junit.jupiter.api.Test;

final class DistributionTest {
    private static final double[] US = {1e-6, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 1 - 1e-6};

    @Test
    void inverseCdfsAgreeWithCommonsMathCdfs() {
        check(Distribution.normal(2, 3), new NormalDistribution(null, 2, 3));
        check(Distribution.lognormal(0.1, 0.4), new LogNormalDistribution(null, 0.1, 0.4, 1e-9));
        check(Distribution.triangular(1, 2, 5), new TriangularDistribution(null, 1, 2, 5));
        for (double u : US) {
            double x = Distribution.beta(2, 5, 10, 20).inverseCdf(u);
            assertThat(new BetaDistribution(null, 2, 5).cumulativeProbability((x - 10) / 10)).isCloseTo(u, within(1e-9));
        }
        check(Distribution.uniform(0.3, 0.8), new org.apache.commons.math3.distribution.UniformRealDistribution(null, 0.3, 0.8));
    }

    @Test
    void anUpperTailTruncatedNormalIsTheMirrorOfTheLowerTail() {
        // [6, 7] standard deviations above the mean: 1 - Phi rounds near 1 unless the complementary CDF is used
        Distribution upper = Distribution.truncatedNormal(0, 1, 6, 7);
        Distribution lower = Distribution.truncatedNormal(0, 1, -7, -6);
        for (double u : US) {
            double x = upper.inverseCdf(u);
            assertThat(x).as("u=%s", u).isCloseTo(-lower.inverseCdf(1 - u), within(1e-12 * Math.abs(x)));
        }
        assertThat(upper.mean()).isCloseTo(-lower.mean(), within(1e-12));
        assertThat(upper.inverseCdf(0.5)).isGreaterThan(6).isLessThan(6.2);
    }

    private static void check(Distribution d, org.apache.commons.math3.distribution.RealDistribution ref) {
        for (double u : US) {
            assertThat(ref.cumulativeProbability(d.inverseCdf(u))).as("%s at %s", d, u).isCloseTo(u, within(1e-9));
        }
        assertThat(d.mean()).isCloseTo(ref.getNumericalMean(), within(1e-12));
    }

    @Test
    void truncatedNormalStaysInItsBoundsAndHasItsMean() {
        Distribution d = Distribution.truncatedNormal(0, 1, -0.5, 2);
        NormalDistribution n = new NormalDistribution(null, 0, 1);
        for (double u : US) {
            double x = d.inverseCdf(u);
            assertThat(x).isBetween(-0.5, 2.0);
            double p = (n.cumulativeProbability(x) - n.cumulativeProbability(-0.5))
                / (n.cumulativeProbability(2) - n.cumulativeProbability(-0.5));
            assertThat(p).isCloseTo(u, within(1e-9));
        }
        double sum = 0;
        int m = 100_000;
        for (int i = 0; i < m; i++) {
            sum += d.inverseCdf((i + 0.5) / m);
        }
        assertThat(d.mean()).isCloseTo(sum / m, within(1e-4));
    }

    @Test
    void pertIsTheScaledBeta() {
        Distribution pert = Distribution.pert(0, 1, 4);
        assertThat(pert.mean()).isCloseTo((0 + 4 + 4) / 6.0, within(1e-12));
        for (double u : US) {
            double x = pert.inverseCdf(u);
            assertThat(new BetaDistribution(null, 2, 4).cumulativeProbability(x / 4)).isCloseTo(u, within(1e-9));
        }
    }

    @Test
    void discreteAndFixed() {
        Distribution d = Distribution.discrete(new double[] {1, 2, 3}, new double[] {0.2, 0.5, 0.3});
        assertThat(d.inverseCdf(0.1)).isEqualTo(1);
        assertThat(d.inverseCdf(0.2)).isEqualTo(2);
        assertThat(d.inverseCdf(0.69)).isEqualTo(2);
        assertThat(d.inverseCdf(0.7)).isEqualTo(3);
        assertThat(d.mean()).isCloseTo(2.1, within(1e-15));
        assertThat(Distribution.fixed(4).inverseCdf(0.3)).isEqualTo(4);
        assertThat(Distribution.fixed(4).isFixed()).isTrue();
        assertThat(d).isEqualTo(Distribution.discrete(new double[] {1, 2, 3}, new double[] {0.2, 0.5, 0.3}));
    }

    @Test
    void invalidParametersAreNamed() {
        List<Runnable> bad = List.of(
            () -> Distribution.uniform(1, 0),
            () -> Distribution.normal(0, -1),
            () -> Distribution.triangular(0, 5, 1),
            () -> Distribution.beta(0, 1, 0, 1),
            () -> Distribution.discrete(new double[] {1, 2}, new double[] {0.5, 0.6}),
            () -> Distribution.lognormal(Double.NaN, 1),
            () -> Distribution.truncatedNormal(0, 1, 50, 60));
        List<String> names = List.of("max", "sd", "mode", "alpha", "probabilities", "meanLog", "min");
        for (int i = 0; i < bad.size(); i++) {
            assertThatThrownBy(bad.get(i)::run).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(names.get(i));
        }
        assertThatThrownBy(() -> Distribution.uniform(0, 1).inverseCdf(2)).hasMessageContaining("u");
    }

    @Test
    void eachRecordNamesItsScenarioFileFamily() {
        assertThat(List.of(Distribution.fixed(1), Distribution.uniform(0, 1), Distribution.normal(0, 1),
                Distribution.truncatedNormal(0, 1, -1, 2), Distribution.lognormal(0, 1), Distribution.triangular(0, 1, 2),
                Distribution.pert(0, 1, 2), Distribution.beta(2, 3, 0, 1),
                Distribution.discrete(new double[] {1, 2}, new double[] {0.5, 0.5}))
            .stream().map(Distribution::family).toList())
            .containsExactly("fixed", "uniform", "normal", "truncatedNormal", "lognormal", "triangular", "pert", "beta",
                "discrete");
    }
}
