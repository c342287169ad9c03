package dev.tariffsim.random;

import dev.tariffsim.internal.Checks;
import java.util.List;

/**
 * Randomised quasi-Monte Carlo points for a run: {@code R} independent randomisations (replicates) of the Sobol'
 * sequence in the dimensions a model declares ({@link QuasiRandomBlock}), path {@code i} taking point
 * {@code i / R} of replicate {@code i mod R}. The point index is a function of the path index alone, so ranges of
 * paths still partition the run and results do not depend on the thread count; every prefix of {@code n R}
 * paths holds the first {@code n} points of every replicate.
 *
 * <p>Each replicate randomises the sequence by a random linear matrix scramble (Matoušek 1998: a random
 * lower-triangular binary matrix with unit diagonal per dimension, 64 output bits from the 32 Sobol' digits)
 * followed by a random digital shift, both drawn from {@code L64X128MixRandom} seeded by (run seed, replicate).
 * Each point is then uniform on {@code [0, 1)^d}, the replicates are independent, and the error of the run's mean
 * is estimated from the spread of the replicates' means, never from the paths as if independent.
 *
 * <p>Immutable and thread-safe; shared by the workers of a run, each of which draws its points through its own
 * {@link Cursor} (allocation-free).
 */
public final class QuasiRandomDesign extends PointDesign {
    /** The description recorded in a result's generator. */
    public static final String METHOD = "scrambled Sobol' (Joe-Kuo new-joe-kuo-6, linear matrix scramble + digital"
        + " shift)";
    private static final double ULP_52 = 0x1.0p-52;
    private static final long SCRAMBLE_KEY = 0x5eed_50b0_1000_0001L;

    private final int replicates;
    /** Scrambled direction numbers, {@code [replicate][dim * 32 + bit]}. */
    private final long[][] directions;
    /** Digital shifts, {@code [replicate][dim]}. */
    private final long[][] shifts;

    private QuasiRandomDesign(List<QuasiRandomBlock> blocks, long seed, int replicates) {
        super(blocks, "quasi-random", SobolDirections.MAX_DIMENSIONS);
        int d = dimensions();
        this.replicates = replicates;
        this.directions = new long[replicates][d * SobolDirections.BITS];
        this.shifts = new long[replicates][d];
        Lxm rng = new Lxm(0);
        long[] columns = new long[SobolDirections.BITS];
        for (int r = 0; r < replicates; r++) {
            rng.reseed(Lxm.mixStafford13(Lxm.mixStafford13(seed ^ SCRAMBLE_KEY) + Lxm.golden() * (r + 1)));
            for (int j = 0; j < d; j++) {
                for (int c = 0; c < SobolDirections.BITS; c++) {
                    columns[c] = (1L << (63 - c)) | (rng.nextLong() >>> (c + 1));
                }
                int[] v = SobolDirections.of(j);
                for (int b = 0; b < SobolDirections.BITS; b++) {
                    long x = 0;
                    for (int bits = v[b]; bits != 0; bits &= bits - 1) {
                        x ^= columns[31 - Integer.numberOfTrailingZeros(bits)];
                    }
                    directions[r][j * SobolDirections.BITS + b] = x;
                }
                shifts[r][j] = rng.nextLong();
            }
        }
    }

    /**
     * The design of a run.
     *
     * @param blocks the model's quasi-random blocks, in the order their dimensions are taken
     * @param seed the run seed
     * @param replicates the number of independent randomisations, a power of two in {@code [2, 1024]}
     * @throws IllegalArgumentException if there is no block, more than 1,000 dimensions, or a bad replicate count
     */
    public static QuasiRandomDesign of(List<QuasiRandomBlock> blocks, long seed, int replicates) {
        Checks.requireNonNull(blocks, "blocks");
        Checks.requireArgument(!blocks.isEmpty(), "blocks", "none", "at least one quasi-random block");
        Checks.requireArgument(replicates >= 2 && replicates <= 1024 && Integer.bitCount(replicates) == 1,
            "replicates", replicates, "a power of two in [2, 1024]");
        return new QuasiRandomDesign(blocks, seed, replicates);
    }

    /** The number of replicates. */
    public int replicates() {
        return replicates;
    }

    /** The replicate path {@code index} belongs to. */
    public int replicate(long index) {
        return (int) (index % replicates);
    }

    @Override
    public Cursor cursor() {
        return new Cursor(this);
    }

    /**
     * A worker's position in the design: the last point of each replicate, so that the next point of a replicate
     * costs the direction numbers of the bits that flip from {@code k} to {@code k + 1} (two on average) instead of
     * those of every set bit of {@code k}. The points are bit-identical either way (digital XOR is exact), so results
     * do not depend on which worker ran which path. Not thread-safe: one per worker.
     */
    public static final class Cursor implements PointDesign.Cursor {
        private final QuasiRandomDesign design;
        private final long[][] last;
        private final long[] lastIndex;

        /** A cursor at no point. */
        public Cursor(QuasiRandomDesign design) {
            this.design = Checks.requireNonNull(design, "design");
            this.last = new long[design.replicates][design.dimensions()];
            this.lastIndex = new long[design.replicates];
            java.util.Arrays.fill(lastIndex, -2);
        }

        /** As {@link QuasiRandomDesign#point}; allocates nothing. */
        @Override
        public void point(long index, double[] out) {
            int r = (int) (index % design.replicates);
            long k = index / design.replicates;
            long[] dir = design.directions[r];
            long[] x = last[r];
            int d = design.dimensions();
            long flips = k ^ lastIndex[r];
            if (lastIndex[r] < 0 || Long.bitCount(flips) >= Long.bitCount(k)) {
                System.arraycopy(design.shifts[r], 0, x, 0, d);
                flips = k;
            }
            for (; flips != 0; flips &= flips - 1) {
                int b = Long.numberOfTrailingZeros(flips);
                for (int j = 0; j < d; j++) {
                    x[j] ^= dir[j * SobolDirections.BITS + b];
                }
            }
            lastIndex[r] = k;
            for (int j = 0; j < d; j++) {
                out[j] = ((x[j] >>> 12) + 0.5) * ULP_52;
            }
        }
    }

    /** A one-line description, for a result's run information. */
    @Override
    public String describe() {
        return Checks.format("%s, %d replicates, %d dimensions", METHOD, replicates, dimensions());
    }
}
