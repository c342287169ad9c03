package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PathRange;
import dev.tariffsim.macro.FxProcess;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import java.util.Map;
import org.junit.jupiter.api.Test;


/** A won held at 1,700 per dollar, above the 1,550 safeguard: payments halve and the central bank intervenes. */
final class SafeguardTest {
    @Test
    void weakWonHalvesPaymentsAndDrainsReservesByIntervention() {
        Scenario s = TestScenarios.degenerate(0.5, 2).toBuilder().fx(new FxProcess(1700, 1700, 1.0, 0)).build();
        var acc = MonteCarlo.builder().seed(1).antithetic(false).recordSeries(true).build().simulate(new ScenarioModel(s), new PathRange(0, 1));
        Map<String, MetricStatistics> r = acc.metricStatistics();
        double dt = 1.0 / 12;
        double c = 0.5 * 20 / 12;
        double q = Math.exp(-0.04 * dt);
        assertThat(r.get("contributions").mean()).isCloseTo(c * q * (1 - Math.pow(q, 120)) / (1 - q), within(1e-12));
        SeriesBands paid = acc.seriesBands().get("cumulativeContributions");
        assertThat(paid.mean(119)).isCloseTo(100, within(1e-9));

        // Reserves: R(t+1) = R(t)(1 + yR dt) - wR c + korea(t) - beta (1700/1550 - 1) R(t).
        double growth = Math.exp(0.06 * dt);
        double a = growth * (1 - 0.06 * dt);
        double reserves = 428;
        double min = reserves;
        SeriesBands path = acc.seriesBands().get("reserves");
        for (int t = 0; t < 120; t++) {
            assertThat(path.mean(t)).isCloseTo(reserves, within(1e-9 * reserves));
            double nav = c * a * (Math.pow(a, t) - 1) / (a - 1);
            double korea = 0.5 * 0.06 * dt * growth * (nav + c);
            reserves = reserves * (1 + 0.035 * dt) - 0.5 * c + korea - 0.2 * (1700.0 / 1550 - 1) * reserves;
            min = Math.min(min, reserves);
        }
        assertThat(r.get("minReserves").mean()).isCloseTo(min, within(1e-9 * Math.abs(min)));
        assertThat(r.get("reserveBreach").mean()).isEqualTo(1.0);
    }
}
