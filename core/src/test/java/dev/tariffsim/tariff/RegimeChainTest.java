package dev.tariffsim.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RegimeChainTest {
    private static final List<Regime> REGIMES = List.of(new Regime("NEGOTIATING", false), new Regime("DEAL", true),
        new Regime("COLLAPSED", false));
    private static final double[][] M = {{0.60, 0.35, 0.05}, {0, 0.995, 0.005}, {0, 0.02, 0.98}};

    /**
     * Empirical transition frequencies of 400 chains of 1,000 months against the matrix, within 4 binomial
     * standard errors per entry (9 entries: false-failure probability about 9 x 6.3e-5 = 6e-4). To visit every
     * state often, each chain restarts in a uniformly drawn state every 50 months.
     */
    @Test
    void empiricalTransitionFrequenciesMatchTheMatrix() {
        RegimeChain chain = RegimeChain.of(REGIMES, "NEGOTIATING", M);
        PathRandom random = new PathRandom(2025, false);
        RandomStream u = random.stream("regime");
        long[][] counts = new long[3][3];
        for (int path = 0; path < 400; path++) {
            random.startPath(path);
            int s = chain.initial();
            for (int t = 0; t < 1_000; t++) {
                if (t % 50 == 0) {
                    s = (int) (u.nextDouble() * 3);
                }
                int next = chain.next(s, u.nextDouble());
                counts[s][next]++;
                s = next;
            }
        }
        for (int i = 0; i < 3; i++) {
            long n = counts[i][0] + counts[i][1] + counts[i][2];
            for (int j = 0; j < 3; j++) {
                double p = M[i][j];
                double se = Math.sqrt(Math.max(p * (1 - p), 1e-12) / n);
                assertThat((double) counts[i][j] / n).as("M[%d][%d]", i, j).isCloseTo(p, within(4 * se + 1e-12));
            }
        }
    }

    @Test
    void nextTakesTheFirstStateWhoseCumulativeProbabilityExceedsTheDraw() {
        RegimeChain chain = RegimeChain.of(REGIMES, "NEGOTIATING", M);
        assertThat(chain.next(0, 0.0)).isEqualTo(0);
        assertThat(chain.next(0, 0.5999)).isEqualTo(0);
        assertThat(chain.next(0, 0.6)).isEqualTo(1);
        assertThat(chain.next(0, 0.9499)).isEqualTo(1);
        assertThat(chain.next(0, 0.95)).isEqualTo(2);
        assertThat(chain.next(1, 0.0)).isEqualTo(1);
    }

    @Test
    void forcedStretchesOverrideTheChain() {
        RegimeChain chain = RegimeChain.of(REGIMES, "NEGOTIATING", M,
            List.of(new ForcedRegime("DEAL", YearMonth.of(2025, 11), YearMonth.of(2026, 1))));
        int[] path = chain.forcedPath(YearMonth.of(2025, 10), 6);
        assertThat(path).containsExactly(-1, 1, 1, 1, -1, -1);
    }

    @Test
    void invalidChainsAreNamed() {
        assertThatThrownBy(() -> RegimeChain.of(REGIMES, "NEGOTIATING", new double[][] {{0.6, 0.3, 0.05}, M[1], M[2]}))
            .hasMessageContaining("transitions[0]").hasMessageContaining("summing to 1");
        assertThatThrownBy(() -> RegimeChain.of(REGIMES, "NEGOTIATING", new double[][] {{1.2, -0.2, 0}, M[1], M[2]}))
            .hasMessageContaining("transitions[0][0]").hasMessageContaining("1.2");
        assertThatThrownBy(() -> RegimeChain.of(REGIMES, "PEACE", M)).hasMessageContaining("initial")
            .hasMessageContaining("PEACE");
        assertThatThrownBy(() -> RegimeChain.of(REGIMES, "DEAL", new double[][] {M[0], M[1]}))
            .hasMessageContaining("transitions").hasMessageContaining("3 rows");
        assertThatThrownBy(() -> RegimeChain.of(List.of(new Regime("A", false), new Regime("A", true)), "A",
            new double[][] {{1, 0}, {0, 1}})).hasMessageContaining("regimes[1].name");
        assertThatThrownBy(() -> new ForcedRegime("DEAL", YearMonth.of(2026, 1), YearMonth.of(2025, 1)))
            .hasMessageContaining("until").hasMessageContaining("2025-01");
    }
}
