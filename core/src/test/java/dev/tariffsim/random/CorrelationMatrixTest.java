package dev.tariffsim.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class CorrelationMatrixTest {
    private static final double[][] REFERENCE = {{1, -0.3, 0.3}, {-0.3, 1, -0.2}, {0.3, -0.2, 1}};

    @Test
    void rootReproducesTheMatrix() {
        CorrelationMatrix c = CorrelationMatrix.of(REFERENCE);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += c.root(i, k) * c.root(j, k);
                }
                assertThat(s).isCloseTo(REFERENCE[i][j], within(1e-14));
            }
        }
        assertThat(c.root(0, 1)).isZero();
        assertThat(c.root(0, 0)).isEqualTo(1.0);
    }

    /** Sample correlations of 200,000 draws: standard error about (1 - rho^2)/sqrt(n) &lt; 0.0023; 4 SE. */
    @Test
    void sampledNormalsHaveTheRequestedCorrelation() {
        CorrelationMatrix c = CorrelationMatrix.of(REFERENCE);
        PathRandom r = new PathRandom(77, false);
        RandomStream s = r.stream("corr");
        r.startPath(0);
        int n = 200_000;
        double[] z = new double[3];
        double[] out = new double[3];
        double[][] sum = new double[3][3];
        for (int i = 0; i < n; i++) {
            c.sample(s, z, out);
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    sum[a][b] += out[a] * out[b];
                }
            }
        }
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                assertThat(sum[a][b] / n).isCloseTo(REFERENCE[a][b], within(4 * 0.0023 * Math.sqrt(2)));
            }
        }
    }

    @Test
    void acceptsASingularPositiveSemiDefiniteMatrix() {
        double[][] perfect = {{1, 1}, {1, 1}};
        CorrelationMatrix c = CorrelationMatrix.of(perfect);
        double[] out = new double[2];
        c.correlate(new double[] {0.7, -1.3}, out);
        assertThat(out[1]).isCloseTo(out[0], within(1e-9));
    }

    @Test
    void rejectsInvalidMatricesNamingTheEntry() {
        assertThatThrownBy(() -> CorrelationMatrix.of(new double[][] {{1, 0.2}, {0.3, 1}}))
            .hasMessageContaining("correlation[0][1]").hasMessageContaining("symmetric");
        assertThatThrownBy(() -> CorrelationMatrix.of(new double[][] {{0.9, 0}, {0, 1}}))
            .hasMessageContaining("correlation[0][0]").hasMessageContaining("0.9");
        assertThatThrownBy(() -> CorrelationMatrix.of(new double[][] {{1, 0}, {0}}))
            .hasMessageContaining("correlation[1]");
        assertThatThrownBy(() -> CorrelationMatrix.of(new double[][] {{1, 1.2}, {1.2, 1}}))
            .hasMessageContaining("correlation[0][1]").hasMessageContaining("1.2");
        assertThatThrownBy(() -> CorrelationMatrix.of(new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}}))
            .hasMessageContaining("not positive semi-definite").hasMessageContaining("eigenvalue");
    }

    @Test
    void anAsymmetryWithinTheToleranceIsAcceptedAndFactored() {
        // 5e-10 apart: within the documented 1e-9, so no exception, and certainly none from commons-math
        double[][] m = {{1, 0.5, 0.2}, {0.5 + 5e-10, 1, 0.1}, {0.2, 0.1, 1 - 5e-10}};
        CorrelationMatrix c = CorrelationMatrix.of(m);
        assertThat(c.get(0, 1)).isEqualTo(c.get(1, 0));
        assertThat(c.get(2, 2)).isEqualTo(1.0);
    }
}
