package dev.tariffsim.benchmarks;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PathSimulator;
import dev.tariffsim.engine.ResultAccumulator;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.QuasiRandomDesign;
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
 * One path of the reference scenario on one thread, as the engine runs it: re-seed the streams, simulate the
 * 120 months, record every metric (and, with {@code series=true}, the five monthly series) into a batch
 * accumulator that is cleared every {@value MonteCarlo#BATCH} paths; plain Monte Carlo or randomised QMC (the cost
 * of the Sobol' point, the normal quantiles and the Brownian bridges).
 *
 * <pre>mvn -B -pl benchmarks -am verify -Pbenchmark -Dbenchmark=ReferencePathBenchmark -Djmh.args="-f 1 -wi 3 -i 5 -prof gc"</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReferencePathBenchmark {
    @Param({"false", "true"})
    public boolean series;

    /** {@code mc}, or {@code rqmc}: the path's declared draws from a scrambled Sobol' point (16 replicates). */
    @Param({"mc", "rqmc"})
    public String sampling;

    private PathRandom random;
    private PathSimulator simulator;
    private ResultAccumulator accumulator;
    private long path;

    @Setup
    public void setUp() {
        ScenarioModel model = new ScenarioModel(Reference.scenario());
        random = sampling.equals("rqmc")
            ? new PathRandom(42, QuasiRandomDesign.of(model.quasiRandomBlocks(), 42, 16)) : new PathRandom(42, false);
        simulator = model.newSimulator(random);
        accumulator = new ResultAccumulator(model.outputs(), MonteCarlo.BATCH, series);
    }

    /** One path. */
    @Benchmark
    public int referencePath() {
        if (accumulator.count() == MonteCarlo.BATCH) {
            accumulator.clear();
        }
        long i = path++;
        random.startPath(i);
        simulator.simulate(accumulator);
        accumulator.endPath(i);
        return accumulator.count();
    }
}
