package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PathRange;
import dev.tariffsim.engine.ResultAccumulator;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import java.util.Map;
import org.junit.jupiter.api.Test;


/**
 * Known answers: with zero volatilities, fixed pass-through and elasticity and an identity transition matrix
 * (starting in DEAL), every output follows in closed form from the equations; the test derives each value
 * independently of the simulator (geometric sums and the explicit solutions of the recursions).
 */
final class ClosedFormTest {
    private static final double PHI = 0.55;
    private static final double EPS = 2.25;
    private static final double DT = 1.0 / 12;
    private static final double REL = 1e-12;

    private static Map<String, MetricStatistics> run(Scenario s) {
        ResultAccumulator acc = MonteCarlo.builder().seed(1).antithetic(false).recordSeries(true).build().simulate(new ScenarioModel(s), new PathRange(0, 3));
        return acc.metricStatistics();
    }

    private static void close(Map<String, MetricStatistics> r, String metric, double expected) {
        MetricStatistics m = r.get(metric);
        assertThat(m.min()).as(metric).isEqualTo(m.max());
        assertThat(m.mean()).as(metric).isCloseTo(expected, within(REL * Math.max(1, Math.abs(expected))));
    }

    private static double factor(double tau) {
        double p = 1 + PHI * tau;
        return Math.pow(p, -EPS) * p / (1 + tau);
    }

    @Test
    void everyOutputMatchesItsClosedForm() {
        Scenario s = TestScenarios.degenerate(PHI, EPS);
        Map<String, MetricStatistics> r = run(s);
        int n = 120;
        double r0 = 0.04;
        double g = 0.01;
        double v = (34.74 + 8.22) / 12;
        double fd = factor(0.15);
        double fc = factor(0.25);
        // sum_t DF_t D_t = e^{-r dt} (1 - rho^T) / (1 - rho), rho = e^{(g - r) dt}
        double rho = Math.exp((g - r0) * DT);
        double discountedDemand = Math.exp(-r0 * DT) * (1 - Math.pow(rho, n)) / (1 - rho);
        close(r, "exporterRevenueLoss", v * (1 - fd) * discountedDemand);
        close(r, "tariffPaid", 0.15 * v * fd * discountedDemand);
        close(r, "dealSavings", v * (fd - fc) * discountedDemand);
        close(r, "lines.vehicles.dealSavings", 34.74 / 12 * (fd - fc) * discountedDemand);
        close(r, "lines.parts.volumeChange", Math.pow((1 + PHI * 0.15) / (1 + PHI * 0.25), -EPS) - 1);
        close(r, "lines.parts.usPriceChange", (1 + PHI * 0.15) / (1 + PHI * 0.25) - 1);

        // FX: x_t = ln theta + (ln X0 - ln theta)(1 - kappa dt)^t
        double lossKrw = 0;
        double firstYear = 0;
        for (int t = 0; t < n; t++) {
            double fx = Math.exp(Math.log(1400) + (Math.log(1430) - Math.log(1400)) * Math.pow(1 - DT, t));
            double demand = Math.exp(g * DT * t);
            double df = Math.exp(-r0 * (t + 1) * DT);
            lossKrw += df * v * demand * (1 - fd) * fx / 1000;
            if (t < 12) {
                firstYear += v * demand * (fd - fc) * fx / 1000;
            }
        }
        double fxSum = 0;
        for (int t = 0; t < n; t++) {
            fxSum += Math.exp(Math.log(1400) + (Math.log(1430) - Math.log(1400)) * Math.pow(1 - DT, t));
        }
        close(r, "avgFxRate", fxSum / n);
        // a riskless vehicle's log return is its capital growth plus cash yield, 0 + 0.06
        close(r, "vehicleReturn", 0.06);
        close(r, "exporterRevenueLossKrwTn", lossKrw);
        close(r, "firstYearSavingsKrwTn", firstYear);

        // Contributions: 20/12 a month for 120 months, exactly the 200 pledged.
        double c = 20.0 / 12;
        double q = Math.exp(-r0 * DT);
        close(r, "contributions", c * q * (1 - Math.pow(q, n)) / (1 - q));

        // Vehicle: G = e^{(mu + delta) dt}, a = G (1 - delta dt), N_t = c a (a^t - 1)/(a - 1);
        // d_t = delta dt G (N_t + c); Korea keeps k1 = 0.5 (the principal is never recouped, checked below).
        double growth = Math.exp(0.06 * DT);
        double a = growth * (1 - 0.06 * DT);
        double koreaPv = 0;
        double receipts = 0;
        double financing = 0;
        double outstanding = 0;
        double reserves = 428;
        double minReserves = reserves;
        for (int t = 0; t < n; t++) {
            double navBefore = c * a * (Math.pow(a, t) - 1) / (a - 1);
            double d = 0.06 * DT * growth * (navBefore + c);
            double korea = 0.5 * d;
            double df = Math.exp(-r0 * (t + 1) * DT);
            koreaPv += df * korea;
            receipts += korea;
            outstanding += df * ((t + 1) * c - receipts) * DT;
            financing += df * ((t + 1) * c - receipts) * (0.03811 - r0) * DT;
            reserves = reserves * (1 + 1.0 * 0.035 * DT) - 0.5 * c + 1.0 * korea;
            minReserves = Math.min(minReserves, reserves);
        }
        assertThat(receipts).isLessThan(200);
        double navEnd = c * a * (Math.pow(a, n) - 1) / (a - 1);
        koreaPv += 0.5 * navEnd * Math.exp(-r0 * n * DT);
        close(r, "koreaReceipts", koreaPv);
        close(r, "financingCost", financing);
        // The funding spread over r = 0.04: reserves cost exactly r (no spread), the bonds less.
        close(r, "financingCost.reserves", 0);
        close(r, "financingCost.usdBonds", outstanding * 0.3 * (0.0417 - r0));
        close(r, "interestPaid", outstanding * (0.3 * 0.0417 + 0.2 * 0.028));
        close(r, "minReserves", minReserves);
        close(r, "reserveBreach", minReserves < 400 ? 1 : 0);
        close(r, "monthsInDeal", 120);

        // Guarantees: no defaults (pd = 0); fees = fee * Gtot * sum_t dt DF_t.
        double fees = 0.005 * 75 * DT * q * (1 - Math.pow(q, n)) / (1 - q);
        close(r, "guaranteeNet", -fees);
        double netCost = c * q * (1 - Math.pow(q, n)) / (1 - q) + financing - fees - koreaPv;
        close(r, "investmentNetCost", netCost);
        close(r, "netDealValue", v * (fd - fc) * discountedDemand - netCost);
    }

    @Test
    void seriesFollowTheClosedForms() {
        ResultAccumulator acc = MonteCarlo.builder().seed(1).antithetic(false).recordSeries(true).build().simulate(new ScenarioModel(TestScenarios.degenerate(PHI, EPS)), new PathRange(0, 2));
        SeriesBands fx = acc.seriesBands().get("fxRate");
        SeriesBands paid = acc.seriesBands().get("cumulativeContributions");
        for (int t = 0; t < 120; t++) {
            double expected = Math.exp(Math.log(1400) + (Math.log(1430) - Math.log(1400)) * Math.pow(1 - DT, t));
            assertThat(fx.mean(t)).isCloseTo(expected, within(REL * expected));
            for (double level : SeriesBands.LEVELS) {
                // a deterministic band collapses onto the path (answered from the exact min and max, not the
                // buckets; ScenarioBandsTest checks the buckets against exact order statistics)
                assertThat(fx.percentile(level, t)).isEqualTo(fx.mean(t));
            }
            assertThat(paid.mean(t)).isCloseTo((t + 1) * 20.0 / 12, within(REL * 200));
            assertThat(acc.seriesBands().get("dealShare").mean(t)).isEqualTo(1.0);
            assertThat(acc.seriesBands().get("regimeShare.DEAL").mean(t)).isEqualTo(1.0);
            assertThat(acc.seriesBands().get("regimeShare.NEGOTIATING").mean(t)).isZero();
            assertThat(acc.seriesBands().get("regimeShare.COLLAPSED").mean(t)).isZero();
        }
    }

    /**
     * The reference model's section 6 states that pass-through 1 and elasticity 0 give
     * {@code loss = base tau/(1+tau)}. Under its own equations (section 3) that case gives no loss: the US
     * buyer pays the whole tariff ({@code p = 1 + tau}) and buys as much as before, so the exporter's FOB value
     * {@code base q p/(1+tau)} is {@code base}. It is pass-through 0 (the exporter absorbs the whole tariff, the
     * landed price does not move, so volume does not either, whatever the elasticity) that loses
     * {@code base tau/(1+tau)}. The library follows section 3; docs/model.md records the erratum.
     */
    @Test
    void noPassThroughLosesTheTariffShareAndFullPassThroughWithoutElasticityLosesNothing() {
        double base = (34.74 + 8.22) / 12;
        double df = Math.exp(-0.04 / 12);
        for (double eps : new double[] {0.0, 1.7}) {
            Map<String, MetricStatistics> absorbed = run(TestScenarios.degenerate(0.0, eps).toBuilder().horizonMonths(1).build());
            close(absorbed, "exporterRevenueLoss", df * base * 0.15 / 1.15);
            close(absorbed, "dealSavings", df * base * (0.25 / 1.25 - 0.15 / 1.15));
            close(absorbed, "tariffPaid", df * base * 0.15 / 1.15);
            close(absorbed, "lines.vehicles.volumeChange", 0);
        }
        Map<String, MetricStatistics> passed = run(TestScenarios.degenerate(1.0, 0.0).toBuilder().horizonMonths(1).build());
        close(passed, "exporterRevenueLoss", 0);
        close(passed, "tariffPaid", df * base * 0.15);
        close(passed, "lines.parts.usPriceChange", 1.15 / 1.25 - 1);
    }
}
