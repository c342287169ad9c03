package dev.tariffsim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.engine.PathModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Known answers of pick-freeze Sobol indices. Each test checks every index against its analytic value with a
 * 99.9% bootstrap interval (fixed seeds), and that each interval is narrow enough (half-width below 0.05) for the
 * check to mean something. False-failure probability: with nominal coverage each interval misses with probability
 * 0.001, so a test of 2k indices fails falsely with probability at most 2k x 0.001 (Ishigami 0.6%, G-function 1%).
 */
final class SobolAnalysisTest {
    private static final SobolAnalysis.Bootstrap WIDE = new SobolAnalysis.Bootstrap(400, 0.999, 7);

    private static void check(SobolResult.Indices r, double[] first, double[] total) {
        for (int j = 0; j < first.length; j++) {
            SobolResult.ComponentIndex c = r.components().get(j);
            assertThat(c.firstOrderInterval().contains(first[j])).as("S of %s: %s", c.component(), c).isTrue();
            assertThat(c.totalInterval().contains(total[j])).as("ST of %s: %s", c.component(), c).isTrue();
            assertThat(c.firstOrderInterval().halfWidth()).as("S interval of %s", c.component()).isLessThan(0.05);
            assertThat(c.totalInterval().halfWidth()).as("ST interval of %s", c.component()).isLessThan(0.05);
        }
    }

    @Test
    void ishigamiIndicesMatchTheirAnalyticValues() {
        PathModel model = TestFunctions.ishigami(7, 0.1);
        List<Component> comps = Component.of(model);
        assertThat(comps).extracting(Component::name).containsExactly("x1", "x2", "x3");
        SobolResult r = SobolAnalysis.run(RunSettings.of(30_000, 11), model, comps, List.of("y"), WIDE);
        assertThat(r.evaluations()).isEqualTo(5L * 30_000);
        check(r.metric("y"), new double[] {0.3139, 0.4424, 0}, new double[] {0.5576, 0.4424, 0.2437});
        // the analytic variance: a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2
        double var = 49 / 8.0 + 0.1 * Math.pow(Math.PI, 4) / 5 + 0.01 * Math.pow(Math.PI, 8) / 18 + 0.5;
        assertThat(r.metric("y").variance()).isBetween(0.95 * var, 1.05 * var);
        // y rises with x2's distance from 0 only through sin^2: the rank correlation with u2 is near 0, with u1 positive
        assertThat(r.correlations()).extracting(SobolResult.Correlation::input)
            .containsExactly("inputs.x1", "inputs.x2", "inputs.x3");
        assertThat(r.correlations().get(0).rho()).isGreaterThan(0.3);
        assertThat(Math.abs(r.correlations().get(1).rho())).isLessThan(0.05);
    }

    @Test
    void gFunctionIndicesMatchTheirAnalyticValues() {
        double[] a = {0, 1, 4.5, 9, 99};
        double[][] exact = TestFunctions.gIndices(a);
        assertThat(exact[0][0]).isCloseTo(0.7164, org.assertj.core.api.Assertions.within(1e-4));
        SobolResult r = SobolAnalysis.run(RunSettings.of(30_000, 5), TestFunctions.gFunction(a),
            Component.of(TestFunctions.gFunction(a)), List.of("y"), WIDE);
        check(r.metric("y"), exact[0], exact[1]);
    }

    @Test
    void twoComponentRunIsTheSameWithOneAndTwoThreads() {
        PathModel model = TestFunctions.ishigami(7, 0.1);
        List<Component> comps = List.of(new Component("x1x3", Set.of("x1", "x3")), Component.stream("x2"));
        SobolAnalysis.Bootstrap boot = new SobolAnalysis.Bootstrap(50, 0.95, 3);
        SobolResult one = SobolAnalysis.run(RunSettings.of(5_000, 9).withThreads(1), model, comps, List.of("y"), boot);
        SobolResult two = SobolAnalysis.run(RunSettings.of(5_000, 9).withThreads(2), model, comps, List.of("y"), boot);
        assertThat(two).isEqualTo(one);
        assertThat(one.evaluations()).isEqualTo(4L * 5_000);
        // x1 and x3 together: S = S1 + S13 = 0.3139 + (0.5576 - 0.3139), with no interaction with x2
        assertThat(one.metric("y").component("x1x3").firstOrder()).isBetween(0.45, 0.65);
    }

    @Test
    void overlappingComponentsAreRejected() {
        PathModel model = TestFunctions.ishigami(7, 0.1);
        assertThatThrownBy(() -> SobolAnalysis.run(RunSettings.of(100, 1), model,
            List.of(Component.stream("x1"), new Component("both", Set.of("x1", "x2"))), List.of("y"),
            SobolAnalysis.Bootstrap.standard()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x1");
        assertThatThrownBy(() -> SobolAnalysis.run(RunSettings.of(100, 1), model, List.of(Component.stream("x4")),
            List.of("y"), SobolAnalysis.Bootstrap.standard()))
            .hasMessageContaining("x4").hasMessageContaining("[x1, x2, x3]");
        assertThatThrownBy(() -> SobolAnalysis.run(RunSettings.of(100, 1), model, List.of("nope")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}
