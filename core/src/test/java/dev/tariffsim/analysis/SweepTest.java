package dev.tariffsim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.stats.MetricStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SweepTest {
    private static final Scenario REF = TestScenarios.reference();
    private static final List<String> METRICS = List.of("netDealValue", "dealSavings", "reserveBreach");

    private static double[] numbers(SweepResult r) {
        List<Double> out = new java.util.ArrayList<>();
        for (SweepResult.Point p : r.points()) {
            for (String m : METRICS) {
                MetricStatistics s = p.metrics().get(m);
                out.addAll(List.of(s.mean(), s.stdError(), s.quantile(0.05), s.quantile(0.95)));
            }
        }
        for (SweepResult.Step st : r.steps()) {
            for (String m : METRICS) {
                out.addAll(List.of(st.differences().get(m).mean(), st.differences().get(m).stdError()));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void aOneByFiveSweepIsTheSameWithOneAndTwoThreads() {
        List<Axis> axes = List.of(Axis.parse("pledge.cash.annualCap=10:40:7.5"));
        assertThat(axes.get(0).values()).containsExactly(10.0, 17.5, 25.0, 32.5, 40.0);
        SweepResult one = Sweep.run(RunSettings.of(3_000, 17).withThreads(1), REF, axes, METRICS);
        SweepResult two = Sweep.run(RunSettings.of(3_000, 17).withThreads(2), REF, axes, METRICS);
        assertThat(one.points()).hasSize(5);
        assertThat(one.steps()).hasSize(4);
        assertThat(numbers(two)).containsExactly(numbers(one));
    }

    @Test
    void pointsShareRandomNumbersSoNeighbourDifferencesAreTight() {
        SweepResult r = Sweep.run(RunSettings.of(3_000, 5).withThreads(2), REF,
            List.of(Axis.parse("lines.*.rates.DEAL=0.12,0.15"), Axis.parse("pledge.waterfall.shareAfterRecoup=0.1,0.2")),
            List.of("netDealValue", "dealSavings"));
        assertThat(r.points()).extracting(SweepResult.Point::values)
            .containsExactly(List.of(0.12, 0.1), List.of(0.12, 0.2), List.of(0.15, 0.1), List.of(0.15, 0.2));
        assertThat(r.steps()).extracting(SweepResult.Step::from).containsExactly(0, 2);
        SweepResult.Step s = r.steps().get(0);
        MetricStatistics a = r.points().get(0).metrics().get("netDealValue");
        MetricStatistics b = r.points().get(1).metrics().get("netDealValue");
        MetricStatistics d = s.differences().get("netDealValue");
        assertThat(d.mean()).isCloseTo(b.mean() - a.mean(), org.assertj.core.api.Assertions.within(1e-9));
        // common random numbers: the paired difference is far more precise than either point
        assertThat(d.stdError()).isLessThan(0.5 * a.stdError());
        // the split after recoupment does not touch the tariff side: dealSavings is identical path by path
        assertThat(s.differences().get("dealSavings").max()).isEqualTo(0.0);
        assertThat(s.differences().get("dealSavings").min()).isEqualTo(0.0);
        // a lower deal rate saves more
        assertThat(r.points().get(0).metrics().get("dealSavings").mean())
            .isGreaterThan(r.points().get(2).metrics().get("dealSavings").mean());
    }

    @Test
    void aBadValueFailsBeforeAnyRun() {
        assertThatThrownBy(() -> Sweep.run(RunSettings.of(1_000_000, 1), REF,
            List.of(Axis.parse("pledge.cash.annualCap=-10:40:10")), METRICS))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pledge.cash.annualCap = -10.0");
        assertThatThrownBy(() -> Axis.parse("pledge.cash.annualCap=10:x:5")).hasMessageContaining("\"x\"");
        assertThatThrownBy(() -> Sweep.run(RunSettings.of(100, 1), REF,
            List.of(Axis.parse("pledge.cash.annualCap=10")), List.of("nope"))).hasMessageContaining("nope");
    }
}
