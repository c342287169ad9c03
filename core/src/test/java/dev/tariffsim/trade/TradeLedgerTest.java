package dev.tariffsim.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.Regime;
import dev.tariffsim.tariff.RegimeChain;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TradeLedgerTest {
    private static final List<Regime> REGIMES = List.of(new Regime("NO_DEAL", false), new Regime("DEAL", true));
    private static final RegimeChain CHAIN = RegimeChain.of(REGIMES, "DEAL", new double[][] {{1, 0}, {0, 1}});
    private static final ProductLine CARS = ProductLine.of("cars", "8703", 12, Map.of("NO_DEAL", 0.25, "DEAL", 0.15), 0.25);

    @Test
    void theTableHoldsEveryLinesRateByRegimeAndMonth() {
        TradeTable table = new TradeTable(List.of(CARS), CHAIN, YearMonth.of(2025, 10), 24);
        assertThat(table.rate(0, 0, 5)).isEqualTo(0.25);
        assertThat(table.rate(0, 1, 23)).isEqualTo(0.15);
        assertThat(table.lineCount()).isEqualTo(1);
    }

    @Test
    void aYearInTheDealGivesTheClosedFormFlows() {
        double phi = 0.5;
        double eps = 2;
        TradeLedger ledger = new TradeLedger(new TradeTable(List.of(CARS), CHAIN, YearMonth.of(2025, 10), 12));
        ledger.startPath(phi, eps);
        for (int t = 0; t < 12; t++) {
            ledger.month(t, 1, 1, 1, 1400);
        }
        ledger.finish();
        // v = 12/12 = 1 a month, D = 1, DF = 1: twelve months of base value 1.
        double f = TradeEffects.valueFactor(phi, eps, 0.15);
        double fc = TradeEffects.valueFactor(phi, eps, 0.25);
        assertThat(ledger.exportValue(0)).isCloseTo(12 * f, within(1e-12));
        assertThat(ledger.tariffPaid()).isCloseTo(12 * 0.15 * f, within(1e-12));
        assertThat(ledger.exporterLoss()).isCloseTo(12 * (1 - f), within(1e-12));
        assertThat(ledger.dealSavings()).isCloseTo(12 * (f - fc), within(1e-12));
        assertThat(ledger.firstYearSavingsKrwTn()).isCloseTo(12 * (f - fc) * 1400 / 1000, within(1e-12));
        double q = TradeEffects.volume(phi, eps, 0.15) / TradeEffects.volume(phi, eps, 0.25);
        assertThat(ledger.volumeChange(0)).isCloseTo(q - 1, within(1e-12));
        assertThat(ledger.usPriceChange(0)).isCloseTo((1 + phi * 0.15) / (1 + phi * 0.25) - 1, within(1e-12));
    }

    @Test
    void outsideTheDealNothingIsSavedAndANewPathStartsFromZero() {
        TradeLedger ledger = new TradeLedger(new TradeTable(List.of(CARS), CHAIN, YearMonth.of(2025, 10), 12));
        ledger.startPath(0.5, 2);
        ledger.month(0, 1, 1, 1, 1400);
        ledger.startPath(0.5, 2);
        ledger.month(0, 0, 0.9, 1.1, 1400);
        ledger.finish();
        assertThat(ledger.dealSavings()).isZero();
        double f = TradeEffects.valueFactor(0.5, 2, 0.25);
        assertThat(ledger.tariffPaid()).isCloseTo(0.9 * 1.1 * 0.25 * f, within(1e-12));
    }
}
