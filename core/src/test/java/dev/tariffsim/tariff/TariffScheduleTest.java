package dev.tariffsim.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TariffScheduleTest {
    /** Korean passenger cars: KORUS 0%, Section 232 25% from 2025-04-03, the 15% all-in deal rate from 2025-11-01. */
    private static final TariffSchedule CARS = new TariffSchedule(0.0, List.of(
        new TariffMeasure("Section 232 autos", LocalDate.of(2025, 4, 3), null, 0.25, Stacking.ADDITIVE),
        new TariffMeasure("Korea-US deal", LocalDate.of(2025, 11, 1), null, 0.15, Stacking.ALL_IN)));

    @Test
    void datedRatesFollowTheHistory() {
        assertThat(CARS.rateOn(LocalDate.of(2025, 4, 2))).isEqualTo(0.0);
        assertThat(CARS.rateOn(LocalDate.of(2025, 4, 3))).isEqualTo(0.25);
        assertThat(CARS.rateOn(LocalDate.of(2025, 10, 31))).isEqualTo(0.25);
        assertThat(CARS.rateOn(LocalDate.of(2025, 11, 1))).isEqualTo(0.15);
        assertThat(CARS.monthlyRate(YearMonth.of(2025, 4))).isCloseTo(0.25 * 28 / 30, within(1e-15));
        assertThat(CARS.monthlyRate(YearMonth.of(2025, 11))).isEqualTo(0.15);
    }

    @Test
    void allInRateIsTheHigherOfBaseAndDealRate() {
        TariffSchedule highBase = new TariffSchedule(0.20, List.of(
            new TariffMeasure("deal", LocalDate.of(2025, 1, 1), null, 0.15, Stacking.ALL_IN)));
        assertThat(highBase.rateOn(LocalDate.of(2025, 6, 1))).isEqualTo(0.20);
        TariffSchedule stacked = new TariffSchedule(0.025, List.of(
            new TariffMeasure("232", LocalDate.of(2025, 1, 1), null, 0.25, Stacking.ADDITIVE),
            new TariffMeasure("extra", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), 0.10, Stacking.ADDITIVE)));
        assertThat(stacked.rateOn(LocalDate.of(2025, 1, 15))).isCloseTo(0.375, within(1e-15));
        assertThat(stacked.rateOn(LocalDate.of(2025, 2, 1))).isCloseTo(0.275, within(1e-15));
    }

    @Test
    void aLineWithAScheduleUsesItWhateverTheRegime() {
        ProductLine line = new ProductLine("vehicles", "8703", 34.74, Map.of(), 0.25, true, CARS, 1, 0, 1);
        assertThat(line.rate(new Regime("NEGOTIATING", false), YearMonth.of(2025, 12))).isEqualTo(0.15);
        ProductLine excluded = new ProductLine("steel", "72", 3, Map.of("DEAL", 0.15), 0.5, false, null, 1, 0, 1);
        assertThat(excluded.rate(new Regime("DEAL", true), YearMonth.of(2025, 12))).isEqualTo(0.5);
    }

    @Test
    void invalidRatesAndDatesAreNamed() {
        assertThatThrownBy(() -> new TariffMeasure("x", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1), 0.1,
            Stacking.ADDITIVE)).hasMessageContaining("until").hasMessageContaining("2025-04-01");
        assertThatThrownBy(() -> new TariffMeasure("x", LocalDate.of(2025, 5, 1), null, -0.1, Stacking.ADDITIVE))
            .hasMessageContaining("rate").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new TariffSchedule(Double.NaN, List.of())).hasMessageContaining("baseRate");
        assertThatThrownBy(() -> ProductLine.of("cars", "8703", -1, Map.of(), 0.25))
            .hasMessageContaining("annualValue").hasMessageContaining("-1");
        assertThatThrownBy(() -> ProductLine.of("cars", "8703", 1, Map.of("DEAL", 12.0), 0.25))
            .hasMessageContaining("rates.DEAL").hasMessageContaining("12.0");
        assertThatThrownBy(() -> ProductLine.of("cars", "8703", 1, Map.of(), 11))
            .hasMessageContaining("counterfactualRate");
    }
}
