package dev.tariffsim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import org.junit.jupiter.api.Test;

final class BreakEvenTest {
    /** Pass-through 0.55, elasticity 2.25, no volatility, always in DEAL: every path is the same. */
    private static final Scenario FLAT = TestScenarios.degenerate(0.55, 2.25);

    private static double factor(double tau) {
        double p = 1 + 0.55 * tau;
        return Math.pow(p, -2.25) * p / (1 + tau);
    }

    /** dealSavings in closed form (ClosedFormTest): v (f(deal) - f(0.25)) sum_t DF_t D_t. */
    private static double dealSavings(double deal) {
        double dt = 1.0 / 12;
        double rho = Math.exp((0.01 - 0.04) * dt);
        double discountedDemand = Math.exp(-0.04 * dt) * (1 - Math.pow(rho, 120)) / (1 - rho);
        return (34.74 + 8.22) / 12 * (factor(deal) - factor(0.25)) * discountedDemand;
    }

    @Test
    void findsTheKnownDealRateWithinItsInterval() {
        double target = dealSavings(0.2);
        BreakEvenResult r = BreakEven.solve(RunSettings.of(64, 3), FLAT, "lines.*.rates.DEAL", 0.05, 0.24,
            Statistic.mean("dealSavings"), target, 1e-7);
        assertThat(r.interval().contains(0.2)).as("%s", r).isTrue();
        assertThat(r.interval().halfWidth()).isLessThan(1e-6);
        assertThat(r.stdErrorAtRoot()).isZero();
        // d dealSavings / d rate < 0: a higher deal rate saves less
        assertThat(r.slope()).isNegative();
        assertThat(r.slope()).isCloseTo((dealSavings(0.2001) - dealSavings(0.1999)) / 0.0002,
            org.assertj.core.api.Assertions.within(1e-3 * Math.abs(r.slope())));
    }

    @Test
    void aNoisyRootHasAnIntervalFromTheMetricsStandardError() {
        Scenario ref = TestScenarios.reference();
        BreakEvenResult r = BreakEven.solve(RunSettings.of(2_000, 3), ref, "lines.*.rates.DEAL", 0.0, 0.25,
            Statistic.mean("dealSavings"), 20, 1e-5);
        assertThat(r.root()).isBetween(0.0, 0.25);
        assertThat(r.valueAtRoot()).isCloseTo(20, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(r.interval().halfWidth()).isGreaterThan(1.9 * r.stdErrorAtRoot() / Math.abs(r.slope()));
    }

    @Test
    void anUnbracketedTargetSaysWhatTheEndsGive() {
        assertThatThrownBy(() -> BreakEven.solve(RunSettings.of(16, 3), FLAT, "lines.*.rates.DEAL", 0.05, 0.24,
            Statistic.mean("dealSavings"), 1e6, 1e-6))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("the target mean dealSavings = 1000000.0 is not bracketed by lines.*.rates.DEAL "
                + "in [0.05, 0.24]: mean dealSavings is ");
    }
}
