package dev.tariffsim.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class QuasiRandomDesignTest {
    private static final List<QuasiRandomBlock> BLOCKS = List.of(QuasiRandomBlock.uniforms("a", 30));

    /**
     * Sobol' points 0 .. 2^m - 1 form a (t, m, s)-net; a linear matrix scramble with a digital shift keeps that. In one
     * dimension t = 0: each of the 2^m intervals of width 2^-m holds exactly one point, in every dimension and every
     * replicate. In dimensions 0 and 1, t = 0 as well: every elementary box of area 2^-m holds exactly one point.
     * Deterministic; wrong direction numbers, a wrong scramble or a wrong point-to-path map break it.
     */
    @Test
    void everyReplicateIsANetInEachDimensionAndInTheFirstTwo() {
        int replicates = 4;
        int m = 10;
        QuasiRandomDesign d = QuasiRandomDesign.of(BLOCKS, 99, replicates);
        double[][] pts = new double[1 << m][];
        for (int r = 0; r < replicates; r++) {
            for (int k = 0; k < 1 << m; k++) {
                pts[k] = new double[30];
                d.point((long) k * replicates + r, pts[k]);
            }
            for (int j = 0; j < 30; j++) {
                int[] cells = new int[1 << m];
                for (double[] p : pts) {
                    assertThat(p[j]).isStrictlyBetween(0.0, 1.0);
                    cells[(int) (p[j] * (1 << m))]++;
                }
                assertThat(cells).as("replicate %d dimension %d", r, j).containsOnly(1);
            }
            for (int a = 0; a <= m; a++) {
                int[] boxes = new int[1 << m];
                for (double[] p : pts) {
                    boxes[((int) (p[0] * (1 << a)) << (m - a)) | (int) (p[1] * (1 << (m - a)))]++;
                }
                assertThat(boxes).as("replicate %d boxes 2^-%d x 2^-%d", r, a, m - a).containsOnly(1);
            }
        }
    }

    /** A cursor's incremental points equal the points computed afresh, in any order of paths. */
    @Test
    void aCursorGivesTheSamePointsInAnyOrder() {
        QuasiRandomDesign d = QuasiRandomDesign.of(BLOCKS, 8, 4);
        QuasiRandomDesign.Cursor c = new QuasiRandomDesign.Cursor(d);
        double[] a = new double[30];
        double[] b = new double[30];
        long[] order = {0, 1, 2, 3, 4, 5, 9, 13, 17, 4096, 4100, 6, 7, 8, 1 << 20, (1 << 20) + 4, 10, 11};
        for (long i : order) {
            c.point(i, a);
            d.point(i, b);
            assertThat(a).as("path %d", i).containsExactly(b);
        }
    }

    @Test
    void replicatesDifferAndTheDesignIsReproducible() {
        double[] x = new double[30];
        double[] y = new double[30];
        double[] z = new double[30];
        QuasiRandomDesign.of(BLOCKS, 5, 16).point(37, x);
        QuasiRandomDesign.of(BLOCKS, 5, 16).point(37, y);
        QuasiRandomDesign.of(BLOCKS, 6, 16).point(37, z);
        assertThat(y).containsExactly(x);
        assertThat(z).isNotEqualTo(x);
        QuasiRandomDesign.of(BLOCKS, 5, 16).point(38, z);
        assertThat(z).isNotEqualTo(x);
    }

    /**
     * The scramble makes each point uniform: over 4,096 seeds, point 5 of replicate 0 in dimension 3 has mean 1/2
     * and variance 1/12. Tolerances of 4.5 standard errors (sd of the mean 0.0045, of the variance about 0.0013):
     * false-failure probability below 1e-5.
     */
    @Test
    void aScrambledPointIsUniform() {
        double[] p = new double[30];
        Uniformity.assertUniformOverSeeds(seed -> {
            QuasiRandomDesign.of(BLOCKS, seed, 2).point(10, p);
            return p[3];
        });
    }

    /** The quantile inverts the normal CDF to 1e-12 relative (commons-math3's CDF as the reference), in the body and in both far tails. */
    @Test
    void theNormalQuantileInvertsTheCdf() {
        org.apache.commons.math3.distribution.NormalDistribution n =
            new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        for (double u : new double[] {0x1.0p-53, 1e-12, 1e-8, 1e-5, 9.99e-4, 1e-3, 0.02, 0.3, 0.5}) {
            double x = NormalQuantile.of(u);
            assertThat(n.cumulativeProbability(x)).as("u = %s", u).isCloseTo(u, org.assertj.core.data.Offset.offset(
                u * 1e-12));
            assertThat(NormalQuantile.of(1 - u)).isCloseTo(-NormalQuantile.of(u), org.assertj.core.data.Offset.offset(
                Math.ulp(1.0) * 1e3 / n.density(NormalQuantile.of(u))));
        }
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959963984540054, org.assertj.core.data.Offset.offset(1e-14));
        assertThat(NormalQuantile.lowerTail(5, Math.exp(-12.5) / Math.sqrt(2 * Math.PI)))
            .isCloseTo(2.866515718791939e-7, org.assertj.core.data.Offset.offset(1e-21));
    }

    @Test
    void badDesignsAreRefusedWithTheField() {
        assertThatThrownBy(() -> QuasiRandomDesign.of(BLOCKS, 1, 12)).hasMessageContaining("replicates");
        assertThatThrownBy(() -> QuasiRandomDesign.of(List.of(), 1, 16)).hasMessageContaining("blocks");
        assertThatThrownBy(() -> QuasiRandomDesign.of(List.of(QuasiRandomBlock.uniforms("a", 1001)), 1, 16))
            .hasMessageContaining("quasi-random dimensions");
        assertThatThrownBy(() -> QuasiRandomBlock.brownian("m", 3, 10, 11)).hasMessageContaining("levels");
    }

    /**
     * The bridge's increments are independent standard normals: over 20,000 sets of normals, the variance of
     * increments 0, 7 and 9 is 1 and their covariances 0, within 5 standard errors (about 0.01 each): false-failure
     * probability below 1e-5. Their sum is the end point {@code sqrt(steps) z0}, exactly up to rounding.
     */
    @Test
    void theBrownianBridgeGivesIndependentUnitIncrements() {
        int steps = 10;
        BrownianBridge b = new BrownianBridge(steps);
        Lxm rng = new Lxm(3);
        double[] z = new double[steps];
        double[] w = new double[steps + 1];
        double[] inc = new double[steps];
        int n = 20_000;
        double v0 = 0;
        double v7 = 0;
        double c07 = 0;
        double c79 = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < steps; k++) {
                z[k] = rng.nextGaussian();
            }
            b.increments(z, w, inc, 0, 1);
            double sum = 0;
            for (double x : inc) {
                sum += x;
            }
            assertThat(sum).isCloseTo(Math.sqrt(steps) * z[0], org.assertj.core.data.Offset.offset(1e-12));
            v0 += inc[0] * inc[0];
            v7 += inc[7] * inc[7];
            c07 += inc[0] * inc[7];
            c79 += inc[7] * inc[9];
        }
        assertThat(v0 / n).isCloseTo(1, org.assertj.core.data.Offset.offset(0.05));
        assertThat(v7 / n).isCloseTo(1, org.assertj.core.data.Offset.offset(0.05));
        assertThat(c07 / n).isCloseTo(0, org.assertj.core.data.Offset.offset(0.036));
        assertThat(c79 / n).isCloseTo(0, org.assertj.core.data.Offset.offset(0.036));
    }
}
