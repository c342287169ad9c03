package dev.tariffsim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PairedModel;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.PathRange;
import dev.tariffsim.engine.QuantileMode;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.examples.cli.Examples;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Spark run against a local run of the same scenario, seed and paths: the numbers must be the same bits. */
final class SparkMonteCarloTest {
    private static final String REFERENCE = Examples.text("korea-us-2025");
    private static final String NO_DEAL = Examples.text("no-deal");
    private static final int PATHS = 12_000;
    private static final long SEED = 20251017L;
    private static JavaSparkContext jsc;

    @BeforeAll
    static void start() {
        jsc = SparkTestContext.start();
    }

    @AfterAll
    static void stop() {
        jsc.stop();
    }

    private static SimulationResult local(PathModel model, QuantileMode mode, boolean series) {
        return MonteCarlo.builder().paths(PATHS).seed(SEED).threads(2).quantiles(mode).recordSeries(series).build()
            .run(model);
    }

    private static SparkMonteCarlo.Builder spark(QuantileMode mode) {
        return SparkMonteCarlo.builder(jsc).paths(PATHS).seed(SEED).quantiles(mode).partitions(5);
    }

    static void assertSameNumbers(SimulationResult spark, SimulationResult local) {
        assertThat(spark.run().paths()).isEqualTo(local.run().paths());
        assertThat(spark.metrics().keySet()).containsExactlyElementsOf(local.metrics().keySet());
        for (String name : local.metrics().keySet()) {
            MetricStatistics x = local.metric(name);
            MetricStatistics y = spark.metric(name);
            assertThat(y.quantileMethod()).isEqualTo(x.quantileMethod());
            assertThat(y.mean()).as(name).isEqualTo(x.mean());
            assertThat(y.stdDev()).as(name).isEqualTo(x.stdDev());
            assertThat(y.stdError()).as(name).isEqualTo(x.stdError());
            assertThat(y.min()).as(name).isEqualTo(x.min());
            assertThat(y.max()).as(name).isEqualTo(x.max());
            for (double q : new double[] {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99}) {
                assertThat(y.quantile(q)).as(name + " q" + q).isEqualTo(x.quantile(q));
            }
        }
        assertThat(spark.model()).isEqualTo(local.model());
        assertThat(spark.convergence().keySet()).containsExactlyElementsOf(local.convergence().keySet());
        for (String name : local.convergence().keySet()) {
            var x = local.convergence().get(name);
            var y = spark.convergence().get(name);
            assertThat(y.size()).isEqualTo(x.size());
            for (int k = 0; k < x.size(); k++) {
                assertThat(y.paths(k)).isEqualTo(x.paths(k));
                assertThat(y.mean(k)).as(name + " running mean " + k).isEqualTo(x.mean(k));
                assertThat(y.stdError(k)).as(name + " running se " + k).isEqualTo(x.stdError(k));
            }
        }
        assertThat(spark.series().keySet()).containsExactlyElementsOf(local.series().keySet());
        for (String name : local.series().keySet()) {
            SeriesBands x = local.series(name);
            SeriesBands y = spark.series(name);
            for (int t = 0; t < x.steps(); t++) {
                assertThat(y.mean(t)).as(name + " mean at " + t).isEqualTo(x.mean(t));
                for (double level : SeriesBands.LEVELS) {
                    assertThat(y.percentile(level, t)).as(name + " p" + level + " at " + t).isEqualTo(x.percentile(level, t));
                }
            }
        }
    }

    @Test
    void runEqualsLocalRunBitForBitWithExactQuantiles() {
        SimulationResult spark = spark(QuantileMode.EXACT).build().run(ModelSource.scenario(REFERENCE));
        assertSameNumbers(spark, local(new ScenarioModel(ScenarioJson.read(REFERENCE)), QuantileMode.EXACT, true));
    }

    @Test
    void runEqualsLocalRunBitForBitWithSketchQuantiles() {
        SimulationResult spark = spark(QuantileMode.AUTO).partitions(0).build().run(ModelSource.scenario(REFERENCE));
        SimulationResult local = local(new ScenarioModel(ScenarioJson.read(REFERENCE)), QuantileMode.SKETCH, true);
        assertThat(spark.metric("tariffPaid").quantileMethod()).isEqualTo("sketch, relative error 0.4%");
        assertSameNumbers(spark, local);
    }

    @Test
    void antitheticRunEqualsLocalAntitheticRun() {
        SimulationResult spark = spark(QuantileMode.EXACT).antithetic(true).recordSeries(false).partitions(4).build()
            .run(ModelSource.scenario(REFERENCE));
        SimulationResult local = MonteCarlo.builder().paths(PATHS).seed(SEED).threads(2).antithetic(true)
            .recordSeries(false).quantiles(QuantileMode.EXACT).build().run(new ScenarioModel(ScenarioJson.read(REFERENCE)));
        assertThat(spark.run().antithetic()).isTrue();
        assertSameNumbers(spark, local);
    }

    @Test
    void compareEqualsLocalCompare() {
        ModelSource pair = ModelSource.compare(ScenarioJson.read(NO_DEAL), ScenarioJson.read(REFERENCE));
        SimulationResult spark = spark(QuantileMode.EXACT).recordSeries(false).build().run(pair);
        PathModel model = PairedModel.of(new ScenarioModel(ScenarioJson.read(NO_DEAL)),
            new ScenarioModel(ScenarioJson.read(REFERENCE)));
        assertSameNumbers(spark, local(model, QuantileMode.EXACT, false));
    }

    @Test
    void aSweepRunsAsOneJobOfPointByRangeTasksWithEachPointEqualToItsLocalRun() throws Exception {
        TaskCounter counter = new TaskCounter();
        jsc.sc().addSparkListener(counter);
        List<String> caps = List.of("10.0", "20.0", "40.0");
        List<ModelSource> points = new java.util.ArrayList<>();
        for (String cap : caps) {
            points.add(ModelSource.scenario(REFERENCE.replace("\"annualCap\" : 20.0", "\"annualCap\" : " + cap)));
        }
        List<SimulationResult> sweep;
        try {
            sweep = spark(QuantileMode.SKETCH).recordSeries(false).partitions(3).build().runAll(points);
        } finally {
            jsc.sc().listenerBus().waitUntilEmpty();
            jsc.sc().removeSparkListener(counter);
        }
        assertThat(counter.started.get()).isEqualTo(9);
        assertThat(sweep).hasSize(3);
        for (int p = 0; p < caps.size(); p++) {
            assertSameNumbers(sweep.get(p), local(points.get(p).create(), QuantileMode.SKETCH, false));
        }
        // the points really differ: a higher annual cap pays the pledge sooner
        assertThat(sweep.get(0).metric("contributions").mean()).isLessThan(sweep.get(2).metric("contributions").mean());
    }

    @Test
    void aFailedTaskIsRetriedWithoutChangingTheResult() throws Exception {
        TaskCounter counter = new TaskCounter();
        jsc.sc().addSparkListener(counter);
        try {
            String text = REFERENCE;
            ModelSource flaky = () -> new FailsOnFirstAttempt(new ScenarioModel(ScenarioJson.read(text)), 1);
            SimulationResult spark = spark(QuantileMode.EXACT).recordSeries(false).partitions(3).build().run(flaky);
            assertSameNumbers(spark, local(new ScenarioModel(ScenarioJson.read(REFERENCE)), QuantileMode.EXACT, false));
        } finally {
            jsc.sc().listenerBus().waitUntilEmpty();
            jsc.sc().removeSparkListener(counter);
        }
        assertThat(counter.failed.get()).isEqualTo(1);
        assertThat(counter.started.get()).isEqualTo(4);
    }

    @Test
    void aBadScenarioIsRejectedBeforeAnyTask() throws Exception {
        TaskCounter counter = new TaskCounter();
        jsc.sc().addSparkListener(counter);
        String bad = REFERENCE.replaceFirst("\"horizonMonths\"\\s*:\\s*\\d+", "\"horizonMonths\": -3");
        assertThat(bad).isNotEqualTo(REFERENCE);
        try {
            assertThatThrownBy(() -> spark(QuantileMode.SKETCH).build().run(ModelSource.scenario(bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horizonMonths").hasMessageContaining("-3");
        } finally {
            jsc.sc().listenerBus().waitUntilEmpty();
            jsc.sc().removeSparkListener(counter);
        }
        assertThat(counter.started.get()).isZero();
    }

    @Test
    void rangesAreWholeBatchesCoveringEveryPathOnce() {
        List<PathRange> r = SparkMonteCarlo.ranges(10 * MonteCarlo.BATCH + 5, 4);
        assertThat(r).containsExactly(new PathRange(0, 2 * 1024), new PathRange(2 * 1024, 5 * 1024),
            new PathRange(5 * 1024, 8 * 1024), new PathRange(8 * 1024, 10 * 1024 + 5));
        assertThat(SparkMonteCarlo.ranges(100, 8)).containsExactly(new PathRange(0, 100));
    }

    /** A model whose simulator throws on the first attempt of one Spark partition: a flaky executor. */
    record FailsOnFirstAttempt(PathModel inner, int partition) implements PathModel {
        @Override
        public OutputSpec outputs() {
            return inner.outputs();
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public java.util.Optional<java.time.YearMonth> startMonth() {
            return inner.startMonth();
        }

        @Override
        public dev.tariffsim.engine.PathSimulator newSimulator(dev.tariffsim.random.PathRandom random) {
            dev.tariffsim.engine.PathSimulator sim = inner.newSimulator(random);
            return out -> {
                TaskContext ctx = TaskContext.get();
                if (ctx != null && ctx.partitionId() == partition && ctx.attemptNumber() == 0) {
                    throw new IllegalStateException("simulated executor failure");
                }
                sim.simulate(out);
            };
        }
    }
}
