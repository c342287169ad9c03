package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PairedModel;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.tariff.Regime;
import dev.tariffsim.tariff.RegimeChain;
import java.util.List;
import org.junit.jupiter.api.Test;


final class CommonRandomNumbersTest {
    /** The reference against a variant in which the deal never comes: 25% throughout. */
    private static Scenario noDeal() {
        Scenario r = TestScenarios.reference();
        return r.toBuilder().name("no-deal").regimes(RegimeChain.of(List.of(new Regime("NEGOTIATING", false),
            new Regime("DEAL", true), new Regime("COLLAPSED", false)), "NEGOTIATING",
            new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}})).build();
    }

    @Test
    void pairedRunsShareDrawsAndShrinkTheErrorOfDifferences() {
        MonteCarlo mc = MonteCarlo.builder().paths(4_000).seed(17).threads(2).build();
        SimulationResult paired = mc.run(PairedModel.of(new ScenarioModel(TestScenarios.reference()),
            new ScenarioModel(noDeal())));
        SimulationResult alone = mc.run(new ScenarioModel(TestScenarios.reference()));
        // Side a of the pair is exactly the reference run on its own.
        assertThat(paired.metric("a.exporterRevenueLoss").mean()).isEqualTo(alone.metric("exporterRevenueLoss").mean());
        // Pass-through and elasticity are drawn alike on both sides.
        assertThat(paired.metric("diff.inputs.passThrough").max()).isZero();
        assertThat(paired.metric("diff.inputs.elasticity").min()).isZero();
        // Without the deal nothing is paid and nothing is saved.
        assertThat(paired.metric("b.contributions").max()).isZero();
        assertThat(paired.metric("b.dealSavings").max()).isZero();
        MetricStatistics diff = paired.metric("diff.exporterRevenueLoss");
        MetricStatistics a = paired.metric("a.exporterRevenueLoss");
        MetricStatistics b = paired.metric("b.exporterRevenueLoss");
        assertThat(diff.mean()).isCloseTo(b.mean() - a.mean(), within(1e-9));
        double independentSe = Math.sqrt(a.stdError() * a.stdError() + b.stdError() * b.stdError());
        // The deal's timing differs by construction, so the reduction is partial (about 2.7 times at this seed).
        assertThat(diff.stdError()).isLessThan(independentSe / 2);
    }
}
