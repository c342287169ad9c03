package dev.tariffsim.benchmarks;

import dev.tariffsim.random.PathRandom;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the pick-freeze hook of Sobol analysis: re-seeding a path's five named streams (the reference
 * scenario's) the ordinary way, and with one component's stream taken from the B seed, as
 * {@code SobolAnalysis} does k + 1 times per path. Run with {@code -prof gc} to see that neither allocates.
 *
 * <pre>mvn -B -pl benchmarks -am verify -Pbenchmark -Dbenchmark=PickFreezeBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PickFreezeBenchmark {
    private PathRandom random;
    private Predicate<String> regime;
    private long path;

    @Setup
    public void setUp() {
        random = new PathRandom(42, false);
        for (String s : new String[] {"trade", "macro", "regime", "guarantees", "capitalCalls"}) {
            random.stream(s);
        }
        Set<String> streams = Set.of("regime");
        regime = streams::contains;
    }

    /** Re-seeds five streams from the run seed. */
    @Benchmark
    public long startPath() {
        random.startPath(path++);
        return random.pathIndex();
    }

    /** Re-seeds five streams, one of them from the B seed. */
    @Benchmark
    public long startPathPickFreeze() {
        random.startPath(path++, 7, regime);
        return random.pathIndex();
    }
}
