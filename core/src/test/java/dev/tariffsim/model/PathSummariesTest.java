package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PathRange;
import dev.tariffsim.engine.ResultAccumulator;
import dev.tariffsim.pledge.InvestmentVehicle;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import dev.tariffsim.tariff.Regime;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The path summaries ({@code avgFxRate}, {@code vehicleReturn}) and the per-regime share series
 * ({@code regimeShare.<REGIME>}) on the stochastic reference scenario: identities that hold exactly on every run,
 * and the vehicle's mean log return against its closed form.
 */
final class PathSummariesTest {
    private static final int PATHS = 4000;
    private static Scenario scenario;
    private static Map<String, MetricStatistics> metrics;
    private static Map<String, SeriesBands> series;

    @BeforeAll
    static void run() {
        scenario = TestScenarios.reference();
        ResultAccumulator acc = MonteCarlo.builder().seed(11).antithetic(false).recordSeries(true).threads(2).build()
            .simulate(new ScenarioModel(scenario), new PathRange(0, PATHS));
        metrics = acc.metricStatistics();
        series = acc.seriesBands();
    }

    @Test
    void theRegimeSharesAddUpToOneAndTheDealRegimesToTheDealShare() {
        int months = scenario.horizonMonths();
        double negotiatingAtStart = series.get("regimeShare.NEGOTIATING").mean(0);
        assertThat(negotiatingAtStart).as("every path starts NEGOTIATING").isEqualTo(1.0);
        double collapsedAtEnd = series.get("regimeShare.COLLAPSED").mean(months - 1);
        assertThat(collapsedAtEnd).as("some paths collapse").isBetween(0.01, 0.99);
        for (int t = 0; t < months; t++) {
            double total = 0;
            double deal = 0;
            for (Regime r : scenario.regimes().regimes()) {
                SeriesBands b = series.get("regimeShare." + r.name());
                total += b.mean(t);
                deal += r.dealInForce() ? b.mean(t) : 0;
            }
            assertThat(total).as("month %d", t).isCloseTo(1.0, within(1e-12));
            assertThat(deal).as("month %d", t).isCloseTo(series.get("dealShare").mean(t), within(1e-12));
        }
    }

    @Test
    void theMeanOfTheAverageRateIsTheAverageOfTheMonthlyMeanRates() {
        SeriesBands fx = series.get("fxRate");
        double sum = 0;
        for (int t = 0; t < fx.steps(); t++) {
            sum += fx.mean(t);
        }
        double expected = sum / fx.steps();
        assertThat(metrics.get("avgFxRate").mean()).isCloseTo(expected, within(1e-9 * expected));
        assertThat(metrics.get("avgFxRate").min()).isLessThan(expected);
        assertThat(metrics.get("avgFxRate").max()).isGreaterThan(expected);
    }

    /**
     * {@code vehicleReturn = muI + delta - sigma^2/2 + sigma sqrt(dt) mean(z) / dt} with T months of standard normal
     * z: its mean is {@code muI + delta - sigma^2/2} and its standard deviation {@code sigma / sqrt(T dt)}. The
     * tolerance is 4 standard errors of the mean over the paths: a false failure has probability about 6e-5; the
     * sample standard deviation (relative standard error 1/sqrt(2n), about 1.1%) must be within 10% of its value.
     */
    @Test
    void theVehiclesLogReturnHasItsClosedFormMeanAndSpread() {
        InvestmentVehicle v = scenario.pledge().vehicle();
        double years = scenario.horizonMonths() * Scenario.dt();
        double sd = v.volatility() / Math.sqrt(years);
        MetricStatistics r = metrics.get("vehicleReturn");
        double expected = v.capitalGrowth() + v.cashYield() - 0.5 * v.volatility() * v.volatility();
        assertThat(r.mean()).isCloseTo(expected, within(4 * sd / Math.sqrt(PATHS)));
        assertThat(r.stdError() * Math.sqrt(PATHS)).as("standard deviation over the paths")
            .isCloseTo(sd, within(0.1 * sd));
    }
}
