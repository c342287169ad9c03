package dev.tariffsim.random;

import java.util.random.RandomGenerator;

/**
 * The random numbers of one stochastic component on one path: a sub-stream of the path, named by the
 * component, so that two models run with one seed share a component's draws whenever they share the
 * component's name (common random numbers), whatever other components either model has.
 *
 * <p>A stream is obtained once per worker from {@link PathRandom#stream(String)} and re-seeded in place
 * by the engine at the start of every path: drawing from it never allocates.
 *
 * <p>On the second path of an antithetic pair the stream mirrors the first path's draws:
 * {@link #nextGaussian()} returns the negated normal, {@link #nextUniform()} returns {@code 1 - u}
 * exactly, and {@link #nextDouble()} returns {@code 1 - 2^-53 - u} (still in {@code [0, 1)}); the JDK's
 * methods built on these ({@code nextDouble(bound)}, {@code nextDouble(origin, bound)},
 * {@code nextGaussian(mean, stddev)}) are mirrored with them. Raw bits have no antithetic mirror: on a stream
 * of an antithetic run {@link #nextLong()} and every method built on it ({@code nextInt}, {@code nextBoolean},
 * {@code nextFloat}, {@code nextExponential}, {@code nextBytes}, ...) throw {@link UnsupportedOperationException},
 * on both paths of every pair, rather than silently break the pairing.
 *
 * <p>Under randomised quasi-Monte Carlo ({@link QuasiRandomDesign}) the first draws a model declared
 * ({@link QuasiRandomBlock}) come from the path's scrambled Sobol' point; {@code nextDouble} and {@code nextUniform}
 * then return the coordinate itself (strictly inside {@code (0, 1)}), {@code nextGaussian} its normal quantile or the
 * bridge's increment; later draws come from the ordinary generator.
 *
 * <p>Not thread-safe: it belongs to the worker that obtained it.
 */
public final class RandomStream implements RandomGenerator {
    private static final double ULP = 0x1.0p-53;
    private static final long MAX_53 = (1L << 53) - 1;
    private static final double ULP_52 = 0x1.0p-52;
    private static final long MAX_52 = (1L << 52) - 1;

    private final String name;
    private final long key;
    private final Lxm raw;
    private boolean mirrored;
    private boolean antithetic;
    /** Quasi-random draws of the path in progress (randomised QMC): uniforms, or normals if {@code presetNormal}. */
    private double[] preset = new double[0];
    private int presetLength;
    private int presetNext;
    private boolean presetNormal;

    RandomStream(String name, long key) {
        this.name = name;
        this.key = key;
        this.raw = new Lxm(key);
    }

    /** The component name this stream belongs to. */
    public String name() {
        return name;
    }

    void startPath(long runSeed, long pairIndex, boolean mirrored, boolean antithetic) {
        raw.reseed(PathRandom.streamSeed(runSeed, pairIndex, key));
        this.mirrored = mirrored;
        this.antithetic = antithetic;
        this.presetLength = 0;
        this.presetNext = 0;
    }

    /** The preset buffer, grown to at least {@code length}; filled by {@link PathRandom} after {@link #startPath}. */
    double[] presetBuffer(int length) {
        if (preset.length < length) {
            preset = new double[length];
        }
        return preset;
    }

    /** Makes the first {@code length} draws of this path come from the preset buffer. */
    void usePreset(int length, boolean normal) {
        presetLength = length;
        presetNext = 0;
        presetNormal = normal;
    }

    /** A standard normal from the ordinary generator, bypassing the preset (for a Brownian bridge's fine levels). */
    double rawGaussian() {
        return raw.nextGaussian();
    }

    private double presetUniform() {
        if (presetNormal) {
            throw new IllegalStateException("stream " + name + ": draw " + presetNext + " is declared as a Brownian"
                + " increment (QuasiRandomBlock.brownian) but was drawn as a uniform");
        }
        return preset[presetNext++];
    }

    private double presetGaussian() {
        double v = preset[presetNext++];
        return presetNormal ? v : NormalQuantile.of(v);
    }

    /**
     * 64 random bits.
     *
     * @throws UnsupportedOperationException on a stream of an antithetic run: bits have no mirror
     */
    @Override
    public long nextLong() {
        if (presetNext < presetLength) {
            throw new UnsupportedOperationException("stream " + name + ": draw " + presetNext + " is declared"
                + " quasi-random (QuasiRandomBlock) and has no raw bits; draw with nextUniform, nextDouble or nextGaussian");
        }
        if (antithetic) {
            throw new UnsupportedOperationException("stream " + name + " belongs to an antithetic run: raw bits"
                + " (nextLong, nextInt, nextBoolean, nextFloat, nextExponential, ...) have no mirror; draw with"
                + " nextUniform, nextDouble or nextGaussian");
        }
        return raw.nextLong();
    }

    /** A uniform draw in {@code [0, 1)} on the JDK's 2^-53 grid. */
    @Override
    public double nextDouble() {
        if (presetNext < presetLength) {
            return presetUniform();
        }
        long k = raw.nextLong() >>> 11;
        return (mirrored ? MAX_53 - k : k) * ULP;
    }

    /**
     * A uniform draw strictly inside {@code (0, 1)}, {@code (k + 0.5) 2^-52} for a 52-bit {@code k}: the
     * form to feed an inverse CDF, since it never returns 0 or 1, and {@code 1 - u} is exact on the same grid.
     */
    public double nextUniform() {
        if (presetNext < presetLength) {
            return presetUniform();
        }
        long k = raw.nextLong() >>> 12;
        return ((mirrored ? MAX_52 - k : k) + 0.5) * ULP_52;
    }

    /** A standard normal draw by the JDK's ziggurat ({@link RandomGenerator#nextGaussian()}). */
    @Override
    public double nextGaussian() {
        if (presetNext < presetLength) {
            return presetGaussian();
        }
        double g = raw.nextGaussian();
        return mirrored ? -g : g;
    }
}
