package dev.tariffsim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: the collapse hazard, {@code regimes.hazard.DEAL.COLLAPSED}, can be set, swept and solved for. */
final class RegimeHazardTest {
    private static final Scenario REF = TestScenarios.reference();
    private static final String HAZARD = "regimes.hazard.DEAL.COLLAPSED";

    @Test
    void settingAHazardMovesTheDifferenceToTheProbabilityOfStaying() {
        assertThat(ScenarioParameters.get(REF, HAZARD)).isEqualTo(0.005);
        Scenario s = ScenarioParameters.set(REF, HAZARD, 0.03);
        assertThat(s.regimes().transitions()[1]).containsExactly(new double[] {0, 0.97, 0.03}, within(1e-15));
        assertThat(s.regimes().transitions()[0]).containsExactly(REF.regimes().transitions()[0]);
        assertThat(ScenarioParameters.get(s, HAZARD)).isEqualTo(0.03);
        // the whole row may go to the hazard, no further
        assertThat(ScenarioParameters.set(REF, HAZARD, 1.0).regimes().transitions()[1][1]).isZero();
        assertThatThrownBy(() -> ScenarioParameters.set(REF, HAZARD, 1.01))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("parameter regimes.hazard.DEAL.COLLAPSED = 1.01 is out of range: the hazard "
                + "must be in [0, 1.0]");
        assertThatThrownBy(() -> ScenarioParameters.set(REF, HAZARD, -0.01)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> ScenarioParameters.set(REF, "regimes.hazard.DEAL.GONE", 0.1))
            .hasMessage("unknown parameter path regimes.hazard.DEAL.GONE: the scenario has no regime GONE "
                + "(it has NEGOTIATING, DEAL, COLLAPSED)");
        assertThatThrownBy(() -> ScenarioParameters.set(REF, "regimes.hazard.DEAL.DEAL", 0.1))
            .hasMessageContaining("names no hazard");
        assertThatThrownBy(() -> ScenarioParameters.set(REF, "regimes.transitions[1][2]", 0.02))
            .hasMessageContaining("set regimes.hazard.FROM.TO");
        assertThat(ScenarioParameters.list(REF)).containsEntry(HAZARD, 0.005)
            .containsEntry("regimes.hazard.NEGOTIATING.DEAL", 0.35).doesNotContainKey("regimes.hazard.DEAL.DEAL");
    }

    @Test
    void aSweepOfTheCollapseHazardShortensTheTimeInTheDeal() {
        SweepResult r = Sweep.run(RunSettings.of(1_000, 5), REF, List.of(Axis.parse(HAZARD + "=0:0.04:0.02")),
            List.of("monthsInDeal"));
        assertThat(r.points()).hasSize(3);
        // on common random numbers a higher hazard can only end the deal earlier, path by path
        for (SweepResult.Step step : r.steps()) {
            assertThat(step.differences().get("monthsInDeal").mean()).isNegative();
        }
    }

    @Test
    void breakEvenOnTheCollapseHazardFindsItWithinItsInterval() {
        RunSettings settings = RunSettings.of(1_000, 5);
        double target = Sweep.run(settings, REF, List.of(Axis.parse(HAZARD + "=0.02")), List.of("monthsInDeal"))
            .points().get(0).metrics().get("monthsInDeal").mean();
        BreakEvenResult r = BreakEven.solve(settings, REF, HAZARD, 0, 0.05, Statistic.mean("monthsInDeal"), target,
            1e-6);
        assertThat(r.interval().contains(0.02)).as("%s", r).isTrue();
        assertThat(r.slope()).isNegative();
    }
}
