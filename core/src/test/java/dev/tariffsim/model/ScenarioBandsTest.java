package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PathRange;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.stats.SeriesBands;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ScenarioBandsTest {
    private static final int PATHS = 101;
    private static final long SEED = 17;

    /**
     * Replaces the band check of {@code ClosedFormTest} (issue 10, point 9): there, two identical deterministic
     * paths made the median rank 1, which the sketch answers from its exact minimum, so no bucket was ever read.
     * Here the reference scenario is stochastic and every level's nearest rank ({@code ceil(level n)}, 6 to 96
     * of 101) is interior, so each band comes from a bucket midpoint. Path {@code i} alone (range {@code [i, i+1)},
     * same seed) gives that path's exact series, so the exact order statistics are known; a band must lie within
     * the sketch's stated relative bound 2^-8 of them. Deterministic: fixed seed, no tolerance for chance.
     */
    @Test
    void everyBandOfTheReferenceScenarioIsWithinTheSketchBoundOfTheExactOrderStatistic() {
        ScenarioModel model = new ScenarioModel(TestScenarios.reference());
        Map<String, SeriesBands> bands = MonteCarlo.builder().seed(SEED).antithetic(false).recordSeries(true)
            .threads(3).build().simulate(model, new PathRange(0, PATHS)).seriesBands();
        MonteCarlo one = MonteCarlo.builder().seed(SEED).antithetic(false).recordSeries(true).threads(1).build();
        List<Map<String, SeriesBands>> single = new ArrayList<>();
        for (int i = 0; i < PATHS; i++) {
            single.add(one.simulate(model, new PathRange(i, i + 1)).seriesBands());
        }
        assertThat(bands).isNotEmpty();
        int interior = 0;
        for (Map.Entry<String, SeriesBands> e : bands.entrySet()) {
            SeriesBands band = e.getValue();
            for (int t = 0; t < band.steps(); t++) {
                double[] exact = new double[PATHS];
                for (int i = 0; i < PATHS; i++) {
                    exact[i] = single.get(i).get(e.getKey()).mean(t);
                }
                Arrays.sort(exact);
                for (double level : SeriesBands.LEVELS) {
                    double order = exact[(int) Math.ceil(level * PATHS) - 1];
                    assertThat(Math.abs(band.percentile(level, t) - order))
                        .as("%s at step %d, level %s", e.getKey(), t, level)
                        .isLessThanOrEqualTo(0x1.0p-8 * Math.abs(order));
                    if (order != exact[0] && order != exact[PATHS - 1]) {
                        interior++;
                    }
                }
            }
        }
        // most checks must read a bucket, not the exact minimum or maximum
        assertThat(interior).isGreaterThan(1_000);
    }
}
