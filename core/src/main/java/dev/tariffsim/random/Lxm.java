package dev.tariffsim.random;

import java.util.random.RandomGenerator;

/**
 * The JDK's {@code L64X128MixRandom} algorithm (JEP 356, {@code java.util.random}) in a form that can be
 * re-seeded in place, so that a worker re-seeds one generator per component per path instead of
 * allocating one.
 *
 * <p>For every seed, {@link #reseed(long)} followed by any sequence of calls produces exactly the numbers
 * that {@code RandomGeneratorFactory.of("L64X128MixRandom").create(seed)} produces; {@code LxmTest}
 * checks this against the running JDK bit for bit. {@link #nextDouble()} is the JDK's own default method of
 * {@link RandomGenerator}, driven by {@link #nextLong()}; {@link #nextGaussian()} returns exactly the JDK's
 * normal (its modified ziggurat) with the ziggurat's fast path inlined ({@link ZigguratFastPath}).
 *
 * <p>Not thread-safe: one instance belongs to one worker.
 */
final class Lxm implements RandomGenerator {
    /** The JDK's algorithm name, recorded in every result. */
    static final String ALGORITHM = "L64X128MixRandom";

    private static final long M = 0xd1342543de82ef95L;
    private static final long GOLDEN_RATIO_64 = 0x9e3779b97f4a7c15L;
    private static final long SILVER_RATIO_64 = 0x6A09E667F3BCC909L;

    private long a;
    private long s;
    private long x0;
    private long x1;
    /** Finishes the rare draws that leave the ziggurat's fast path with the JDK's own code. */
    private final ZigguratFastPath.Replay slowPath = new ZigguratFastPath.Replay(this);

    Lxm(long seed) {
        reseed(seed);
    }

    /**
     * A standard normal, bit for bit the JDK's {@link RandomGenerator#nextGaussian()} on this generator: the
     * ziggurat's fast path here (one draw, a table load, a product), the rest by the JDK ({@link ZigguratFastPath}).
     */
    @Override
    public double nextGaussian() {
        final long u = nextLong();
        final int i = (int) u & ZigguratFastPath.MASK;
        if (i < ZigguratFastPath.LAYERS) {
            return ZigguratFastPath.X[i] * u;
        }
        return slowPath.gaussianFrom(u);
    }

    /** Puts this generator in the state {@code new L64X128MixRandom(seed)} starts in. */
    void reseed(long seed) {
        long z = seed ^ SILVER_RATIO_64;
        a = mixMurmur64(z) | 1;
        s = 1;
        x0 = mixStafford13(z);
        x1 = mixStafford13(z + GOLDEN_RATIO_64);
        if ((x0 | x1) == 0) {
            long v = s;
            x0 = mixStafford13(v += GOLDEN_RATIO_64);
            x1 = mixStafford13(v + GOLDEN_RATIO_64);
        }
    }

    @Override
    public long nextLong() {
        final long result = mixLea64(s + x0);
        s = M * s + a;
        long q0 = x0;
        long q1 = x1;
        q1 ^= q0;
        q0 = Long.rotateLeft(q0, 24);
        q0 = q0 ^ q1 ^ (q1 << 16);
        q1 = Long.rotateLeft(q1, 37);
        x0 = q0;
        x1 = q1;
        return result;
    }

    static long mixMurmur64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    static long mixStafford13(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long mixLea64(long z) {
        z = (z ^ (z >>> 32)) * 0xdaba0b6eb09322e3L;
        z = (z ^ (z >>> 32)) * 0xdaba0b6eb09322e3L;
        return z ^ (z >>> 32);
    }

    static long golden() {
        return GOLDEN_RATIO_64;
    }
}
