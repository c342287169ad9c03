package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;
import dev.tariffsim.tariff.Regime;
import dev.tariffsim.tariff.RegimeChain;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chain drawn by sojourns is the chain drawn month by month: the same occupancy of every state in every month and
 * the same month-to-month transition frequencies, also when the regime is set from outside before a month (a forced
 * month) or instead of a transition (a snap-back, when the sojourn walker is not asked).
 */
final class RegimeSojournsTest {
    private static final List<Regime> THREE = List.of(new Regime("A", false), new Regime("B", true),
        new Regime("C", false));
    private static final int MONTHS = 60;
    private static final int PATHS = 100_000;

    @Test
    void theReferenceChainHasTheSameMonthlyOccupancyBySojourns() {
        check(RegimeChain.of(THREE, "A", new double[][] {{0.6, 0.35, 0.05}, {0, 0.995, 0.005}, {0, 0.02, 0.98}}));
    }

    @Test
    void aChainWithAStateAlwaysLeftAndAnAbsorbingStateToo() {
        check(RegimeChain.of(THREE, "A", new double[][] {{0, 1, 0}, {0.3, 0.5, 0.2}, {0, 0, 1}}));
    }

    @Test
    void externalChangesOfTheRegimeKeepTheChainsLaw() {
        // every 7th month the regime is set to C from outside (as a forced month or a snap-back would), then the
        // chain runs on from there: both forms must still agree month by month
        check(RegimeChain.of(THREE, "A", new double[][] {{0.6, 0.35, 0.05}, {0.1, 0.85, 0.05}, {0.2, 0.3, 0.5}}), 7, 0);
    }

    @Test
    void snapBacksInsteadOfTransitionsKeepTheChainsLaw() {
        // every 5th month-end the regime jumps to C without a transition (the walker is not asked), as a capital-call
        // snap-back does in the simulator
        check(RegimeChain.of(THREE, "A", new double[][] {{0.6, 0.35, 0.05}, {0.1, 0.85, 0.05}, {0.2, 0.3, 0.5}}), 0, 5);
    }

    @Test
    void twoWalkersOnOneSequenceCoincideWhenNothingSeparatesThem() {
        RegimeChain chain = RegimeChain.of(THREE, "A",
            new double[][] {{0.6, 0.35, 0.05}, {0, 0.995, 0.005}, {0, 0.02, 0.98}});
        PathRandom random = new PathRandom(3, false);
        RegimeSojourns sojourns = new RegimeSojourns(chain, random.stream("s"), MONTHS);
        RegimeSojourns.Walker a = new RegimeSojourns.Walker();
        RegimeSojourns.Walker b = new RegimeSojourns.Walker();
        for (int p = 0; p < 1_000; p++) {
            random.startPath(p);
            sojourns.startPath();
            a.startPath();
            b.startPath();
            int ra = 0;
            int rb = 0;
            for (int t = 0; t < MONTHS; t++) {
                ra = sojourns.next(a, ra);
                rb = sojourns.next(b, rb);
                assertThat(rb).isEqualTo(ra);
            }
        }
    }

    private static void check(RegimeChain chain) {
        check(chain, 0, 0);
    }

    /**
     * Occupancy of each state in each month, month by month ({@link RegimeChain#next}) against by sojourns, on
     * independent streams of {@value #PATHS} paths each: every difference within 4.5 standard errors of a difference
     * of two proportions; and the same for the frequency of each transition {@code (s_t, s_t+1)} over all months.
     * With 3 x {@value #MONTHS} + 9 comparisons the false-failure probability is below 189 x 6.8e-6 = 1.3e-3 (fixed
     * seeds: the test is deterministic).
     */
    private static void check(RegimeChain chain, int resetEvery, int snapEvery) {
        int n = chain.size();
        long[][] monthly = new long[MONTHS][n];
        long[][] bySojourn = new long[MONTHS][n];
        long[][] pairsMonthly = new long[n][n];
        long[][] pairsBySojourn = new long[n][n];
        PathRandom random = new PathRandom(11, false);
        RandomStream u = random.stream("regime");
        RandomStream s = random.stream("sojourns");
        RegimeSojourns sojourns = new RegimeSojourns(chain, s, MONTHS);
        RegimeSojourns.Walker w = new RegimeSojourns.Walker();
        for (int p = 0; p < PATHS; p++) {
            random.startPath(p);
            sojourns.startPath();
            w.startPath();
            int a = chain.initial();
            int b = chain.initial();
            for (int t = 0; t < MONTHS; t++) {
                if (resetEvery > 0 && t % resetEvery == resetEvery - 1) {
                    a = 2;
                    b = 2;
                }
                monthly[t][a]++;
                bySojourn[t][b]++;
                int a0 = a;
                int b0 = b;
                double draw = u.nextDouble();
                if (snapEvery > 0 && t % snapEvery == snapEvery - 1) {
                    a = 2;
                    b = 2;
                } else {
                    a = chain.next(a, draw);
                    b = sojourns.next(w, b);
                }
                pairsMonthly[a0][a]++;
                pairsBySojourn[b0][b]++;
            }
        }
        long transitions = (long) PATHS * MONTHS;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // the months of one path are dependent: the effective sample is the paths, not paths x months
                sameProportion(pairsMonthly[i][j] / (double) transitions, pairsBySojourn[i][j] / (double) transitions,
                    "transition " + i + " -> " + j);
            }
        }
        for (int t = 0; t < MONTHS; t++) {
            for (int k = 0; k < n; k++) {
                sameProportion(monthly[t][k] / (double) PATHS, bySojourn[t][k] / (double) PATHS,
                    "month " + t + ", state " + k);
            }
        }
    }

    /** Two proportions over {@value #PATHS} paths each agree within 4.5 standard errors of their difference. */
    private static void sameProportion(double byMonth, double bySojourn, String what) {
        double p = (byMonth + bySojourn) / 2;
        double se = Math.sqrt(Math.max(p * (1 - p), 1e-12) * 2 / PATHS);
        assertThat(Math.abs(byMonth - bySojourn)).as("%s: %s by month, %s by sojourn", what, byMonth, bySojourn)
            .isLessThanOrEqualTo(4.5 * se);
    }
}
