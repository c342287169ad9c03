package dev.tariffsim.benchmarks;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.ResultAccumulator;
import dev.tariffsim.model.ScenarioModel;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The accumulator's cost per path: recording the reference model's metrics and, with {@code series=true}, its
 * five series of 120 months, from precomputed realistic values.
 *
 * <pre>mvn -B -pl benchmarks -am verify -Pbenchmark -Dbenchmark=AccumulatorBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AccumulatorBenchmark {
    private static final int VARIANTS = 64;

    @Param({"false", "true"})
    public boolean series;

    private ResultAccumulator accumulator;
    private int metrics;
    private int seriesCount;
    private int steps;
    private double[][] metricValues;
    private double[][][] seriesValues;
    private int k;

    @Setup
    public void setUp() {
        OutputSpec spec = new ScenarioModel(Reference.scenario()).outputs();
        accumulator = new ResultAccumulator(spec, MonteCarlo.BATCH, series);
        metrics = spec.metrics().size();
        seriesCount = spec.series().size();
        steps = spec.series().get(0).steps();
        SplittableRandom r = new SplittableRandom(1);
        metricValues = new double[VARIANTS][metrics];
        seriesValues = new double[VARIANTS][seriesCount][steps];
        double[] levels = {1400, 430, 100, 80, 0.8};
        for (int v = 0; v < VARIANTS; v++) {
            for (int m = 0; m < metrics; m++) {
                metricValues[v][m] = spec.metrics().get(m).event() ? r.nextInt(2) : 50 * r.nextDouble();
            }
            for (int s = 0; s < seriesCount; s++) {
                for (int t = 0; t < steps; t++) {
                    seriesValues[v][s][t] = levels[s] * (0.8 + 0.4 * r.nextDouble());
                }
            }
        }
    }

    /** One path's worth of recording. */
    @Benchmark
    public int recordPath() {
        if (accumulator.count() == MonteCarlo.BATCH) {
            accumulator.clear();
        }
        int v = k++ & (VARIANTS - 1);
        double[][] sv = seriesValues[v];
        for (int t = 0; t < steps; t++) {
            for (int s = 0; s < seriesCount; s++) {
                accumulator.series(s, t, sv[s][t]);
            }
        }
        double[] mv = metricValues[v];
        for (int m = 0; m < metrics; m++) {
            accumulator.metric(m, mv[m]);
        }
        accumulator.endPath(k);
        return accumulator.count();
    }
}
