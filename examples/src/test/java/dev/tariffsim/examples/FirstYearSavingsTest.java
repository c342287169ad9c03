package dev.tariffsim.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.tariff.ProductLine;
import org.junit.jupiter.api.Test;

final class FirstYearSavingsTest {
    /** Korea's income loss per unit of tariff-free value (docs/model.md, step 3). */
    private static double incomeLoss(ProductLine l, double phi, double eps, double tau) {
        double q = Math.pow(1 + phi * tau, -eps);
        double u = 1 - l.fobAbsorption() * (1 - phi) * tau / (1 + tau);
        double margin = q * (1 - l.fobAbsorption()) * (1 - phi) * tau;
        return l.valueAddedShare() * (1 - q) + q * (1 - u) + l.affiliateShare() * margin;
    }

    /**
     * The example's mean against the expectation over pass-through ~ U(0.3, 0.8) and elasticity ~ U(1.5, 3) of
     * {@code sum_lines 12 v (L(0.25) - L(0.15)) X / 1000}, {@code L} the line's income loss, by a 400 x 400 midpoint rule; within 4 standard errors (false
     * failure about 6e-5).
     */
    @Test
    void meanMatchesTheExpectationOverPassThroughAndElasticity() {
        int n = 400;
        double sum = 0;
        for (ProductLine l : FirstYearSavings.scenario().lines()) {
            for (int i = 0; i < n; i++) {
                double phi = 0.3 + 0.5 * (i + 0.5) / n;
                for (int j = 0; j < n; j++) {
                    double eps = 1.5 + 1.5 * (j + 0.5) / n;
                    sum += l.annualValue() * (incomeLoss(l, phi, eps, 0.25) - incomeLoss(l, phi, eps, 0.15));
                }
            }
        }
        double expected = (sum / (n * n)) * 1430 / 1000;
        MetricStatistics m = MonteCarlo.builder().paths(20_000).seed(3).threads(2).build()
            .run(new ScenarioModel(FirstYearSavings.scenario())).metric("firstYearSavingsKrwTn");
        assertThat(m.mean()).isCloseTo(expected, within(4 * m.stdError()));
        assertThat(m.quantile(0.05)).isBetween(4.0, 6.0);
    }
}
