package dev.tariffsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class ControlledMeanTest {
    /**
     * Under a normal linear model {@code y = 3 + 2 x1 - x2 + e} the controlled interval (t with G - 1 - p degrees of
     * freedom, coefficients estimated) covers the true mean 3 + 2 E[x1] - E[x2] with probability exactly 95%, even
     * with only 16 units and 2 controls. Over 400 seeds, accepted: 366 to 393 covering (binomial(400, 0.95) has sd
     * 4.36: the band is about 3.1 sd wide on each side, false-failure probability about 0.3%).
     */
    @Test
    void theIntervalCoversAtItsStatedRateWithFewUnits() {
        SplittableRandom rng = new SplittableRandom(2024);
        int covered = 0;
        for (int seed = 0; seed < 400; seed++) {
            int g = 16;
            double[] y = new double[g];
            double[][] x = new double[2][g];
            for (int i = 0; i < g; i++) {
                x[0][i] = 1 + normal(rng);
                x[1][i] = -2 + 3 * normal(rng);
                y[i] = 3 + 2 * x[0][i] - x[1][i] + 0.5 * normal(rng);
            }
            ControlledMean c = ControlledMean.of(y, x, new double[] {1, -2}, g);
            if (Math.abs(c.mean() - 7) <= c.critical() * c.stdError()) {
                covered++;
            }
        }
        assertThat(covered).isBetween(366, 393);
    }

    @Test
    void aPerfectControlLeavesOnlyTheResidualError() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 10_000;
        double[] y = new double[n];
        double[][] x = new double[1][n];
        for (int i = 0; i < n; i++) {
            x[0][i] = 10 * normal(rng);
            y[i] = 4 * x[0][i] + 0.01 * normal(rng);
        }
        ControlledMean c = ControlledMean.of(y, x, new double[] {0}, n);
        assertThat(c.coefficients()[0]).isCloseTo(4, within(1e-3));
        assertThat(c.stdError()).isCloseTo(0.01 / Math.sqrt(n), within(0.2 * 0.01 / Math.sqrt(n)));
        assertThat(c.mean()).isCloseTo(0, within(5 * 0.01 / Math.sqrt(n)));
        assertThat(c.critical()).isCloseTo(1.96, within(0.001));
    }

    @Test
    void unitsArePathsPairMeansOrReplicateMeans() {
        double[] v = {1, 3, 5, 7, 9, 11, 13, 15};
        double[] out = new double[8];
        assertThat(ControlledMean.units(v, 8, 2, out)).isEqualTo(4);
        assertThat(out).startsWith(2, 6, 10, 14);
        assertThat(ControlledMean.units(v, 8, -4, out)).isEqualTo(4);
        assertThat(out).startsWith(5, 7, 9, 11);
        ControlledMean none = ControlledMean.of(new double[] {1, 2, 3}, new double[][] {{1, 2, 3}}, new double[] {2}, 2);
        assertThat(none.stdError()).isNaN();
    }

    private static double normal(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
