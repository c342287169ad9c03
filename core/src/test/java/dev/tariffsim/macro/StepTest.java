package dev.tariffsim.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class StepTest {
    private static final double DT = 1.0 / 12;

    @Test
    void fxStepRevertsTowardsTheLongRunAndAddsTheScaledShock() {
        FxStep step = new FxProcess(1430, 1400, 1.0, 0.10).discretise(DT);
        double x0 = step.initialLogRate();
        assertThat(x0).isEqualTo(Math.log(1430));
        double expected = x0 + DT * (Math.log(1400) - x0) + 0.10 * Math.sqrt(DT) * 1.5;
        assertThat(step.next(x0, 1.5)).isCloseTo(expected, within(1e-14));
    }

    @Test
    void fxStepWithoutVolatilityConvergesGeometricallyToTheLongRun() {
        FxStep step = new FxProcess(1600, 1400, 2.0, 0).discretise(DT);
        double x = step.initialLogRate();
        for (int t = 0; t < 120; t++) {
            x = step.next(x, 3.0);
        }
        double gap = Math.pow(1 - 2.0 * DT, 120) * (Math.log(1600) - Math.log(1400));
        assertThat(x - Math.log(1400)).isCloseTo(gap, within(1e-12));
    }

    @Test
    void demandStepWithoutVolatilityGrowsAtTheDrift() {
        DemandStep step = new DemandProcess(0.02, 0).discretise(DT);
        double d = 1;
        for (int t = 0; t < 12; t++) {
            d = step.next(d, -2.0);
        }
        assertThat(d).isCloseTo(Math.exp(0.02), within(1e-14));
    }

    @Test
    void demandStepIsTheLognormalMultiplier() {
        DemandStep step = new DemandProcess(0.01, 0.08).discretise(DT);
        double a = (0.01 - 0.5 * 0.08 * 0.08) * DT;
        assertThat(step.next(2.0, 0.7)).isCloseTo(2.0 * Math.exp(a + 0.08 * Math.sqrt(DT) * 0.7), within(1e-14));
    }

    @Test
    void aStepNeedsAPositiveTimeStep() {
        assertThatThrownBy(() -> new DemandProcess(0, 0.1).discretise(0)).hasMessageContaining("dt");
        assertThatThrownBy(() -> new FxProcess(1, 1, 1, 0.1).discretise(Double.NaN)).hasMessageContaining("dt");
    }
}
