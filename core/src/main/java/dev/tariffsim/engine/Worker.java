package dev.tariffsim.engine;

import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.PointDesign;

/**
 * One worker's random source and simulator; reused across batches and rounds. Not thread-safe, but for
 * {@link #abandon}, which any thread may call.
 */
final class Worker {
    private final PathRandom random;
    private final PathSimulator simulator;
    /** Set once the run needs none of this worker's paths: the batch in progress stops at its next path. */
    private volatile boolean abandoned;

    Worker(PathModel model, long seed, boolean antithetic, PointDesign design) {
        this.random = design == null ? new PathRandom(seed, antithetic) : new PathRandom(seed, design);
        this.simulator = model.newSimulator(random);
    }

    /**
     * Simulates paths {@code [from, to)} into {@code out}; a failure on a path names it. Returns false, with
     * {@code out} holding only some of the paths, if the worker was {@linkplain #abandon abandoned} meanwhile.
     */
    boolean simulate(long from, long to, ResultAccumulator out) {
        for (long i = from; i < to; i++) {
            if (abandoned) {
                return false;
            }
            try {
                random.startPath(i);
                simulator.simulate(out);
                out.endPath(i);
            } catch (RuntimeException e) {
                throw new SimulationException(i, e);
            }
        }
        return true;
    }

    /** Stops the batch in progress at its next path, and every later one: the run needs no more paths from it. */
    void abandon() {
        abandoned = true;
    }
}
