package dev.tariffsim.benchmarks;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.model.ScenarioModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full reference run of 100,000 paths with every metric and series, on 1 and on 2 threads: seconds a run;
 * paths per second is 100,000 divided by it. Includes thread start-up, the ordered merge and the final
 * statistics, but not sorting the metrics' values, which happens when a statistic that needs it is first read (this
 * benchmark reads none; {@code SmallRunBenchmark.runAndReadEveryMetric} does).
 *
 * <pre>mvn -B -pl benchmarks -am verify -Pbenchmark -Dbenchmark=FullRunBenchmark -Djmh.args="-f 1"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FullRunBenchmark {
    /** Paths per run. */
    public static final int PATHS = 100_000;

    @Param({"1", "2"})
    public int threads;

    private ScenarioModel model;
    private MonteCarlo engine;

    @Setup
    public void setUp() {
        model = new ScenarioModel(Reference.scenario());
        int paths = Reference.smoke() ? 2 * MonteCarlo.BATCH : PATHS;
        engine = MonteCarlo.builder().paths(paths).seed(1).threads(threads).build();
    }

    /** One run. */
    @Benchmark
    public SimulationResult fullRun() {
        return engine.run(model);
    }
}
