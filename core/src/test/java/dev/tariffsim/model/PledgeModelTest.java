package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PathRange;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.pledge.CapitalCalls;
import dev.tariffsim.pledge.CashTranche;
import dev.tariffsim.pledge.InvestmentVehicle;
import dev.tariffsim.pledge.Pledge;
import dev.tariffsim.pledge.Waterfall;
import dev.tariffsim.random.Distribution;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.trade.TradeResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;


/** The pledge inside the scenario model: the waterfall's switch, capital calls and snap-backs. */
final class PledgeModelTest {
    private static final double DT = 1.0 / 12;

    private static Map<String, MetricStatistics> deterministic(Scenario s) {
        return MonteCarlo.builder().seed(1).antithetic(false).recordSeries(false).build().simulate(new ScenarioModel(s), new PathRange(0, 1)).metricStatistics();
    }

    /**
     * A vehicle yielding 60% a year recoups Korea's 200 bn within the horizon: Korea's share must fall from k1 to k2
     * in the first month that starts with receipts at or above the principal, and in no other month.
     */
    @Test
    void koreasShareSwitchesExactlyWhenReceiptsReachThePrincipal() {
        Scenario base = TestScenarios.degenerate(0.5, 2);
        double yield = 0.6;
        Scenario s = base.toBuilder().pledge(new Pledge(base.pledge().cash(), new InvestmentVehicle(0, yield, 0),
            base.pledge().waterfall(), base.pledge().shipbuilding())).build();
        double c = 20.0 / 12;
        double growth = Math.exp(yield * DT);
        double nav = 0;
        double paid = 0;
        double receipts = 0;
        double pv = 0;
        int switchedAt = -1;
        for (int t = 0; t < 120; t++) {
            double gross = (nav + c) * growth;
            double d = yield * DT * gross;
            nav = gross - d;
            paid += c;
            boolean before = receipts < paid;
            if (!before && switchedAt < 0) {
                switchedAt = t;
            }
            double korea = (before ? 0.5 : 0.1) * d;
            receipts += korea;
            pv += Math.exp(-0.04 * (t + 1) * DT) * korea;
        }
        pv += (receipts < paid ? 0.5 : 0.1) * nav * Math.exp(-0.04 * 120 * DT);
        assertThat(switchedAt).as("the principal is recouped within the horizon").isBetween(1, 118);
        assertThat(deterministic(s).get("koreaReceipts").mean()).isCloseTo(pv, within(1e-10 * pv));
        // Had the share not switched, Korea would have received more.
        Scenario noSwitch = s.toBuilder().pledge(new Pledge(s.pledge().cash(), s.pledge().vehicle(),
            new Waterfall(0.5, 0.5, 0), s.pledge().shipbuilding())).build();
        assertThat(deterministic(noSwitch).get("koreaReceipts").mean()).isGreaterThan(pv + 1);
    }

    @Test
    void refusedCallsSnapTheTariffBack() {
        Scenario r = TestScenarios.reference();
        // Two calls of about 15 bn a month against a 20 bn annual cap: refusals are certain, and each snaps back.
        Scenario s = r.toBuilder()
            .trade(new TradeResponse(Distribution.fixed(0.5), Distribution.fixed(2)))
            .pledge(new Pledge(new CashTranche(200, 20, 1550, 0.5, new CapitalCalls(24, Math.log(15), 0.1, 45, 1.0,
                "COLLAPSED")), r.pledge().vehicle(), r.pledge().waterfall(), r.pledge().shipbuilding()))
            .build();
        SimulationResult result = MonteCarlo.builder().paths(2_000).seed(4).threads(2).build().run(new ScenarioModel(s));
        SimulationResult calm = MonteCarlo.builder().paths(2_000).seed(4).threads(2).build()
            .run(new ScenarioModel(TestScenarios.reference()));
        assertThat(result.metric("snapBack").probability()).isGreaterThan(0.9);
        assertThat(result.metric("refusedCalls").mean()).isGreaterThan(1);
        assertThat(result.metric("monthsInDeal").mean()).isLessThan(calm.metric("monthsInDeal").mean() / 2);
        assertThat(result.metric("contributions").max()).isLessThanOrEqualTo(200);
    }

    @Test
    void scenarioLevelValidationNamesTheField() {
        Scenario r = TestScenarios.reference();
        assertThatThrownBy(() -> r.toBuilder().pledge(new Pledge(new CashTranche(200, 20, 1550, 0.5,
            new CapitalCalls(6, 1, 0.5, 45, 0.5, "CRISIS")), r.pledge().vehicle(), r.pledge().waterfall(),
            r.pledge().shipbuilding())).build())
            .hasMessageContaining("pledge.cash.capitalCalls.snapBackRegime").hasMessageContaining("CRISIS");
        assertThatThrownBy(() -> new TradeResponse(Distribution.uniform(0.3, 0.8), Distribution.normal(2, 1)))
            .hasMessageContaining("elasticity").hasMessageContaining("[0, 20]");
        assertThatThrownBy(() -> new TradeResponse(Distribution.uniform(0.3, 1.8), Distribution.fixed(2)))
            .hasMessageContaining("passThrough");
        assertThatThrownBy(() -> r.toBuilder().horizonMonths(0).build()).hasMessageContaining("horizonMonths");
        assertThatThrownBy(() -> r.toBuilder().discountRate(Double.NaN).build()).hasMessageContaining("discountRate");
    }
}
