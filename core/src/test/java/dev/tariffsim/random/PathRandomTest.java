package dev.tariffsim.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class PathRandomTest {
    private static double[] draws(PathRandom r, String name, long path, int n) {
        RandomStream s = r.stream(name);
        r.startPath(path);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.nextGaussian();
        }
        return out;
    }

    @Test
    void aStreamDependsOnlyOnSeedPathAndName() {
        PathRandom a = new PathRandom(42, false);
        PathRandom b = new PathRandom(42, false);
        b.stream("other");
        b.stream("another");
        b.startPath(99);
        assertThat(draws(a, "fx", 5, 50)).containsExactly(draws(b, "fx", 5, 50));
    }

    @Test
    void streamsDifferByNamePathAndSeed() {
        double[] base = draws(new PathRandom(42, false), "fx", 5, 8);
        assertThat(draws(new PathRandom(42, false), "demand", 5, 8)).isNotEqualTo(base);
        assertThat(draws(new PathRandom(42, false), "fx", 6, 8)).isNotEqualTo(base);
        assertThat(draws(new PathRandom(43, false), "fx", 5, 8)).isNotEqualTo(base);
    }

    @Test
    void antitheticPairsMirrorEachOther() {
        PathRandom r = new PathRandom(3, true);
        RandomStream s = r.stream("x");
        r.startPath(10);
        double g0 = s.nextGaussian();
        double u0 = s.nextUniform();
        double d0 = s.nextDouble();
        r.startPath(11);
        assertThat(s.nextGaussian()).isEqualTo(-g0);
        assertThat(s.nextUniform()).isEqualTo(1 - u0);
        assertThat(s.nextDouble()).isEqualTo(1 - 0x1.0p-53 - d0);
        r.startPath(12);
        assertThat(s.nextGaussian()).isNotEqualTo(g0);
    }

    @Test
    void uniformsAreStrictlyInsideTheUnitInterval() {
        PathRandom r = new PathRandom(1, false);
        RandomStream s = r.stream("u");
        r.startPath(0);
        for (int i = 0; i < 100_000; i++) {
            assertThat(s.nextUniform()).isGreaterThan(0).isLessThan(1);
        }
    }

    @Test
    void rejectsBadArguments() {
        PathRandom r = new PathRandom(1, false);
        assertThatThrownBy(() -> r.stream(" ")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("stream name");
        assertThatThrownBy(() -> r.startPath(-1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("path index").hasMessageContaining("-1");
    }
}
