package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.random.Distribution;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.tariff.Displacement;
import dev.tariffsim.tariff.Market;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.Rival;
import dev.tariffsim.trade.TradeEffects;
import dev.tariffsim.trade.TradeResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rivals and the market (issue 12, item 1) and local production (item 2): limiting cases and closed forms. */
final class MarketAndLocalProductionTest {
    private static final Map<String, Double> RIVAL_RATES = Map.of("NEGOTIATING", 0.275, "DEAL", 0.15,
        "COLLAPSED", 0.275);

    private static Scenario withLines(Scenario s, Market market, Displacement d) {
        return withLines(s, market, d, s.trade());
    }

    private static Scenario withLines(Scenario s, Market market, Displacement d, TradeResponse trade) {
        List<ProductLine> lines = new ArrayList<>();
        for (ProductLine l : s.lines()) {
            lines.add(l.withMarket(market, d));
        }
        return s.toBuilder().lines(lines).trade(trade).build();
    }

    private static Market market() {
        return new Market(0.09, List.of(new Rival("japan", 0.08, RIVAL_RATES, null),
            new Rival("mexico", 0.18, Map.of("NEGOTIATING", 0.15, "DEAL", 0.15, "COLLAPSED", 0.15), null)));
    }

    @Test
    void equalSubstitutionAndMarketElasticityReduceToTheOwnPriceCurveWhateverTheRivals() {
        Scenario base = TestScenarios.reference();
        Distribution eps = Distribution.fixed(2.2);
        Scenario own = base.toBuilder().trade(new TradeResponse(base.trade().passThrough(), eps)).build();
        Scenario rivals = withLines(own, market(), null, new TradeResponse(base.trade().passThrough(), eps, eps, eps));
        assertThat(Runs.differences(Runs.metrics(own, 200, 5), Runs.metrics(rivals, 200, 5))).isEmpty();
        // The pointwise identity: (p/P)^-s P^-s = p^-s for any P.
        assertThat(TradeEffects.volume(0.6, 2.2, 2.2, 0.25, 0.09)).isCloseTo(TradeEffects.volume(0.6, 2.2, 0.25),
            within(1e-15));
    }

    @Test
    void rivalsPayingTheSameTariffLeaveOnlyTheMarketResponse() {
        // All sources (no US-made share) pay tau: P = p, so q = p^-eta whatever sigma.
        double phi = 0.5;
        double tau = 0.25;
        double q = TradeEffects.volume(phi, 4.0, 1.1, tau, tau);
        assertThat(q).isCloseTo(Math.pow(1 + phi * tau, -1.1), within(1e-15));
        // A small supplier in a market where only it pays: P = 1 + phi sK tau -> q -> p^-sigma as sK -> 0.
        assertThat(TradeEffects.volume(phi, 4.0, 1.1, tau, 0)).isCloseTo(Math.pow(1 + phi * tau, -4.0),
            within(1e-15));
    }

    @Test
    void aZeroDisplacementScheduleChangesNothingAndAConstantOneScalesExports() {
        Scenario base = TestScenarios.degenerate(0.5, 2);
        Displacement zero = new Displacement(List.of(new Displacement.Step(YearMonth.of(2025, 1), 0)), List.of());
        assertThat(Runs.differences(Runs.metrics(base, 1, 1), Runs.metrics(withLines(base, null, zero), 1, 1)))
            .isEmpty();

        Displacement third = new Displacement(List.of(new Displacement.Step(YearMonth.of(2025, 1), 0.3)),
            List.of(new Displacement.Step(YearMonth.of(2025, 1), 0.6)));
        Map<String, MetricStatistics> a = Runs.metrics(base, 1, 1);
        Map<String, MetricStatistics> b = Runs.metrics(withLines(base, null, third), 1, 1);
        // The degenerate scenario stays in DEAL: every trade flow scales by 1 - 0.3.
        for (String m : List.of("lines.vehicles.exportValue", "lines.parts.tariffPaid", "tariffPaid",
            "koreaIncomeLoss", "exporterRevenueLoss", "dealSavings", "tariffPaidKrwTn", "tariffAbsorbed",
            "calendar.2026.exportValue.vehicles", "calendar.2027.dealSavings")) {
            assertThat(b.get(m).mean()).as(m).isCloseTo(0.7 * a.get(m).mean(), within(1e-12 * Math.abs(a.get(m).mean())));
        }
        assertThat(b.get("lines.vehicles.volumeChange").mean()).isCloseTo(a.get("lines.vehicles.volumeChange").mean(),
            within(1e-12));
    }

    @Test
    void displacementSwitchesWithTheDeal() {
        Displacement d = new Displacement(List.of(new Displacement.Step(YearMonth.of(2025, 1), 0.1),
            new Displacement.Step(YearMonth.of(2026, 1), 0.3)), List.of(new Displacement.Step(YearMonth.of(2025, 1), 0.5)));
        assertThat(d.share(YearMonth.of(2025, 12), true)).isEqualTo(0.1);
        assertThat(d.share(YearMonth.of(2026, 1), true)).isEqualTo(0.3);
        assertThat(d.share(YearMonth.of(2026, 1), false)).isEqualTo(0.5);
        assertThat(d.share(YearMonth.of(2024, 12), true)).isZero();
    }

    @Test
    void sharesOverOneAndMissingRivalRatesAreRefusedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Market(0.6,
            List.of(new Rival("japan", 0.5, RIVAL_RATES, null)))).hasMessageContaining("rivals");
        Scenario s = TestScenarios.reference();
        Market partial = new Market(0.1, List.of(new Rival("eu", 0.05, Map.of("DEAL", 0.15), null)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withLines(s, partial, null,
                new TradeResponse(s.trade().passThrough(), s.trade().elasticity(), Distribution.fixed(3),
                    Distribution.fixed(1))))
            .hasMessageContaining("lines[0].market.rivals[0].rates").hasMessageContaining("NEGOTIATING");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withLines(s, market(), null))
            .hasMessageContaining("trade.substitution").hasMessageContaining("lines[0] has a market");
    }
}
