package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
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
    private static final class Capture implements PathRecorder {
        final double[] values;

        Capture(int metrics) {
            values = new double[metrics];
        }

        @Override
        public void metric(int metric, double value) {
            values[metric] = value;
        }

        @Override
        public void series(int series, int step, double value) {
        }

        @Override
        public boolean recordsSeries() {
            return false;
        }
    }

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
        Capture c = new Capture(spec.metrics().size());
        for (int path = 0; path < 500; path++) {
            random.startPath(path);
            sim.simulate(c);
            double[] v = c.values;
            double identity = v[spec.metricIndex("dealSavings")] - v[spec.metricIndex("contributions")]
                + v[spec.metricIndex("koreaReceipts")] - v[spec.metricIndex("shipbuildingNet")]
                - v[spec.metricIndex("financingCost")];
            assertThat(v[spec.metricIndex("netDealValue")]).as("path %d", path).isCloseTo(identity, within(1e-9));
            assertThat(v[spec.metricIndex("netDealValue")]).isCloseTo(v[spec.metricIndex("dealSavings")]
                - v[spec.metricIndex("investmentNetCost")], within(1e-9));
            // The US side: the tariff collected is the tariff paid.
            assertThat(v[spec.metricIndex("tariffPaid")]).isEqualTo(v[spec.metricIndex("usTariffRevenue")]);
            double byYear = 0;
            for (int y = 2025; y <= 2035; y++) {
                byYear += v[spec.metricIndex("calendar." + y + ".contributions")];
            }
            assertThat(byYear).as("calendar years add up to the paid-in total").isGreaterThanOrEqualTo(
                v[spec.metricIndex("contributions")]);
        }
    }
}
