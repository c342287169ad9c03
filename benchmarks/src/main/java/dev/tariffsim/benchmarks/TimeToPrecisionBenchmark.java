package dev.tariffsim.benchmarks;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PrecisionTarget;
import dev.tariffsim.engine.Sampling;
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
 * Precision per second as a user feels it: the wall time of a reference run (2 threads, no series) that stops once
 * the 95% CI half-width of the mean of {@code dealSavings} is at most 0.1 USD bn, or that of {@code netDealValue} at
 * most 0.25, checked every 1,024 paths from 1,024 on, for plain Monte Carlo (without and with control variates),
 * antithetic pairs, randomised QMC with 16 replicates (without and with control variates) and with 32
 * replicates and control variates, and Latin hypercube sampling in blocks of 1,024 paths (without and with control
 * variates). Every invocation runs with the next seed, so the score averages the stopping point over seeds, and
 * reads the target metric's mean and interval.
 *
 * <pre>mvn -B -pl benchmarks -am verify -DskipTests -Pbenchmark -Dbenchmark=TimeToPrecisionBenchmark -Djmh.args="-f 1"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class TimeToPrecisionBenchmark {
    @Param({"mc", "mccv", "antithetic", "rqmc16", "rqmc16cv", "rqmc32cv", "lhs", "lhscv"})
    public String sampling;

    @Param({"dealSavings=0.1", "netDealValue=0.25"})
    public String target;

    private ScenarioModel model;
    private long seed;

    @Setup
    public void setUp() {
        model = new ScenarioModel(Reference.scenario());
    }

    /** A runner for the given sampling and target ({@code metric=halfWidth}). */
    static MonteCarlo runner(String sampling, String target, long seed) {
        int eq = target.indexOf('=');
        long most = Reference.smoke() ? 4 * MonteCarlo.BATCH : 1 << 22;
        return builder(sampling, seed).paths(most).minPaths(MonteCarlo.BATCH).checkEvery(MonteCarlo.BATCH)
            .precision(PrecisionTarget.absolute(target.substring(0, eq), Double.parseDouble(target.substring(eq + 1))))
            .build();
    }

    /** A builder for the given sampling: 2 threads, no series. */
    static MonteCarlo.Builder builder(String sampling, long seed) {
        MonteCarlo.Builder b = MonteCarlo.builder().seed(seed).threads(2).recordSeries(false);
        switch (sampling) {
            case "mc" -> { }
            case "mccv" -> b.controlVariates(true);
            case "antithetic" -> b.antithetic(true);
            case "rqmc16" -> b.sampling(Sampling.RQMC).replicates(16);
            case "rqmc32" -> b.sampling(Sampling.RQMC).replicates(32);
            case "rqmc16cv" -> b.sampling(Sampling.RQMC).replicates(16).controlVariates(true);
            case "rqmc32cv" -> b.sampling(Sampling.RQMC).replicates(32).controlVariates(true);
            case "lhs" -> b.sampling(Sampling.LHS);
            case "lhscv" -> b.sampling(Sampling.LHS).controlVariates(true);
            case "lhs128" -> b.sampling(Sampling.LHS).blockSize(128);
            case "lhs128cv" -> b.sampling(Sampling.LHS).blockSize(128).controlVariates(true);
            default -> throw new IllegalArgumentException("sampling: " + sampling);
        }
        return b;
    }

    /** One run to the target, and the target metric's mean and interval: what the user came for. */
    @Benchmark
    public double toPrecision() {
        SimulationResult r = runner(sampling, target, ++seed).run(model);
        MetricStatistics m = r.metric(target.substring(0, target.indexOf('=')));
        return m.mean() + m.confidenceInterval().halfWidth();
    }
}
