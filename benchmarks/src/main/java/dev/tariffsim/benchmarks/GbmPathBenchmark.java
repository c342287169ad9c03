package dev.tariffsim.benchmarks;

import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A toy geometric Brownian motion path of 120 monthly steps: one re-seed, 120 normals, 120 {@code exp}.
 *
 * <pre>mvn -B -pl benchmarks -am verify -Pbenchmark -Dbenchmark=GbmPathBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GbmPathBenchmark {
    private static final int STEPS = 120;
    private PathRandom random;
    private RandomStream stream;
    private long path;
    private final double drift = (0.05 - 0.5 * 0.2 * 0.2) / 12;
    private final double vol = 0.2 * Math.sqrt(1.0 / 12);

    @Setup
    public void setUp() {
        random = new PathRandom(42, false);
        stream = random.stream("price");
    }

    /** One path; returns the terminal price. */
    @Benchmark
    public double gbmPath() {
        random.startPath(path++);
        double s = 100;
        for (int t = 0; t < STEPS; t++) {
            s *= Math.exp(drift + vol * stream.nextGaussian());
        }
        return s;
    }
}
