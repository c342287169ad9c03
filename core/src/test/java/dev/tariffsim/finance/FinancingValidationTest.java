package dev.tariffsim.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.pledge.CapitalCalls;
import dev.tariffsim.pledge.CashTranche;
import dev.tariffsim.pledge.InvestmentVehicle;
import dev.tariffsim.pledge.Waterfall;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FinancingValidationTest {
    @Test
    void referenceMixBlendsTo3811BasisPoints() {
        FinancingMix mix = new FinancingMix(List.of(new FundingSource("reserves", 0.5, 0.040, true),
            new FundingSource("usdBonds", 0.3, 0.0417, false), new FundingSource("krwBonds", 0.2, 0.028, false)));
        assertThat(mix.blendedRate()).isCloseTo(0.03811, within(1e-15));
        assertThat(mix.reserveWeight()).isEqualTo(0.5);
    }

    @Test
    void invalidParametersAreNamedWithTheirValues() {
        assertThatThrownBy(() -> new FinancingMix(List.of(new FundingSource("a", 0.5, 0.04, true),
            new FundingSource("b", 0.3, 0.04, false)))).hasMessageContaining("weight").hasMessageContaining("0.8");
        assertThatThrownBy(() -> new FundingSource("a", 1.5, 0.04, true)).hasMessageContaining("weight")
            .hasMessageContaining("1.5");
        assertThatThrownBy(() -> new CashTranche(200, -3, 1550, 0.5, null)).hasMessageContaining("annualCap")
            .hasMessageContaining("-3.0");
        assertThatThrownBy(() -> new CashTranche(200, 20, 1550, 1.5, null)).hasMessageContaining("safeguardFactor");
        assertThatThrownBy(() -> new Waterfall(1.1, 0.1, 0)).hasMessageContaining("shareBeforeRecoup")
            .hasMessageContaining("1.1");
        assertThatThrownBy(() -> new Waterfall(0.5, -0.1, 0)).hasMessageContaining("shareAfterRecoup");
        assertThatThrownBy(() -> new InvestmentVehicle(0, 1.5, 0.1)).hasMessageContaining("cashYield");
        assertThatThrownBy(() -> new ReserveAccount(-1, 0.035, 1, 400, 2.4, 1550, 1)).hasMessageContaining("initial");
        assertThatThrownBy(() -> new CapitalCalls(6, 1, 0.5, 0, 0.5, "COLLAPSED"))
            .hasMessageContaining("deadlineBusinessDays");
        assertThatThrownBy(() -> new CapitalCalls(6, 1, 0.5, 45, 2, "COLLAPSED"))
            .hasMessageContaining("snapBackProbability");
    }
}
