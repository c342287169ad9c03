package dev.tariffsim.benchmarks;

import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One draw: a standard normal from a path stream (the JDK's ziggurat on {@code L64X128MixRandom}), a uniform,
 * a path re-seed, and commons-math3's {@code NormalDistribution.sample()} for comparison.
 *
 * <pre>mvn -B -pl benchmarks -am verify -Pbenchmark -Dbenchmark=RandomBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RandomBenchmark {
    private PathRandom random;
    private RandomStream stream;
    private NormalDistribution commons;
    private long path;

    @Setup
    public void setUp() {
        random = new PathRandom(42, false);
        stream = random.stream("bench");
        random.startPath(0);
        commons = new NormalDistribution(new Well19937c(42), 0, 1);
    }

    /** One standard normal from a path stream. */
    @Benchmark
    public double normalDraw() {
        return stream.nextGaussian();
    }

    /** One uniform in (0, 1) from a path stream. */
    @Benchmark
    public double uniformDraw() {
        return stream.nextUniform();
    }

    /** Re-seeding one stream for a new path. */
    @Benchmark
    public long startPath() {
        random.startPath(path++);
        return path;
    }

    /** commons-math3's normal sample (inversion on a Well19937c): what the hot loop avoids. */
    @Benchmark
    public double commonsMathNormalSample() {
        return commons.sample();
    }
}
