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

    /**
     * The draws that randomised quasi-Monte Carlo ({@link Sampling#RQMC}) should take from scrambled Sobol' points,
     * most important first (the order in which they get Sobol' dimensions): typically the path's parameters, then
     * the coarse shape of its Brownian drivers. Empty (the default) for a model that declares none, which then
     * cannot run under RQMC.
     */
    default java.util.List<dev.tariffsim.random.QuasiRandomBlock> quasiRandomBlocks() {
        return java.util.List.of();
    }

    /**
     * Path quantities of exactly known mean that the simulator records with {@link PathRecorder#control} when the
     * recorder {@link PathRecorder#recordsControls() asks}, for control variates; empty by default.
     */
    default java.util.List<ControlVariate> controlVariates() {
        return java.util.List.of();
    }

    /** The model's name, as reports print it (a scenario's name); by default the class's (simple) name. */
    default String name() {
        String simple = getClass().getSimpleName();
        return simple.isEmpty() ? getClass().getName() : simple;
    }

    /**
     * The calendar month of series step 0, by which reports label the steps of every series; empty (the
     * default) when the model's steps are not calendar months, and reports then print step numbers.
     */
    default java.util.Optional<java.time.YearMonth> startMonth() {
        return java.util.Optional.empty();
    }
}
