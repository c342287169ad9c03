package dev.tariffsim.engine;

import dev.tariffsim.random.PathRandom;
import java.util.function.Function;

/** Small path models for the engine's tests. */
final class TestModels {
    private TestModels() {
    }

    /** A model recording {@code spec}, whose simulators {@code simulators} makes from a worker's random numbers. */
    static PathModel of(OutputSpec spec, Function<PathRandom, PathSimulator> simulators) {
        return new PathModel() {
            @Override
            public OutputSpec outputs() {
                return spec;
            }

            @Override
            public PathSimulator newSimulator(PathRandom random) {
                return simulators.apply(random);
            }
        };
    }
}
