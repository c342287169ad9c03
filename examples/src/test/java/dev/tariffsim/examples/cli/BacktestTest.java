package dev.tariffsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.calibration.Calibration;
import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.stats.MetricStatistics;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's backtest: {@code backtest-2025} (2025-01 to 2025-12, observed tariffs of Korea and its rivals, the
 * observed monthly won; calendar-year metrics, undiscounted) must put Korea's observed 2025
 * car and parts exports to the US inside its P5-P95 band. Its trade parameters come from 2024 data and published
 * priors (calibration {@code korea-us-2026}, roles "calibrate"); the 2025 export values are held back ("check").
 * Fixed seed; with 4,000 paths the sample P5 and P95 are within about 0.005 in probability of the true quantiles,
 * so an observed value at an interior quantile between P10 and P90 fails with negligible probability.
 */
final class BacktestTest {
    private static final Scenario SCENARIO = Examples.load("backtest-2025");
    private static final SimulationResult RESULT = MonteCarlo.builder().paths(4_000).seed(7).threads(2).build()
        .run(new ScenarioModel(SCENARIO));
    private static final Calibration DATA = Calibration.load("korea-us-2026");

    @Test
    void theScenarioIsCalendarYear2025Undiscounted() {
        assertThat(SCENARIO.start().toString()).isEqualTo("2025-01");
        assertThat(SCENARIO.horizonMonths()).isEqualTo(12);
        assertThat(SCENARIO.discountRate()).isZero();
        assertThat(SCENARIO.lines().get(0).annualValue()).isEqualTo(DATA.value("exports.vehicles.2024"));
        assertThat(SCENARIO.lines().get(1).annualValue()).isEqualTo(DATA.value("exports.parts.2024"));
    }

    @Test
    void observed2025CarExportsLieInsideTheModelsP5ToP95Band() {
        inside("calendar.2025.exportValue.vehicles", DATA.value("exports.vehicles.2025"));
    }

    @Test
    void observed2025PartsExportsLieInsideTheModelsP5ToP95Band() {
        inside("calendar.2025.exportValue.parts", DATA.value("exports.parts.2025"));
    }

    private static void inside(String metric, double observed) {
        MetricStatistics m = RESULT.metric(metric);
        assertThat(observed).as("%s: observed %.2f against P5 %.2f, P95 %.2f", metric, observed, m.quantile(0.05),
            m.quantile(0.95)).isBetween(m.quantile(0.05), m.quantile(0.95));
    }
}
