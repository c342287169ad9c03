package dev.tariffsim.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.calibration.Calibration;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import org.junit.jupiter.api.Test;


final class CalibrationTest {
    @Test
    void bundledFiguresMatchTheReferenceScenario() {
        Calibration c = Calibration.load("korea-us-2025");
        Scenario s = TestScenarios.reference();
        assertThat(s.lines().get(0).annualValue()).isEqualTo(c.value("exports.vehicles.2024"));
        assertThat(s.lines().get(1).annualValue()).isEqualTo(c.value("exports.parts.2024"));
        assertThat(s.pledge().cash().total()).isEqualTo(c.value("pledge.cash"));
        assertThat(s.pledge().cash().annualCap()).isEqualTo(c.value("pledge.cashAnnualCap"));
        assertThat(s.pledge().waterfall().shareAfterRecoup()).isEqualTo(c.value("pledge.shareAfterRecoup"));
        assertThat(c.figure("tariff.deal.autosAndParts").source()).contains("2025-11-14");
        assertThat(c.figures()).hasSizeGreaterThan(25);
        assertThat(c.figures().values()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
    }

    @Test
    void unknownNamesAreRejected() {
        assertThatThrownBy(() -> Calibration.load("mars-2030")).hasMessageContaining("mars-2030");
        assertThatThrownBy(() -> Calibration.load("korea-us-2025").value("nope")).hasMessageContaining("nope");
    }
}
