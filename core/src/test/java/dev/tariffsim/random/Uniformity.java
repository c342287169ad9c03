package dev.tariffsim.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.LongToDoubleFunction;
import org.assertj.core.data.Offset;

/** Checks that a coordinate of a randomised design is uniform over seeds, for the design tests. */
final class Uniformity {
    private Uniformity() {
    }

    /**
     * Over seeds 0 .. 4,095 the coordinate has mean 1/2 and variance 1/12, within 4.5 standard errors (sd of the mean
     * 0.0045, of the variance about 0.0013): false-failure probability below 1e-5.
     */
    static void assertUniformOverSeeds(LongToDoubleFunction coordinateOfSeed) {
        int n = 4096;
        double sum = 0;
        double sq = 0;
        for (long s = 0; s < n; s++) {
            double u = coordinateOfSeed.applyAsDouble(s);
            sum += u;
            sq += u * u;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(0.5, Offset.offset(0.02));
        assertThat(sq / n - mean * mean).isCloseTo(1 / 12.0, Offset.offset(0.006));
    }
}
