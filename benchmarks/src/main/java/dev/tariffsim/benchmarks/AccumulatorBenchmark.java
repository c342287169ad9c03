package dev.tariffsim.benchmarks;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.ResultAccumulator;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.stats.SeriesBands;
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
 * The accumulator's cost per path: recording the reference model's metrics and, with {@code series=true}, every
 * series it declares (each of 120 months), from precomputed realistic values: each series step's value varies by
 * +-20% around the step's mean in a short reference run (an event series is 1 with that mean's probability), so the
 * benchmark follows the model's series as they change.
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
    private int[] steps;
    private int maxSteps;
    private double[][] metricValues;
    private double[][][] seriesValues;
    private int k;

    @Setup
    public void setUp() {
        ScenarioModel model = new ScenarioModel(Reference.scenario());
        OutputSpec spec = model.outputs();
        accumulator = new ResultAccumulator(spec, MonteCarlo.BATCH, series);
        metrics = spec.metrics().size();
        seriesCount = spec.series().size();
        steps = new int[seriesCount];
        SimulationResult levels = MonteCarlo.builder().paths(64).seed(1).threads(1).build().run(model);
        SplittableRandom r = new SplittableRandom(1);
        metricValues = new double[VARIANTS][metrics];
        seriesValues = new double[VARIANTS][seriesCount][];
        for (int v = 0; v < VARIANTS; v++) {
            for (int m = 0; m < metrics; m++) {
                metricValues[v][m] = spec.metrics().get(m).event() ? r.nextInt(2) : 50 * r.nextDouble();
            }
            for (int s = 0; s < seriesCount; s++) {
                OutputSpec.Series declared = spec.series().get(s);
                SeriesBands mean = levels.series(declared.name());
                steps[s] = declared.steps();
                maxSteps = Math.max(maxSteps, steps[s]);
                seriesValues[v][s] = new double[steps[s]];
                for (int t = 0; t < steps[s]; t++) {
                    seriesValues[v][s][t] = declared.event() ? (r.nextDouble() < mean.mean(t) ? 1 : 0)
                        : mean.mean(t) * (0.8 + 0.4 * r.nextDouble());
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
        for (int t = 0; t < maxSteps; t++) {
            for (int s = 0; s < seriesCount; s++) {
                if (t < steps[s]) {
                    accumulator.series(s, t, sv[s][t]);
                }
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
