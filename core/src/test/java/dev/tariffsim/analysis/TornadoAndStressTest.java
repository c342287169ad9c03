package dev.tariffsim.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.stats.Tail;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TornadoAndStressTest {
    private static final Scenario REF = TestScenarios.reference();

    @Test
    void barsAreSortedBySwingAndRandomInputsUseTheirP10AndP90() {
        TornadoResult t = Tornado.run(RunSettings.of(2_000, 8), REF, List.of(
            new Tornado.Input("pledge.waterfall.shareAfterRecoup", 0.05, 0.2),
            Tornado.Input.random(REF, "trade.passThrough"),
            new Tornado.Input("lines.*.rates.DEAL", 0.10, 0.20)), "dealSavings");
        assertThat(t.bars()).extracting(TornadoResult.Bar::path).endsWith("pledge.waterfall.shareAfterRecoup");
        TornadoResult.Bar pass = t.bars().stream().filter(b -> b.path().equals("trade.passThrough")).findFirst()
            .orElseThrow();
        assertThat(pass.low()).isCloseTo(0.35, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(pass.high()).isCloseTo(0.75, org.assertj.core.api.Assertions.within(1e-12));
        TornadoResult.Bar deal = t.bars().stream().filter(b -> b.path().equals("lines.*.rates.DEAL")).findFirst()
            .orElseThrow();
        assertThat(deal.swing().mean()).isNegative();
        assertThat(deal.swing().mean()).isCloseTo(deal.atHigh().mean() - deal.atLow().mean(),
            org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Math.abs(t.bars().get(0).swing().mean())).isGreaterThanOrEqualTo(Math.abs(t.bars().get(1).swing().mean()));
        assertThat(t.bars().get(2).swing().mean()).isZero();
    }

    @Test
    void theWorstDealSavingsPathsHaveHighElasticityOrLittleTimeInTheDeal() {
        StressResult s = StressTest.run(RunSettings.of(4_000, 2), new ScenarioModel(REF), "dealSavings", 0.05,
            Tail.LOWER);
        assertThat(s.tailPaths()).isEqualTo(200);
        StressResult.Shift months = s.shifts().stream().filter(x -> x.name().equals("monthsInDeal")).findFirst()
            .orElseThrow();
        // the lowest savings come from paths that spent little time in the deal: far below average
        assertThat(months.z()).isLessThan(-1);
        assertThat(s.shifts()).extracting(StressResult.Shift::name).doesNotContain("dealSavings");
        for (int i = 1; i < s.shifts().size(); i++) {
            assertThat(Math.abs(s.shifts().get(i).z())).isLessThanOrEqualTo(Math.abs(s.shifts().get(i - 1).z()));
        }
        StressResult again = StressTest.run(RunSettings.of(4_000, 2).withThreads(1), new ScenarioModel(REF),
            "dealSavings", 0.05, Tail.LOWER);
        assertThat(again).isEqualTo(s);
    }

    /**
     * Issue 13, point 6: the path summaries (the average won, the investment return) are ranked too. With the deal
     * in force throughout (identity transitions from DEAL), what varies Korea's receipts is the vehicle.
     */
    @Test
    void theWorstReceiptsPathsHadAPoorInvestmentReturn() {
        Scenario inDeal = REF.toBuilder().regimes(dev.tariffsim.tariff.RegimeChain.of(
            REF.regimes().regimes(), "DEAL", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}})).build();
        StressResult s = StressTest.run(RunSettings.of(4_000, 2), new ScenarioModel(inDeal), "koreaReceipts", 0.05,
            Tail.LOWER);
        StressResult.Shift vehicle = s.shifts().stream().filter(x -> x.name().equals("vehicleReturn")).findFirst()
            .orElseThrow();
        // Korea's receipts are its share of the vehicle's distributions and value: the worst follow poor returns
        assertThat(vehicle.z()).isLessThan(-1);
        assertThat(vehicle.unit()).isEqualTo("annual rate");
        assertThat(s.shifts()).filteredOn(x -> x.name().equals("avgFxRate"))
            .singleElement().satisfies(x -> assertThat(x.unit()).isEqualTo("KRW per USD"));
    }

    /**
     * Issue 13, point 5: every distribution of the scenario is a random input with a P10/P90 default, not only
     * pass-through and elasticity.
     */
    @Test
    void everyDistributionOfTheScenarioIsARandomInput() {
        Scenario market = REF.toBuilder().trade(new dev.tariffsim.trade.TradeResponse(REF.trade().passThrough(),
            REF.trade().elasticity(), dev.tariffsim.random.Distribution.uniform(2.0, 5.6),
            dev.tariffsim.random.Distribution.uniform(0.5, 2.0))).build();
        assertThat(ScenarioParameters.randomInputs(market)).containsOnlyKeys("trade.passThrough", "trade.elasticity",
            "trade.substitution", "trade.marketElasticity");
        Tornado.Input sigma = Tornado.Input.random(market, "trade.substitution");
        assertThat(sigma.low()).isCloseTo(2.36, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(sigma.high()).isCloseTo(5.24, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Tornado.Input.random(market, "trade.marketElasticity").high())
            .isCloseTo(1.85, org.assertj.core.api.Assertions.within(1e-12));
    }

    /** Issue 13, point 7: by default only the model's drivers are ranked, not the target's accounting parts. */
    @Test
    void theStressTestRanksTheDriversByDefaultAndEverythingOnRequest() {
        ScenarioModel model = new ScenarioModel(REF);
        StressResult s = StressTest.run(RunSettings.of(1_000, 2), model, "netDealValue", 0.05, Tail.LOWER);
        assertThat(s.shifts()).extracting(StressResult.Shift::name).isNotEmpty()
            .allMatch(model.outputs().drivers()::contains)
            .contains("inputs.passThrough", "monthsInDeal", "avgFxRate", "vehicleReturn")
            .doesNotContain("dealSavings", "contributions");
        StressResult all = StressTest.run(RunSettings.of(1_000, 2), model, "netDealValue", 0.05, Tail.LOWER, true);
        assertThat(all.shifts()).extracting(StressResult.Shift::name).contains("dealSavings", "monthsInDeal");
        assertThat(all.shifts().size()).isGreaterThan(s.shifts().size() + 20);
    }

    /** Issue 13, point 8: for an event, the stressed paths are those where it occurred, not a tail of ties. */
    @Test
    void anEventsStressedPathsAreThoseWhereItOccurred() {
        ScenarioModel model = new ScenarioModel(REF);
        RunSettings settings = RunSettings.of(2_000, 4);
        CapturedPaths cap = CapturedPaths.run(settings, model, List.of());
        double[] breach = cap.values[cap.indexOf("reserveBreach")];
        double[] months = cap.values[cap.indexOf("monthsInDeal")];
        int k = 0;
        double monthsOnBreach = 0;
        for (int p = 0; p < breach.length; p++) {
            if (breach[p] == 1) {
                k++;
                monthsOnBreach += months[p];
            }
        }
        assertThat(k).as("breaches in the reference run").isBetween(1, breach.length - 1);
        double expectedMonths = monthsOnBreach / k;
        StressResult s = StressTest.run(settings, model, "reserveBreach", 0.05, Tail.LOWER);
        assertThat(s.tailPaths()).isEqualTo(k);
        assertThat(s.fraction()).isEqualTo((double) k / breach.length);
        assertThat(s.tail()).isEqualTo(Tail.UPPER);
        assertThat(s.threshold()).isEqualTo(1);
        assertThat(s.shifts()).filteredOn(x -> x.name().equals("monthsInDeal")).singleElement()
            .satisfies(x -> assertThat(x.meanTail()).isCloseTo(expectedMonths,
                org.assertj.core.api.Assertions.within(1e-9)));
    }
}
