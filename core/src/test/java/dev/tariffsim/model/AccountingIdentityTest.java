package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.engine.MetricCapture;
import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathSimulator;
import dev.tariffsim.random.PathRandom;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.tariff.ProductLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The accounting identity of docs/model.md, section 4, checked on every simulated path. */
final class AccountingIdentityTest {

    @Test
    void netDealValueIsSavingsMinusContributionsPlusReceiptsMinusShipbuildingMinusFinancingOnEveryPath() {
        Scenario base = TestScenarios.reference();
        List<ProductLine> lines = new ArrayList<>();
        for (ProductLine l : base.lines()) {
            lines.add(l.withIncome(0.72, 0.78, 0.5));
        }
        ScenarioModel model = new ScenarioModel(base.toBuilder().lines(lines).build());
        OutputSpec spec = model.outputs();
        PathRandom random = new PathRandom(7, false);
        PathSimulator sim = model.newSimulator(random);
        MetricCapture c = new MetricCapture(spec.metrics().size());
        for (int path = 0; path < 500; path++) {
            random.startPath(path);
            c.reset();
            sim.simulate(c);
            double identity = c.value(spec.metricIndex("dealSavings")) - c.value(spec.metricIndex("contributions"))
                + c.value(spec.metricIndex("koreaReceipts")) - c.value(spec.metricIndex("shipbuildingNet"))
                - c.value(spec.metricIndex("financingCost"));
            assertThat(c.value(spec.metricIndex("netDealValue"))).as("path %d", path).isCloseTo(identity, within(1e-9));
            assertThat(c.value(spec.metricIndex("netDealValue"))).isCloseTo(c.value(spec.metricIndex("dealSavings"))
                - c.value(spec.metricIndex("investmentNetCost")), within(1e-9));
            // The US side: the tariff collected is the tariff paid.
            assertThat(c.value(spec.metricIndex("tariffPaid"))).isEqualTo(c.value(spec.metricIndex("usTariffRevenue")));
            double byYear = 0;
            for (int y = 2025; y <= 2035; y++) {
                byYear += c.value(spec.metricIndex("calendar." + y + ".contributions"));
            }
            assertThat(byYear).as("calendar years add up to the paid-in total").isGreaterThanOrEqualTo(
                c.value(spec.metricIndex("contributions")));
        }
    }
}
