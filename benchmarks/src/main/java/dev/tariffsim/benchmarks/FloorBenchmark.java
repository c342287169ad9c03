package dev.tariffsim.benchmarks;

import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;
import dev.tariffsim.scenario.Scenario;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The floor of a reference path: the same re-seeds, exactly the random numbers one reference path draws (2 + 120
 * uniforms, 3 x 120 + 31 normals) and as many {@code exp} calls (3 x 120), and nothing else. No implementation of
 * the model can be faster.
 *
 * <pre>mvn -B -pl benchmarks -am verify -Pbenchmark -Dbenchmark=FloorBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FloorBenchmark {
    private PathRandom random;
    private RandomStream trade;
    private RandomStream macro;
    private RandomStream regime;
    private RandomStream guarantees;
    private int months;
    private int projects;
    private long path;

    @Setup
    public void setUp() {
        Scenario s = Reference.scenario();
        months = s.horizonMonths();
        projects = s.pledge().shipbuilding().guarantees().projects();
        random = new PathRandom(42, false);
        trade = random.stream("trade");
        macro = random.stream("macro");
        regime = random.stream("regime");
        guarantees = random.stream("guarantees");
    }

    /** One path's draws and exps; returns their sum so that nothing is optimised away. */
    @Benchmark
    public double floor() {
        random.startPath(path++);
        double acc = trade.nextUniform() + trade.nextUniform();
        for (int t = 0; t < months; t++) {
            double a = macro.nextGaussian();
            double b = macro.nextGaussian();
            double c = macro.nextGaussian();
            acc += Math.exp(a * 0.01) + Math.exp(b * 0.01) + Math.exp(c * 0.01) + regime.nextDouble();
        }
        for (int j = 0; j <= projects; j++) {
            acc += guarantees.nextGaussian();
        }
        return acc;
    }
}
