package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.tariff.LegalEvent;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.Regime;
import dev.tariffsim.tariff.RegimeChain;
import dev.tariffsim.tariff.Stacking;
import dev.tariffsim.tariff.TariffMeasure;
import dev.tariffsim.tariff.TariffSchedule;
import dev.tariffsim.trade.TradeEffects;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Legal risk (issue 12, item 3): the threat state, legal events on tariff layers, a line the deal does not cover. */
final class LegalRiskTest {
    private static final List<Regime> WITH_THREAT = List.of(new Regime("NEGOTIATING", false),
        new Regime("DEAL", true), new Regime("THREAT", true), new Regime("COLLAPSED", false));

    /** The reference chain with THREAT added (entered from nowhere), the deal's own collapse hazard {@code dealHazard}. */
    private static Scenario withThreat(Scenario s, double toCollapse) {
        return withThreat(s, toCollapse, 0.005);
    }

    private static Scenario withThreat(Scenario s, double toCollapse, double dealHazard) {
        Map<String, Double> rates = Map.of("NEGOTIATING", 0.25, "DEAL", 0.15, "THREAT", 0.15, "COLLAPSED", 0.25);
        return s.toBuilder()
            .regimes(RegimeChain.of(WITH_THREAT, "NEGOTIATING", new double[][] {
                {0.60, 0.35, 0, 0.05}, {0, 1 - dealHazard, 0, dealHazard}, {0, 0.5, 0.5 - toCollapse, toCollapse},
                {0, 0.02, 0, 0.98}}))
            .lines(List.of(ProductLine.of("vehicles", "8703", 34.74, rates, 0.25),
                ProductLine.of("parts", "8708", 8.22, rates, 0.25)))
            .build();
    }

    @Test
    void aThreatStateWithZeroHazardIsTheDeal() {
        // The deal with no collapse hazard against a threat (deal rates, pledge paid) with zero hazard to the higher
        // rate that resolves to the deal: bit for bit the same paths (the regime draw maps to deal-in-force either way).
        Scenario ref = TestScenarios.reference();
        Scenario threat = withThreat(ref, 0, 0);
        Scenario startInThreat = threat.toBuilder().regimes(RegimeChain.of(WITH_THREAT, "THREAT",
            threat.regimes().transitions())).build();
        Scenario startInDeal = ref.toBuilder().regimes(RegimeChain.of(ref.regimes().regimes(), "DEAL",
            new double[][] {{0.60, 0.35, 0.05}, {0, 1, 0}, {0, 0.02, 0.98}})).build();
        assertThat(Runs.differences(Runs.metrics(startInDeal, 300, 9), Runs.metrics(startInThreat, 300, 9)))
            .as("a threat that never materialises and resolves to DEAL").isEmpty();
    }

    @Test
    void aThreatWithHazardCostsTariffRevenueOnlyWhenItMaterialises() {
        Scenario ref = TestScenarios.reference();
        Scenario threat = withThreat(ref, 0.3).toBuilder().regimes(RegimeChain.of(WITH_THREAT, "THREAT",
            withThreat(ref, 0.3).regimes().transitions())).build();
        Map<String, MetricStatistics> t = Runs.metrics(threat, 300, 9);
        Scenario deal = ref.toBuilder().regimes(RegimeChain.of(ref.regimes().regimes(), "DEAL",
            ref.regimes().transitions())).build();
        assertThat(t.get("tariffPaid").mean()).isGreaterThan(Runs.metrics(deal, 300, 9).get("tariffPaid").mean());
    }

    private static final TariffSchedule OTHER_GOODS = new TariffSchedule(0, List.of(
        new TariffMeasure("reciprocal", LocalDate.of(2025, 4, 5), null, 0.15, Stacking.ALL_IN, "IEEPA")));
    private static final LegalEvent RULING = new LegalEvent("IEEPA struck down", "IEEPA", LocalDate.of(2026, 2, 20),
        1, new LegalEvent.Replacement("SECTION_122", 0.10, 150));

    @Test
    void aRulingEndsTheLayerAndTheReplacementLapsesAfter150Days() {
        TariffSchedule after = OTHER_GOODS.after(RULING);
        assertThat(after.rateOn(LocalDate.of(2026, 2, 19))).isEqualTo(0.15);
        assertThat(after.rateOn(LocalDate.of(2026, 2, 20))).isEqualTo(0.10);
        assertThat(after.rateOn(LocalDate.of(2026, 7, 19))).isEqualTo(0.10);     // day 150
        assertThat(after.rateOn(LocalDate.of(2026, 7, 20))).isZero();            // lapsed
        // February 2026: 19 days at 15%, 9 at 10%.
        assertThat(after.monthlyRate(YearMonth.of(2026, 2))).isCloseTo((19 * 0.15 + 9 * 0.10) / 28, within(1e-15));
        // A measure on another basis (Section 232) is untouched.
        TariffSchedule cars = new TariffSchedule(0, List.of(new TariffMeasure("s232", LocalDate.of(2025, 4, 3), null,
            0.25, Stacking.ALL_IN, "SECTION_232")));
        assertThat(cars.after(RULING)).isEqualTo(cars);
    }

    private static Scenario otherGoods(double probability) {
        Scenario d = TestScenarios.degenerate(0.5, 2);
        return d.toBuilder()
            .start(YearMonth.of(2026, 1)).horizonMonths(12)
            .lines(List.of(new ProductLine("other", "", 12, Map.of(), 0, false, OTHER_GOODS)))
            .legalEvents(List.of(new LegalEvent(RULING.name(), RULING.basis(), RULING.date(), probability,
                RULING.replacement())))
            .build();
    }

    @Test
    void anEventWithProbabilityZeroChangesNothingAndOneAppliesTheRuling() {
        Scenario none = otherGoods(0).toBuilder().legalEvents(List.of()).build();
        assertThat(Runs.differences(Runs.metrics(none, 50, 3), Runs.metrics(otherGoods(0), 50, 3))).isEmpty();

        Scenario sure = otherGoods(1);
        Scenario rewritten = none.toBuilder().lines(List.of(new ProductLine("other", "", 12, Map.of(), 0, false,
            OTHER_GOODS.after(RULING)))).build();
        assertThat(Runs.differences(Runs.metrics(rewritten, 50, 3), Runs.metrics(sure, 50, 3))).isEmpty();
    }

    @Test
    void anUncertainRulingHappensOnItsShareOfPaths() {
        // Tariff paid is one of two values: the share of paths at the lower one estimates p = 0.6.
        // 4,000 paths: standard error sqrt(0.24/4000) = 0.0077; the band of 4 SE fails with probability 6e-5.
        Map<String, MetricStatistics> r = Runs.metrics(otherGoods(0.6), 4000, 11);
        double high = Runs.metrics(otherGoods(0), 1, 11).get("tariffPaid").mean();
        double low = Runs.metrics(otherGoods(1), 1, 11).get("tariffPaid").mean();
        double share = (high - r.get("tariffPaid").mean()) / (high - low);
        assertThat(share).isCloseTo(0.6, within(4 * Math.sqrt(0.24 / 4000)));
    }

    @Test
    void aLineTheDealDoesNotCoverPaysItsRateInEveryRegime() {
        Scenario d = TestScenarios.degenerate(0.5, 2);
        ProductLine steel = new ProductLine("steel", "72", 3.68, Map.of("NEGOTIATING", 0.5, "COLLAPSED", 0.5), 0.5,
            false, null);
        Scenario s = d.toBuilder().lines(List.of(steel)).horizonMonths(12).discountRate(0).build();
        Map<String, MetricStatistics> r = Runs.metrics(s, 1, 1);
        double f = TradeEffects.valueFactor(0.5, 2, 0.5);
        double demand = 0;
        for (int t = 0; t < 12; t++) {
            demand += Math.exp(0.01 * t / 12.0);
        }
        assertThat(r.get("lines.steel.exportValue").mean()).isCloseTo(3.68 / 12 * demand * f, within(1e-12));
        assertThat(r.get("dealSavings").mean()).isZero();
    }
}
