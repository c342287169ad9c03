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
        assertThat(ledger.line(TradeLedger.EXPORT, 0)).isCloseTo(12 * f, within(1e-12));
        assertThat(ledger.total(TradeLedger.TARIFF)).isCloseTo(12 * 0.15 * f, within(1e-12));
        assertThat(ledger.total(TradeLedger.REVENUE_LOSS)).isCloseTo(12 * (1 - f), within(1e-12));
        assertThat(ledger.total(TradeLedger.SAVINGS)).isCloseTo(12 * (f - fc), within(1e-12));
        assertThat(ledger.firstYearSavingsKrwTn()).isCloseTo(12 * (f - fc) * 1400 / 1000, within(1e-12));
        double q = TradeEffects.volume(phi, eps, 0.15) / TradeEffects.volume(phi, eps, 0.25);
        assertThat(ledger.line(TradeLedger.VOLUME_CHANGE, 0)).isCloseTo(q - 1, within(1e-12));
        assertThat(ledger.line(TradeLedger.US_PRICE_CHANGE, 0)).isCloseTo((1 + phi * 0.15) / (1 + phi * 0.25) - 1, within(1e-12));
    }

    @Test
    void outsideTheDealNothingIsSavedAndANewPathStartsFromZero() {
        TradeLedger ledger = new TradeLedger(new TradeTable(List.of(CARS), CHAIN, YearMonth.of(2025, 10), 12));
        ledger.startPath(0.5, 2);
        ledger.month(0, 1, 1, 1, 1400);
        ledger.startPath(0.5, 2);
        ledger.month(0, 0, 0.9, 1.1, 1400);
        ledger.finish();
        assertThat(ledger.total(TradeLedger.SAVINGS)).isZero();
        double f = TradeEffects.valueFactor(0.5, 2, 0.25);
        assertThat(ledger.total(TradeLedger.TARIFF)).isCloseTo(0.9 * 1.1 * 0.25 * f, within(1e-12));
    }

    @Test
    void grossAccountingGivesTheReferenceModelsLossAsIncomeLoss() {
        // va = 1, psi = 1, no affiliates (ProductLine.of): income loss = FOB revenue loss, nothing absorbed.
        TradeLedger ledger = new TradeLedger(new TradeTable(List.of(CARS), CHAIN, YearMonth.of(2025, 10), 12));
        ledger.startPath(0.4, 2.2);
        for (int t = 0; t < 12; t++) {
            ledger.month(t, t < 6 ? 0 : 1, 0.99, 1.02, 1400);
        }
        ledger.finish();
        assertThat(ledger.total(TradeLedger.INCOME_LOSS)).isCloseTo(ledger.total(TradeLedger.REVENUE_LOSS),
            within(1e-12));
        assertThat(ledger.total(TradeLedger.ABSORBED)).isZero();
        double f = TradeEffects.valueFactor(0.4, 2.2, 0.15);
        double fc = TradeEffects.valueFactor(0.4, 2.2, 0.25);
        assertThat(ledger.total(TradeLedger.SAVINGS)).isCloseTo(6 * 0.99 * 1.02 * (f - fc), within(1e-12));
    }

    @Test
    void transferPricesAndValueAddedFollowTheIssueEquations() {
        double phi = 0.3;
        double eps = 2;
        double va = 0.7;
        double a = 0.8;
        double psi = 0.5;
        TradeLedger ledger = new TradeLedger(new TradeTable(List.of(CARS.withIncome(va, a, psi)), CHAIN,
            YearMonth.of(2025, 10), 12));
        ledger.startPath(phi, eps);
        for (int t = 0; t < 12; t++) {
            ledger.month(t, 1, 1, 1, 1400);
        }
        ledger.finish();
        double tau = 0.15;
        double q = Math.pow(1 + phi * tau, -eps);
        double u = 1 - psi * (1 - phi) * tau / (1 + tau);
        double margin = q * (1 - psi) * (1 - phi) * tau;
        double loss = va * (1 - q) + q * (1 - u) + a * margin;
        double qc = Math.pow(1 + phi * 0.25, -eps);
        double uc = 1 - psi * (1 - phi) * 0.25 / 1.25;
        double lossC = va * (1 - qc) + qc * (1 - uc) + a * qc * (1 - psi) * (1 - phi) * 0.25;
        assertThat(ledger.total(TradeLedger.EXPORT)).isCloseTo(12 * q * u, within(1e-12));
        assertThat(ledger.total(TradeLedger.TARIFF)).isCloseTo(12 * tau * q * u, within(1e-12));
        assertThat(ledger.total(TradeLedger.ABSORBED)).isCloseTo(12 * margin, within(1e-12));
        assertThat(ledger.total(TradeLedger.INCOME_LOSS)).isCloseTo(12 * loss, within(1e-12));
        assertThat(ledger.total(TradeLedger.REVENUE_LOSS)).isCloseTo(12 * (1 - q * u), within(1e-12));
        assertThat(ledger.total(TradeLedger.SAVINGS)).isCloseTo(12 * (lossC - loss), within(1e-12));
        assertThat(ledger.total(TradeLedger.US_CONSUMER_COST)).isCloseTo(12 * q * phi * tau, within(1e-12));
        // Calendar years: 2025 has 3 months (Oct-Dec), 2026 the other 9; undiscounted.
        assertThat(ledger.calendar().exportValue(0, 0)).isCloseTo(3 * q * u, within(1e-12));
        assertThat(ledger.calendar().exportValue(1, 0)).isCloseTo(9 * q * u, within(1e-12));
        assertThat(ledger.calendar().tariffPaidKrwTn(1, 0)).isCloseTo(9 * tau * q * u * 1400 / 1000, within(1e-12));
        assertThat(ledger.calendar().volumeIndex(1, 0)).isCloseTo(q, within(1e-12));
        assertThat(ledger.calendar().savingsKrwTn(0) + ledger.calendar().savingsKrwTn(1))
            .isCloseTo(12 * (lossC - loss) * 1400 / 1000, within(1e-12));
    }
}
