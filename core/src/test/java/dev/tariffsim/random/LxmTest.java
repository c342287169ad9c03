package dev.tariffsim.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

final class LxmTest {
    private static final long[] SEEDS = {0, 1, -1, 42, Long.MIN_VALUE, Long.MAX_VALUE, 0x9e3779b97f4a7c15L};

    @Test
    void reproducesTheJdkGeneratorBitForBit() {
        RandomGeneratorFactory<RandomGenerator> factory = RandomGeneratorFactory.of("L64X128MixRandom");
        Lxm lxm = new Lxm(7);
        for (long seed : SEEDS) {
            RandomGenerator jdk = factory.create(seed);
            lxm.reseed(seed);
            for (int i = 0; i < 10_000; i++) {
                switch (i % 3) {
                    case 0 -> assertThat(lxm.nextLong()).isEqualTo(jdk.nextLong());
                    case 1 -> assertThat(Double.doubleToRawLongBits(lxm.nextDouble()))
                        .isEqualTo(Double.doubleToRawLongBits(jdk.nextDouble()));
                    default -> assertThat(Double.doubleToRawLongBits(lxm.nextGaussian()))
                        .isEqualTo(Double.doubleToRawLongBits(jdk.nextGaussian()));
                }
            }
        }
    }

    @Test
    void algorithmNameIsTheJdkName() {
        assertThat(RandomGeneratorFactory.of(Lxm.ALGORITHM).name()).isEqualTo("L64X128MixRandom");
    }
}
