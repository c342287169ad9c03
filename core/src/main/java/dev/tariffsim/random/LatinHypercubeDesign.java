package dev.tariffsim.random;

import dev.tariffsim.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Replicated Latin hypercube sampling in fixed blocks: paths {@code [b m, (b + 1) m)} form block {@code b}, an
 * independent Latin hypercube of {@code m} points in the dimensions a model declares ({@link QuasiRandomBlock}).
 * In every dimension each block's points fall in each of the {@code m} strata {@code [k/m, (k+1)/m)} exactly once:
 * path {@code b m + k} takes, in dimension {@code j}, stratum {@code pi_bj(k)} of a random permutation
 * {@code pi_bj} and a uniform position inside it. Permutation and positions come from {@code L64X128MixRandom}
 * seeded by (run seed, block, dimension) alone, so a path's point depends on the seed and its index only: results
 * do not depend on the thread count, and a run extends block by block (precision stopping) without changing the
 * points already used.
 *
 * <p>Every point is uniform on the unit cube and the blocks are independent; the paths of one block are not, so a
 * run's standard error comes from the block means, never from the paths as if independent.
 *
 * <p>A declared block of uniforms takes one dimension per draw. A declared Brownian block is stratified at its
 * first bridge level only, the end point of each component (its later levels come from the stream's pseudo-random
 * normals): {@link #blocks()} returns it with {@code levels = 1}, so {@link PathRandom} builds its bridge alike.
 *
 * <p>Immutable and thread-safe; each worker draws points through its own {@link Cursor}, which builds the points
 * of the block it is in once (one allocation per worker, none per path or block).
 */
public final class LatinHypercubeDesign extends PointDesign {
    /** The description recorded in a result's generator. */
    public static final String METHOD = "replicated Latin hypercube (per block and dimension a random permutation of"
        + " the strata and a uniform position in each)";
    /** The fewest blocks the automatic block size leaves a run, for a t interval of at least 15 degrees of freedom. */
    public static final int AUTO_MIN_BLOCKS = 16;
    /** The largest block: a block must fit in the engine's batch of 1,024 paths. */
    public static final int MAX_BLOCK_SIZE = 1024;
    private static final double ULP_52 = 0x1.0p-52;
    private static final long LHS_KEY = 0x1a71_4c0b_e5ed_0001L;
    private static final int MAX_DIMENSIONS = 1 << 16;

    private final int blockSize;
    private final int log2;
    private final long key;

    private LatinHypercubeDesign(List<QuasiRandomBlock> blocks, long seed, int blockSize) {
        super(blocks, "Latin hypercube", MAX_DIMENSIONS);
        this.blockSize = blockSize;
        this.log2 = Integer.numberOfTrailingZeros(blockSize);
        this.key = Lxm.mixStafford13(seed ^ LHS_KEY);
    }

    /**
     * The design of a run.
     *
     * @param declared the model's quasi-random blocks, in the order their dimensions are taken
     * @param seed the run seed
     * @param blockSize the points per Latin hypercube, a power of two in {@code [2, 1024]}
     * @throws IllegalArgumentException if there is no block, more than 65,536 dimensions, or a bad block size
     */
    public static LatinHypercubeDesign of(List<QuasiRandomBlock> declared, long seed, int blockSize) {
        Checks.requireNonNull(declared, "blocks");
        Checks.requireArgument(!declared.isEmpty(), "blocks", "none", "at least one quasi-random block");
        requireBlockSize(blockSize);
        List<QuasiRandomBlock> used = new ArrayList<>();
        for (QuasiRandomBlock b : declared) {
            used.add(b.isBrownian()
                ? QuasiRandomBlock.brownian(b.stream(), b.components(), b.draws() / b.components(), 1) : b);
        }
        return new LatinHypercubeDesign(used, seed, blockSize);
    }

    /**
     * The automatic block size of a run of {@code paths}: the largest power of two in {@code [2, 1024]} that divides
     * the paths into at least {@value #AUTO_MIN_BLOCKS} whole blocks (1,024 for 16,384 or 65,536 paths, 32 for
     * 100,000), or 0 if there is none (an odd count, or fewer than 32 paths).
     */
    public static int autoBlockSize(long paths) {
        for (int m = MAX_BLOCK_SIZE; m >= 2; m /= 2) {
            if (paths > 0 && paths % m == 0 && paths / m >= AUTO_MIN_BLOCKS) {
                return m;
            }
        }
        return 0;
    }

    /**
     * Checks a block size.
     *
     * @return {@code blockSize}
     * @throws IllegalArgumentException unless a power of two in {@code [2, 1024]}
     */
    public static int requireBlockSize(int blockSize) {
        Checks.requireArgument(blockSize >= 2 && blockSize <= MAX_BLOCK_SIZE && Integer.bitCount(blockSize) == 1,
            "blockSize", blockSize, "a power of two in [2, " + MAX_BLOCK_SIZE + "]");
        return blockSize;
    }

    /** The points per Latin hypercube block. */
    public int blockSize() {
        return blockSize;
    }

    /** The block path {@code index} belongs to. */
    public long block(long index) {
        return index >>> log2;
    }

    @Override
    public Cursor cursor() {
        return new Cursor(this);
    }

    @Override
    public String describe() {
        return Checks.format("%s, blocks of %d points, %d dimensions", METHOD, blockSize, dimensions());
    }

    /** The generator seed of dimension {@code dim} in block {@code block}. */
    private long seed(long block, int dim) {
        long b = Lxm.mixStafford13(key + Lxm.golden() * (block + 1));
        return Lxm.mixStafford13(b + Lxm.golden() * (dim + 1));
    }

    /**
     * A worker's position in the design: the points of the block it is in, built once when it enters the block.
     * Not thread-safe: one per worker.
     */
    public static final class Cursor implements PointDesign.Cursor {
        private final LatinHypercubeDesign design;
        private final double[] points;
        private final int[] strata;
        private final Lxm rng = new Lxm(0);
        private long block = -1;

        /** A cursor at no block. */
        public Cursor(LatinHypercubeDesign design) {
            this.design = Checks.requireNonNull(design, "design");
            this.points = new double[design.blockSize * design.dimensions()];
            this.strata = new int[design.blockSize];
        }

        /**
         * Fills {@code out[0 .. dimensions)} with path {@code index}'s point, each coordinate strictly inside
         * {@code (0, 1)} on the grid {@code (k + 1/2) 2^-52}; allocates nothing.
         */
        @Override
        public void point(long index, double[] out) {
            long b = design.block(index);
            if (b != block) {
                build(b);
                block = b;
            }
            int d = design.dimensions();
            System.arraycopy(points, (int) (index & (design.blockSize - 1)) * d, out, 0, d);
        }

        private void build(long b) {
            int m = design.blockSize;
            int d = design.dimensions();
            int low = 52 - design.log2;
            for (int j = 0; j < d; j++) {
                rng.reseed(design.seed(b, j));
                for (int k = 0; k < m; k++) {
                    strata[k] = k;
                }
                for (int k = m - 1; k > 0; k--) {
                    int r = rng.nextInt(k + 1);
                    int t = strata[k];
                    strata[k] = strata[r];
                    strata[r] = t;
                }
                for (int k = 0; k < m; k++) {
                    long x = ((long) strata[k] << low) | (rng.nextLong() >>> (64 - low));
                    points[k * d + j] = (x + 0.5) * ULP_52;
                }
            }
        }
    }
}
