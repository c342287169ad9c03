package dev.tariffsim.random;

import java.util.random.RandomGenerator;

/**
 * The fast path of the running JDK's normal sampler ({@link RandomGenerator#nextGaussian()}, McFarland's modified
 * ziggurat), small enough for the JIT to inline into a simulation loop, with the JDK's own code for the rest.
 *
 * <p>The JDK's sampler draws one {@code long U}; if its low bits {@code U & mask} name one of the ziggurat's inner
 * layers {@code i < layers} (about 98.8% of draws) it returns {@code x[i] * U}, otherwise it goes on to the
 * overhangs and the tail with further draws. That method is 564 bytes of bytecode, above C2's inlining limit, so
 * every normal cost a call and, around it, the reload of the caller's fields. {@link Lxm#nextGaussian()} now does
 * the first step itself and, only on the rare slow path, hands the JDK's method the same {@code U} followed by the
 * generator's next numbers ({@link Replay}), so the numbers are <b>bit for bit the JDK's</b>: results do not change.
 *
 * <p>The layer constants are not copied from the JDK's sources (its tables are internal): they are read from the
 * running JDK once, by probing its sampler with chosen first draws. For {@code U = 2^62 + i}, {@code (double) U}
 * is exactly {@code 2^62} (the spacing of doubles there is 1,024), so a fast-path answer is {@code x[i] 2^62}, and
 * whether the answer took the fast path shows in the number of draws it used (exactly one). The probe checks the
 * structure it relies on (the fast layers are {@code i & 255 < layers} for every {@code i < 4,096}); if a future
 * JDK samples differently, {@link #ENABLED} is false and every draw goes through the JDK's method, which is
 * correct and merely slower. {@code LxmTest} checks the sampler against the JDK's {@code L64X128MixRandom} on
 * millions of draws, slow paths included.
 */
final class ZigguratFastPath {
    /** The mask of the layer index in a draw's low bits. */
    static final int MASK = 0xff;
    /** Whether the probe found the structure the fast path relies on. */
    static final boolean ENABLED;
    /** The number of inner layers: {@code U & MASK} below it takes the fast path. */
    static final int LAYERS;
    /** Per inner layer, the scale {@code x[i]} (the fast path's answer is {@code X[i] * (double) U}). */
    static final double[] X;

    private static final double TWO_62 = 0x1.0p62;
    private static final int PROBED = 4096;

    static {
        Replay probe = new Replay(new Lxm(0x5eedL));
        double[] x = new double[MASK + 1];
        boolean[] fast = new boolean[PROBED];
        for (int i = 0; i < PROBED; i++) {
            double g = probe.gaussianFrom((1L << 62) + i);
            fast[i] = probe.draws == 1;
            if (fast[i] && i <= MASK) {
                x[i] = g / TWO_62;
            }
        }
        int layers = 0;
        while (layers <= MASK && fast[layers]) {
            layers++;
        }
        boolean ok = layers > 0 && layers <= MASK;
        for (int i = 0; ok && i < PROBED; i++) {
            ok = fast[i] == ((i & MASK) < layers) && (!fast[i] || i > MASK || x[i] > 0 && x[i] * TWO_62 < 64);
        }
        ENABLED = ok;
        LAYERS = ok ? layers : 0;
        X = ok ? java.util.Arrays.copyOf(x, layers) : new double[0];
    }

    private ZigguratFastPath() {
    }

    /**
     * A generator that returns a given first draw and then the numbers of an underlying generator, so that the
     * JDK's sampler can finish a draw whose first number was already taken; it counts the draws it served.
     * Not thread-safe: one per generator.
     */
    static final class Replay implements RandomGenerator {
        private final RandomGenerator next;
        private long first;
        private boolean pending;
        int draws;

        Replay(RandomGenerator next) {
            this.next = next;
        }

        /** The JDK's normal whose first draw is {@code u}, the rest from the underlying generator. */
        double gaussianFrom(long u) {
            first = u;
            pending = true;
            draws = 0;
            return RandomGenerator.super.nextGaussian();
        }

        @Override
        public long nextLong() {
            draws++;
            if (pending) {
                pending = false;
                return first;
            }
            return next.nextLong();
        }
    }
}
