package dev.tariffsim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ScenarioParametersTest {
    private static final Scenario REF = TestScenarios.reference();

    @Test
    void setsAFieldByItsPathInTheFile() {
        Scenario s = ScenarioParameters.set(REF, "pledge.cash.annualCap", 35);
        assertThat(s.pledge().cash().annualCap()).isEqualTo(35);
        assertThat(ScenarioParameters.get(s, "pledge.cash.annualCap")).isEqualTo(35);
        assertThat(s.toBuilder().build()).isNotEqualTo(REF);
        assertThat(ScenarioParameters.set(s, "pledge.cash.annualCap", 20)).isEqualTo(REF);
    }

    @Test
    void addressesArrayElementsByNameIndexOrWildcard() {
        Scenario byName = ScenarioParameters.set(REF, "lines.vehicles.rates.DEAL", 0.1);
        assertThat(byName.lines().get(0).rates().get("DEAL")).isEqualTo(0.1);
        assertThat(byName.lines().get(1).rates().get("DEAL")).isEqualTo(0.15);
        Scenario byIndex = ScenarioParameters.set(REF, "lines[1].annualValue", 9);
        assertThat(byIndex.lines().get(1).annualValue()).isEqualTo(9);
        Scenario all = ScenarioParameters.set(REF, "lines.*.rates.DEAL", 0.12);
        assertThat(all.lines()).allSatisfy(l -> assertThat(l.rates().get("DEAL")).isEqualTo(0.12));
        assertThat(ScenarioParameters.get(all, "lines.*.rates.DEAL")).isEqualTo(0.12);
        Scenario w = ScenarioParameters.set(REF, Map.of("financing.sources.reserves.weight", 0.6,
            "financing.sources.krwBonds.weight", 0.1));
        assertThat(w.financing().sources().get(0).weight()).isEqualTo(0.6);
    }

    @Test
    void aRandomInputIsFixedAtAValueAndHasQuantiles() {
        assertThat(ScenarioParameters.quantile(REF, "trade.passThrough", 0.1)).isCloseTo(0.35, within(1e-12));
        assertThat(ScenarioParameters.quantile(REF, "trade.elasticity", 0.9)).isCloseTo(2.85, within(1e-12));
        Scenario s = ScenarioParameters.set(REF, "trade.passThrough", 0.4);
        assertThat(s.trade().passThrough().isFixed()).isTrue();
        assertThat(s.trade().passThrough().mean()).isEqualTo(0.4);
        assertThatThrownBy(() -> ScenarioParameters.quantile(REF, "pledge.cash.annualCap", 0.1))
            .hasMessageContaining("pledge.cash.annualCap is not a random input");
    }

    @Test
    void badPathsAndValuesGetOneMessageNamingThem() {
        assertThatThrownBy(() -> ScenarioParameters.set(REF, "pledge.cash.anualCap", 1))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("unknown parameter path pledge.cash.anualCap: pledge.cash has no anualCap "
                + "(it has total, annualCap, safeguardRate, safeguardFactor)");
        assertThatThrownBy(() -> ScenarioParameters.set(REF, "lines.trucks.annualValue", 1))
            .hasMessageContaining("lines has no trucks (it has vehicles, parts)");
        assertThatThrownBy(() -> ScenarioParameters.set(REF, "pledge.cash", 1))
            .hasMessageContaining("pledge.cash is not a number");
        assertThatThrownBy(() -> ScenarioParameters.set(REF, "pledge.cash.annualCap", -3))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("pledge.cash.annualCap = -3.0")
            .hasMessageEndingWith("pledge.cash.annualCap is not an amount in (0, 100000] USD billions: -3.0");
        assertThatThrownBy(() -> ScenarioParameters.set(REF, "pledge.shipbuilding.guarantees.projects", 30.5))
            .hasMessageContaining("pledge.shipbuilding.guarantees.projects");
        assertThatThrownBy(() -> ScenarioParameters.set(REF, "lines.*.rates.DEAL", Double.NaN))
            .hasMessageContaining("not a finite number");
    }

    @Test
    void listsEveryNumericParameter() {
        Map<String, Double> all = ScenarioParameters.list(REF);
        assertThat(all).containsEntry("pledge.cash.annualCap", 20.0).containsEntry("lines.parts.rates.DEAL", 0.15)
            .containsEntry("trade.passThrough.min", 0.3).containsEntry("regimes.transitions[1][2]", 0.005)
            .containsEntry("financing.sources.usdBonds.annualRate", 0.0417).doesNotContainKey("formatVersion");
        for (Map.Entry<String, Double> e : all.entrySet()) {
            assertThat(ScenarioParameters.get(REF, e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
