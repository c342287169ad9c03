package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.engine.ResultAccumulator;
import dev.tariffsim.macro.DemandProcess;
import dev.tariffsim.macro.FxProcess;
import dev.tariffsim.macro.ObservedPath;
import dev.tariffsim.macro.SpotImpact;
import dev.tariffsim.pledge.CapitalCalls;
import dev.tariffsim.pledge.CashTranche;
import dev.tariffsim.pledge.Pledge;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The MOU's timetable (issue 12, item 4), the won feeling the pledge (item 5) and observed paths (item 6): closed
 * forms on the degenerate reference (deal in force from month 0, no volatility) and limiting cases.
 */
final class TimetableAndFxTest {
    private static Scenario withCash(Scenario s, CashTranche c) {
        Pledge p = s.pledge();
        return s.toBuilder().pledge(new Pledge(c, p.vehicle(), p.waterfall(), p.shipbuilding())).build();
    }

    @Test
    void nothingIsPaidBeforeTheFirstPaymentMonth() {
        Scenario d = TestScenarios.degenerate(0.5, 2);                          // starts 2025-10, 20 bn a year
        Scenario late = withCash(d, new CashTranche(200, 20, 1550, 0.5, null, YearMonth.of(2026, 7), 1));
        SeriesBands paid = Runs.run(late, 1, 1).seriesBands().get("cumulativeContributions");
        assertThat(paid.mean(8)).isZero();                                       // 2026-06
        assertThat(paid.mean(9)).isCloseTo(20.0 / 12, within(1e-12));            // 2026-07
        assertThat(paid.mean(119)).isCloseTo(111 * 20.0 / 12, within(1e-9));
    }

    @Test
    void noCallIsNoticedAfterTheSelectionDeadline() {
        Scenario d = TestScenarios.degenerate(0.5, 2);
        CapitalCalls calls = new CapitalCalls(24, Math.log(1), 0.1, 45, 0, "COLLAPSED", YearMonth.of(2026, 9));
        Scenario s = withCash(d, new CashTranche(200, 20, 1550, 0.5, calls, YearMonth.of(2026, 1), 1));
        ResultAccumulator r = Runs.run(s, 200, 4);
        SeriesBands paid = r.seriesBands().get("cumulativeContributions");
        assertThat(paid.percentile(0.95, 2)).isZero();                          // before 2026-01
        // Calls noticed by 2026-09 (month 11) are paid within 2 more months; nothing after month 13.
        for (int t = 14; t < 120; t++) {
            assertThat(paid.mean(t)).isCloseTo(paid.mean(13), within(1e-12));
        }
        assertThat(paid.mean(13)).isGreaterThan(5);
    }

    @Test
    void aSafeguardGrantedWithProbabilityOneIsTheOldSafeguardAndZeroIsNone() {
        Scenario weak = TestScenarios.degenerate(0.5, 2).toBuilder().fx(new FxProcess(1700, 1700, 1.0, 0)).build();
        Scenario always = withCash(weak, new CashTranche(200, 20, 1550, 0.5, null, null, 1));
        Scenario never = withCash(weak, new CashTranche(200, 20, 1550, 0.5, null, null, 0));
        Scenario none = withCash(weak, new CashTranche(200, 20, Double.POSITIVE_INFINITY, 0.5, null));
        assertThat(Runs.differences(Runs.metrics(weak, 1, 1), Runs.metrics(always, 1, 1))).isEmpty();
        assertThat(Runs.differences(Runs.metrics(none, 1, 1), Runs.metrics(never, 1, 1))).isEmpty();
        // Granted on a share pg of paths: the mean contribution interpolates exactly between the two.
        // 4,000 paths, sd of the share sqrt(0.35 * 0.65 / 4000) = 0.0075: 4 SE fails with probability 6e-5.
        Scenario maybe = withCash(weak, new CashTranche(200, 20, 1550, 0.5, null, null, 0.65));
        double hi = Runs.metrics(never, 1, 1).get("contributions").mean();
        double lo = Runs.metrics(always, 1, 1).get("contributions").mean();
        double granted = (hi - Runs.metrics(maybe, 4000, 2).get("contributions").mean()) / (hi - lo);
        assertThat(granted).isCloseTo(0.65, within(4 * Math.sqrt(0.35 * 0.65 / 4000)));
    }

    @Test
    void spotPurchasesMoveTheLogRateByLambdaTimesSpotShareTimesPayments() {
        // No mean reversion, no volatility: x(t+1) = x(t) + lambda s c(t), c(t) = 20/12 a month, halved by the
        // safeguard once X(t) > 1,550 (the feedback: the pledge's purchases weaken the won, which trips the safeguard).
        Scenario d = TestScenarios.degenerate(0.5, 2).toBuilder()
            .fx(new FxProcess(1430, 1400, 0, 0, null, new SpotImpact(0.25, 0.004))).build();
        SeriesBands fx = Runs.run(d, 1, 1).seriesBands().get("fxRate");
        double x = Math.log(1430);
        int halved = 0;
        for (int t = 0; t < 120; t++) {
            assertThat(fx.mean(t)).isCloseTo(Math.exp(x), within(1e-9));
            double c = Math.exp(x) > 1550 ? 0.5 * 20.0 / 12 : 20.0 / 12;
            halved += Math.exp(x) > 1550 ? 1 : 0;
            x += 0.004 * 0.25 * c;
        }
        assertThat(halved).isGreaterThan(60);
        Scenario zero = d.toBuilder().fx(new FxProcess(1430, 1400, 0, 0, null, new SpotImpact(0.25, 0))).build();
        Scenario without = d.toBuilder().fx(new FxProcess(1430, 1400, 0, 0)).build();
        assertThat(Runs.differences(Runs.metrics(without, 1, 1), Runs.metrics(zero, 1, 1))).isEmpty();
    }

    @Test
    void anObservedPathSetsItsMonthsAndTheProcessContinuesFromItsLastValue() {
        ObservedPath obs = ObservedPath.of(1455.5, 1445.6, 1457.9, 1441.9);
        Scenario d = TestScenarios.degenerate(0.5, 2).toBuilder()
            .fx(new FxProcess(1455.5, 1400, 1.0, 0, obs, null))
            .demand(new DemandProcess(0.01, 0, ObservedPath.of(1.0, 0.9, 0.8))).build();
        ResultAccumulator r = Runs.run(d, 1, 1);
        SeriesBands fx = r.seriesBands().get("fxRate");
        for (int t = 0; t < 4; t++) {
            assertThat(fx.mean(t)).isCloseTo(obs.values().get(t), within(1e-9));
        }
        double x = Math.log(1441.9);
        for (int t = 4; t < 24; t++) {
            x = x + (1.0 / 12) * (Math.log(1400) - x);
            assertThat(fx.mean(t)).isCloseTo(Math.exp(x), within(1e-9));
        }
        // A one-value path equal to the initial rate is no observation at all.
        Scenario one = TestScenarios.degenerate(0.5, 2).toBuilder()
            .fx(new FxProcess(1430, 1400, 1.0, 0, ObservedPath.of(1430), null)).build();
        assertThat(Runs.differences(Runs.metrics(TestScenarios.degenerate(0.5, 2), 1, 1), Runs.metrics(one, 1, 1)))
            .isEmpty();
        assertThatThrownBy(() -> new FxProcess(1430, 1400, 1, 0.1, obs, null)).hasMessageContaining("initial")
            .hasMessageContaining("1455.5");
        assertThatThrownBy(() -> ObservedPath.of(1400, -1)).hasMessageContaining("observed[1]");
    }

    @Test
    void observedDemandScalesTheMonthsItCovers() {
        Scenario d = TestScenarios.degenerate(0.5, 2).toBuilder().horizonMonths(3).discountRate(0).build();
        Scenario obs = d.toBuilder().demand(new DemandProcess(0.01, 0, ObservedPath.of(1.0, 0.9, 0.8))).build();
        Map<String, MetricStatistics> a = Runs.metrics(d, 1, 1);
        Map<String, MetricStatistics> b = Runs.metrics(obs, 1, 1);
        double base = 1 + Math.exp(0.01 / 12) + Math.exp(0.02 / 12);
        assertThat(b.get("tariffPaid").mean()).isCloseTo(a.get("tariffPaid").mean() * 2.7 / base, within(1e-12));
    }
}
