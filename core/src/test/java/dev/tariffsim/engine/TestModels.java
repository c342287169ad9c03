package dev.tariffsim.engine;

import dev.tariffsim.random.PathRandom;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;

/** Small path models for tests. */
public final class TestModels {
    private TestModels() {
    }

    /** A model recording {@code spec}, whose simulators {@code simulators} makes from a worker's random numbers. */
    public static PathModel of(OutputSpec spec, Function<PathRandom, PathSimulator> simulators) {
        return of(null, null, spec, simulators);
    }

    /** The same, named {@code name} (the default name if null), on calendar months from {@code start} (if not null). */
    public static PathModel of(String name, YearMonth start, OutputSpec spec,
                               Function<PathRandom, PathSimulator> simulators) {
        return new PathModel() {
            @Override
            public OutputSpec outputs() {
                return spec;
            }

            @Override
            public PathSimulator newSimulator(PathRandom random) {
                return simulators.apply(random);
            }

            @Override
            public String name() {
                return name == null ? PathModel.super.name() : name;
            }

            @Override
            public Optional<YearMonth> startMonth() {
                return Optional.ofNullable(start);
            }
        };
    }
}
