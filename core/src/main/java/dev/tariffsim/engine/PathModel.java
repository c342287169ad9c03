package dev.tariffsim.engine;

import dev.tariffsim.random.PathRandom;

/**
 * A stochastic model that the engine simulates path by path. A model is an immutable description,
 * shared by all workers; {@link #newSimulator} makes the mutable, per-worker part.
 *
 * <p>Randomness: a simulator takes named streams from the {@link PathRandom} it is given, one per
 * stochastic component ({@code random.stream("fx")}), so that the draws of a component depend only on
 * (seed, path index, component name).
 */
public interface PathModel {
    /** The outputs every path records. */
    OutputSpec outputs();

    /**
     * A simulator for one worker, drawing from {@code random}.
     *
     * @param random the worker's random source; the engine starts it on each path before simulating it
     */
    PathSimulator newSimulator(PathRandom random);
}
