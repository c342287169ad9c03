package dev.tariffsim.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class CorrelatedNormals3Test {
    @Test
    void theProductIsTheRootTimesTheStreamsNextThreeNormals() {
        CorrelationMatrix c = CorrelationMatrix.of(new double[][] {{1, -0.3, 0.3}, {-0.3, 1, -0.2}, {0.3, -0.2, 1}});
        PathRandom a = new PathRandom(4, false);
        PathRandom b = new PathRandom(4, false);
        RandomStream sa = a.stream("macro");
        RandomStream sb = b.stream("macro");
        a.startPath(2);
        b.startPath(2);
        CorrelatedNormals3 z = new CorrelatedNormals3(c);
        double[] scratch = new double[3];
        double[] expected = new double[3];
        for (int t = 0; t < 5; t++) {
            z.next(sa);
            c.sample(sb, scratch, expected);
            assertThat(z.first()).isCloseTo(expected[0], within(1e-14));
            assertThat(z.second()).isCloseTo(expected[1], within(1e-14));
            assertThat(z.third()).isCloseTo(expected[2], within(1e-14));
        }
    }

    @Test
    void onlyAThreeByThreeMatrixIsAccepted() {
        assertThatThrownBy(() -> new CorrelatedNormals3(CorrelationMatrix.identity(2))).hasMessageContaining("3");
    }
}
