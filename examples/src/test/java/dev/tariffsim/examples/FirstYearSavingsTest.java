package dev.tariffsim.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.tariff.Market;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.Rival;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

final class FirstYearSavingsTest {
    /** Korea's income loss per unit of tariff-free value at volume {@code q} (docs/model.md, step 3). */
    private static double incomeLoss(ProductLine l, double phi, double q, double tau) {
        double u = 1 - l.fobAbsorption() * (1 - phi) * tau / (1 + tau);
        double margin = q * (1 - l.fobAbsorption()) * (1 - phi) * tau;
        return l.valueAddedShare() * (1 - q) + q * (1 - u) + l.affiliateShare() * margin;
    }

    /** The volume of a line with a market (docs/model.md, section 8.1). */
    private static double marketVolume(double phi, double sigma, double eta, double tau, double m) {
        return Math.pow((1 + phi * tau) / (1 + phi * m), -sigma) * Math.pow(1 + phi * m, -eta);
    }

    /**
     * The example's mean against the expectation, over the flagship's priors (pass-through U(0.1, 0.5); parts:
     * elasticity U(1.5, 3); cars: Armington sigma U(2, 5.6), market eta U(0.5, 2), rivals at their DEAL rates), of
     * {@code sum_t v (1 - d_t) (L(0.25, MC) - L(0.15, M)) X / 1000}, {@code L} the line's income loss and {@code d_t}
     * the displaced share of month {@code t}, by midpoint rules (60^3 for cars, 300^2 for parts; their error is
     * below 1e-4 tn); within 4 standard errors (false failure about 6e-5). Steel is not covered by the deal: no saving.
     */
    @Test
    void meanMatchesTheExpectationOverTheTradePriors() {
        Scenario s = FirstYearSavings.scenario();
        ProductLine cars = s.lines().get(0);
        ProductLine parts = s.lines().get(1);
        Market market = cars.market();
        double m = market.koreaShare() * 0.15;
        for (Rival r : market.rivals()) {
            m += r.share() * r.rates().get("DEAL");
        }
        double mC = m + market.koreaShare() * (0.25 - 0.15);
        double kept = 0;
        for (int t = 0; t < 12; t++) {
            kept += 1 - cars.displacement().share(YearMonth.of(2025, 11).plusMonths(t), true);
        }
        int n = 60;
        double carSum = 0;
        for (int i = 0; i < n; i++) {
            double phi = 0.1 + 0.4 * (i + 0.5) / n;
            for (int j = 0; j < n; j++) {
                double sigma = 2.0 + 3.6 * (j + 0.5) / n;
                for (int k = 0; k < n; k++) {
                    double eta = 0.5 + 1.5 * (k + 0.5) / n;
                    carSum += incomeLoss(cars, phi, marketVolume(phi, sigma, eta, 0.25, mC), 0.25)
                        - incomeLoss(cars, phi, marketVolume(phi, sigma, eta, 0.15, m), 0.15);
                }
            }
        }
        int np = 300;
        double partSum = 0;
        for (int i = 0; i < np; i++) {
            double phi = 0.1 + 0.4 * (i + 0.5) / np;
            for (int j = 0; j < np; j++) {
                double eps = 1.5 + 1.5 * (j + 0.5) / np;
                partSum += incomeLoss(parts, phi, Math.pow(1 + phi * 0.25, -eps), 0.25)
                    - incomeLoss(parts, phi, Math.pow(1 + phi * 0.15, -eps), 0.15);
            }
        }
        double expected = (cars.annualValue() / 12 * kept * carSum / ((double) n * n * n)
            + parts.annualValue() * partSum / ((double) np * np)) * 1430 / 1000;
        MetricStatistics r = MonteCarlo.builder().paths(20_000).seed(3).threads(2).build()
            .run(new ScenarioModel(s)).metric("firstYearSavingsKrwTn");
        assertThat(r.mean()).isCloseTo(expected, within(4 * r.stdError()));
        assertThat(r.quantile(0.05)).isBetween(2.0, 6.0);
    }

    /** The printed example runs on the flagship's three lines (the steel line, outside the deal, has no DEAL rate). */
    @Test
    void theExamplePrintsItsAnswer() {
        java.io.PrintStream old = System.out;
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            FirstYearSavings.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertThat(buffer.toString(java.nio.charset.StandardCharsets.UTF_8))
            .contains("steelAluminium 0.00 bn USD").contains("10 points x USD 42.96 bn): 6.14 tn KRW");
    }
}
