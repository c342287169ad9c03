package dev.tariffsim.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.stats.MetricStatistics;
import org.junit.jupiter.api.Test;

final class FirstYearSavingsTest {
    private static double factor(double phi, double eps, double tau) {
        double p = 1 + phi * tau;
        return Math.pow(p, -eps) * p / (1 + tau);
    }

    /**
     * The example's mean against the expectation over pass-through ~ U(0.3, 0.8) and elasticity ~ U(1.5, 3) of
     * {@code 12 v (f(0.15) - f(0.25)) X / 1000}, by a 400 x 400 midpoint rule; within 4 standard errors (false
     * failure about 6e-5).
     */
    @Test
    void meanMatchesTheExpectationOverPassThroughAndElasticity() {
        int n = 400;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double phi = 0.3 + 0.5 * (i + 0.5) / n;
            for (int j = 0; j < n; j++) {
                double eps = 1.5 + 1.5 * (j + 0.5) / n;
                sum += factor(phi, eps, 0.15) - factor(phi, eps, 0.25);
            }
        }
        double expected = (34.74 + 8.22) * (sum / (n * n)) * 1430 / 1000;
        MetricStatistics m = MonteCarlo.builder().paths(20_000).seed(3).threads(2).build()
            .run(new ScenarioModel(FirstYearSavings.scenario())).metric("firstYearSavingsKrwTn");
        assertThat(m.mean()).isCloseTo(expected, within(4 * m.stdError()));
        assertThat(m.quantile(0.05)).isBetween(4.0, 6.0);
    }
}
