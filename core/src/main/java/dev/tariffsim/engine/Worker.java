package dev.tariffsim.engine;

import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.PointDesign;

/** One worker's random source and simulator; reused across batches and rounds. Not thread-safe. */
final class Worker {
    private final PathRandom random;
    private final PathSimulator simulator;

    Worker(PathModel model, long seed, boolean antithetic, PointDesign design) {
        this.random = design == null ? new PathRandom(seed, antithetic) : new PathRandom(seed, design);
        this.simulator = model.newSimulator(random);
    }

    /** Simulates paths {@code [from, to)} into {@code out}; a failure on a path names it. */
    void simulate(long from, long to, ResultAccumulator out) {
        for (long i = from; i < to; i++) {
            try {
                random.startPath(i);
                simulator.simulate(out);
                out.endPath(i);
            } catch (RuntimeException e) {
                throw new SimulationException(i, e);
            }
        }
    }
}
