package dev.tariffsim.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pick-freeze hook: selected streams start from another seed, the rest as usual, for the same path. */
final class PathRandomAlternateSeedTest {
    private static long[] next(RandomStream s, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.nextLong();
        }
        return out;
    }

    @Test
    void selectedStreamsDrawAsUnderTheAlternateSeed() {
        PathRandom r = new PathRandom(7, false);
        RandomStream fx = r.stream("fx");
        RandomStream trade = r.stream("trade");
        PathRandom a = new PathRandom(7, false);
        PathRandom b = new PathRandom(99, false);
        RandomStream aFx = a.stream("fx");
        RandomStream aTrade = a.stream("trade");
        RandomStream bFx = b.stream("fx");
        a.startPath(12);
        b.startPath(12);
        long[] expectFxB = next(bFx, 5);
        long[] expectTradeA = next(aTrade, 5);
        long[] expectFxA = next(aFx, 5);

        r.startPath(12, 99, name -> name.equals("fx"));
        assertThat(next(fx, 5)).containsExactly(expectFxB);
        assertThat(next(trade, 5)).containsExactly(expectTradeA);
        assertThat(r.pathIndex()).isEqualTo(12);

        r.startPath(12, 99, name -> false);
        assertThat(next(fx, 5)).containsExactly(expectFxA);
        assertThat(r.streamNames()).isEqualTo(List.of("fx", "trade"));
    }
}
