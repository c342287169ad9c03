package dev.tariffsim.random;

import java.util.List;

/**
 * Where the draws a model declares important ({@link QuasiRandomBlock}) come from under a sampling design other
 * than plain Monte Carlo: a map from a path's index to a point of the unit cube, one coordinate per declared
 * dimension. Two designs: scrambled Sobol' replicates ({@link QuasiRandomDesign}) and replicated Latin hypercubes
 * ({@link LatinHypercubeDesign}). A path's point is a function of the run seed and the path index alone, so runs
 * stay reproducible and independent of the thread count.
 *
 * <p>Implementations are immutable and thread-safe; each worker draws points through its own {@link Cursor}.
 */
public interface PointDesign {
    /** The declared blocks, in the order their dimensions are taken. */
    List<QuasiRandomBlock> blocks();

    /** The number of coordinates of a point. */
    int dimensions();

    /** A new cursor at no point, for one worker. */
    Cursor cursor();

    /** A one-line description, for a result's run information (the generator). */
    String describe();

    /**
     * Fills {@code out[0 .. dimensions)} with the coordinates of path {@code index}'s point, each strictly inside
     * {@code (0, 1)}. Allocates a cursor; workers use {@link #cursor()}.
     */
    default void point(long index, double[] out) {
        cursor().point(index, out);
    }

    /** A worker's position in a design, which may cache what consecutive paths share. Not thread-safe. */
    interface Cursor {
        /** As {@link PointDesign#point}; allocates nothing in steady state. */
        void point(long index, double[] out);
    }
}
