package dev.tariffsim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.analysis.Axis;
import dev.tariffsim.analysis.BreakEven;
import dev.tariffsim.analysis.BreakEvenResult;
import dev.tariffsim.analysis.CapturedPaths;
import dev.tariffsim.analysis.Component;
import dev.tariffsim.analysis.ModelRecipe;
import dev.tariffsim.analysis.RunSettings;
import dev.tariffsim.analysis.SobolAnalysis;
import dev.tariffsim.analysis.SobolResult;
import dev.tariffsim.analysis.Statistic;
import dev.tariffsim.analysis.StressResult;
import dev.tariffsim.analysis.StressTest;
import dev.tariffsim.analysis.Sweep;
import dev.tariffsim.analysis.SweepResult;
import dev.tariffsim.analysis.Tornado;
import dev.tariffsim.analysis.TornadoResult;
import dev.tariffsim.examples.cli.Examples;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.Tail;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyses on Spark ({@link SparkEvaluator}) against the same analyses on this machine: same scenario, seed
 * and paths, so every number must be the same bits. The path counts span several engine batches, so each run is
 * several range tasks whose results are joined on the driver.
 */
final class SparkAnalysisTest {
    private static final Scenario REFERENCE = ScenarioJson.read(Examples.text("korea-us-2025"));
    private static final long SEED = 20251017L;
    private static JavaSparkContext jsc;
    private static TaskCounter tasks;

    @BeforeAll
    static void start() {
        jsc = SparkTestContext.start();
        tasks = new TaskCounter();
        jsc.sc().addSparkListener(tasks);
    }

    @AfterAll
    static void stop() {
        jsc.stop();
    }

    private static RunSettings local(long paths) {
        return RunSettings.of(paths, SEED).withThreads(2);
    }

    /** The same settings on Spark, with 3 ranges per run. */
    private static RunSettings spark(long paths) {
        return local(paths).withEvaluator(new SparkEvaluator(() -> jsc, () -> 3));
    }

    /** Waits until the listener bus has told the counter of every event so far. */
    private static void drain() {
        try {
            jsc.sc().listenerBus().waitUntilEmpty();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private static int tasksOf(Runnable job) {
        drain();
        int before = tasks.started.get();
        job.run();
        drain();
        return tasks.started.get() - before;
    }

    static void assertSame(Map<String, MetricStatistics> spark, Map<String, MetricStatistics> local) {
        assertThat(spark.keySet()).containsExactlyElementsOf(local.keySet());
        for (String name : local.keySet()) {
            MetricStatistics x = local.get(name);
            MetricStatistics y = spark.get(name);
            assertThat(y.count()).as(name).isEqualTo(x.count());
            assertThat(y.mean()).as(name).isEqualTo(x.mean());
            assertThat(y.stdDev()).as(name).isEqualTo(x.stdDev());
            assertThat(y.min()).as(name).isEqualTo(x.min());
            assertThat(y.max()).as(name).isEqualTo(x.max());
            for (double q : new double[] {0.05, 0.5, 0.95}) {
                assertThat(y.quantile(q)).as(name + " q" + q).isEqualTo(x.quantile(q));
            }
        }
    }

    @Test
    void sobolOnSparkEqualsTheLocalAnalysisBitForBit() {
        Scenario s = REFERENCE;
        List<Component> comps = Component.of(new ScenarioModel(s));
        List<String> metrics = List.of("netDealValue", "dealSavings");
        SobolAnalysis.Bootstrap boot = new SobolAnalysis.Bootstrap(50, 0.9, 3);
        SobolResult local = SobolAnalysis.run(local(3000), new ScenarioModel(s), comps, metrics, boot);
        SobolResult[] spark = new SobolResult[1];
        int n = tasksOf(() -> spark[0] = SobolAnalysis.run(spark(3000), ModelRecipe.scenario(s), comps, metrics,
            boot));
        assertThat(n).as("tasks: one per range of the pick-freeze run").isEqualTo(3);
        assertThat(spark[0]).isEqualTo(local);
        assertThat(local.indices().get(0).components()).hasSize(comps.size());
        assertThat(local.evaluations()).isEqualTo((comps.size() + 2) * 3000L);
    }

    @Test
    void capturedPathsAndStressTestOnSparkEqualTheLocalOnes() {
        ModelRecipe recipe = ModelRecipe.scenario(REFERENCE);
        List<String> metrics = List.of("netDealValue", "dealSavings");
        CapturedPaths local = CapturedPaths.run(local(2500), recipe, metrics);
        CapturedPaths spark = CapturedPaths.run(spark(2500), recipe, metrics);
        for (String m : metrics) {
            assertThat(spark.values(m)).as(m).containsExactly(local.values(m));
        }
        assertSame(spark.result().metrics(), local.result().metrics());
        StressResult st = StressTest.run(spark(2500), recipe, "netDealValue", 0.05, Tail.LOWER);
        assertThat(st).isEqualTo(StressTest.run(local(2500), new ScenarioModel(REFERENCE), "netDealValue", 0.05,
            Tail.LOWER));
    }

    @Test
    void sweepOnSparkIsOneJobOfPointTimesRangeTasksWithTheLocalNumbers() {
        List<Axis> axes = List.of(Axis.parse("pledge.cash.annualCap=10:30:10"));
        List<String> metrics = List.of("netDealValue", "dealSavings");
        SweepResult local = Sweep.run(local(2500), REFERENCE, axes, metrics);
        SweepResult[] spark = new SweepResult[1];
        int n = tasksOf(() -> spark[0] = Sweep.run(spark(2500), REFERENCE, axes, metrics));
        assertThat(n).as("2 paired runs x 3 ranges").isEqualTo(6);
        assertThat(spark[0].points()).hasSize(3);
        for (int p = 0; p < 3; p++) {
            assertThat(spark[0].points().get(p).values()).isEqualTo(local.points().get(p).values());
            assertSame(spark[0].points().get(p).metrics(), local.points().get(p).metrics());
        }
        assertThat(spark[0].steps()).hasSize(2);
        for (int k = 0; k < 2; k++) {
            assertSame(spark[0].steps().get(k).differences(), local.steps().get(k).differences());
        }
    }

    @Test
    void tornadoAndBreakEvenOnSparkEqualTheLocalOnes() {
        List<Tornado.Input> inputs = List.of(new Tornado.Input("pledge.cash.annualCap", 10, 30));
        TornadoResult local = Tornado.run(local(1500), REFERENCE, inputs, "netDealValue");
        TornadoResult spark = Tornado.run(spark(1500), REFERENCE, inputs, "netDealValue");
        assertSame(Map.of("base", spark.base()), Map.of("base", local.base()));
        assertSame(Map.of("low", spark.bars().get(0).atLow(), "swing", spark.bars().get(0).swing()),
            Map.of("low", local.bars().get(0).atLow(), "swing", local.bars().get(0).swing()));
        Statistic mean = Statistic.mean("netDealValue");
        double target = local.base().mean();
        BreakEvenResult a = BreakEven.solve(local(1500), REFERENCE, "pledge.cash.annualCap", 5, 60, mean, target, 1);
        BreakEvenResult b = BreakEven.solve(spark(1500), REFERENCE, "pledge.cash.annualCap", 5, 60, mean, target, 1);
        assertThat(b).usingRecursiveComparison().isEqualTo(a);
    }

    @Test
    void aModelObjectCannotTravelAndFailsBeforeAnyTask() {
        int[] n = new int[1];
        assertThatThrownBy(() -> n[0] = tasksOf(() -> CapturedPaths.run(spark(1500),
            new ScenarioModel(REFERENCE), List.of("netDealValue"))))
            .isInstanceOf(ClusterRunException.class);
        drain();
    }
}
