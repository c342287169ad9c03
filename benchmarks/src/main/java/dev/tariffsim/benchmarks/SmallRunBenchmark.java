package dev.tariffsim.benchmarks;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PrecisionTarget;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.stats.MetricStatistics;
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
 * The fixed cost of a small run: a whole reference run (series off) of 1,024 or 8,192 paths on 1 or 2 threads, for
 * plain Monte Carlo ({@code mc}) and randomised QMC with 16 replicates and control variates ({@code rqmc16cv}), as
 * {@link TimeToPrecisionBenchmark} configures them. With {@code checked=true} the run carries a precision target it
 * cannot meet (a half-width of 1e-9 on {@code dealSavings}), checked every 1,024 paths from 1,024 on: it runs the
 * same paths as without, in rounds of 1,024 with a precision check after each, so the difference between the two
 * is the cost of precision control. What a run costs beyond its paths is the score minus paths times the cost of a
 * path ({@code ReferencePathBenchmark}, divided by the threads). {@code run} reads nothing of the result;
 * {@code runAndReadEveryMetric} reads every metric's mean, standard deviation, interval and quantiles, as a report
 * does (exact statistics sort a metric's values when first read).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar SmallRunBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SmallRunBenchmark {
    @Param({"1024", "8192"})
    public int paths;

    @Param({"1", "2"})
    public int threads;

    @Param({"mc", "rqmc16cv"})
    public String sampling;

    @Param({"false", "true"})
    public boolean checked;

    private ScenarioModel model;
    private MonteCarlo engine;

    @Setup
    public void setUp() {
        model = new ScenarioModel(Reference.scenario());
        MonteCarlo.Builder b = TimeToPrecisionBenchmark.builder(sampling, 1).threads(threads).paths(paths);
        if (checked) {
            b.minPaths(MonteCarlo.BATCH).checkEvery(MonteCarlo.BATCH)
                .precision(PrecisionTarget.absolute("dealSavings", 1e-9));
        }
        engine = b.build();
    }

    /** One run. */
    @Benchmark
    public SimulationResult run() {
        return engine.run(model);
    }

    /** One run, then every metric's mean, standard deviation, interval and quantiles, as a report reads them. */
    @Benchmark
    public double runAndReadEveryMetric() {
        double sum = 0;
        for (MetricStatistics m : engine.run(model).metrics().values()) {
            sum += m.mean() + m.stdDev() + m.confidenceInterval().low() + m.quantile(0.05) + m.quantile(0.5)
                + m.quantile(0.95);
        }
        return sum;
    }
}
