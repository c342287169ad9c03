package dev.tariffsim.random;

import dev.tariffsim.internal.Checks;
import java.util.List;

/**
 * Where the draws a model declares important ({@link QuasiRandomBlock}) come from under a sampling design other
 * than plain Monte Carlo: a map from a path's index to a point of the unit cube, one coordinate per declared
 * dimension. Two designs: scrambled Sobol' replicates ({@link QuasiRandomDesign}) and replicated Latin hypercubes
 * ({@link LatinHypercubeDesign}). A path's point is a function of the run seed and the path index alone, so runs
 * stay reproducible and independent of the thread count.
 *
 * <p>Designs are immutable and thread-safe; each worker draws points through its own {@link Cursor}.
 */
public abstract sealed class PointDesign permits QuasiRandomDesign, LatinHypercubeDesign {
    private final List<QuasiRandomBlock> blocks;
    private final int dimensions;

    /** Takes the blocks and counts their dimensions, which must lie in {@code [1, max]} ({@code kind} names them). */
    PointDesign(List<QuasiRandomBlock> blocks, String kind, int max) {
        this.blocks = List.copyOf(blocks);
        int d = 0;
        for (QuasiRandomBlock b : this.blocks) {
            d += b.dimensions();
        }
        Checks.requireArgument(d >= 1 && d <= max, kind + " dimensions", d, "in [1, " + max + "]");
        this.dimensions = d;
    }

    /** The blocks, in the order their dimensions are taken. */
    public final List<QuasiRandomBlock> blocks() {
        return blocks;
    }

    /** The number of coordinates of a point. */
    public final int dimensions() {
        return dimensions;
    }

    /** A new cursor at no point, for one worker. */
    public abstract Cursor cursor();

    /** A one-line description, for a result's run information (the generator). */
    public abstract String describe();

    /**
     * Fills {@code out[0 .. dimensions)} with the coordinates of path {@code index}'s point, each strictly inside
     * {@code (0, 1)} on the grid {@code (k + 1/2) 2^-52}. Allocates a cursor; workers use {@link #cursor()}.
     */
    public void point(long index, double[] out) {
        cursor().point(index, out);
    }

    /** A worker's position in a design, which may cache what consecutive paths share. Not thread-safe. */
    public interface Cursor {
        /** As {@link PointDesign#point}; allocates nothing in steady state. */
        void point(long index, double[] out);
    }
}
