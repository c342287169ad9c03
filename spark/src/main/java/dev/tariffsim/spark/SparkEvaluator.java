package dev.tariffsim.spark;

import dev.tariffsim.analysis.CapturedPaths;
import dev.tariffsim.analysis.Evaluator;
import dev.tariffsim.analysis.ModelRecipe;
import dev.tariffsim.analysis.RunSettings;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.PathRange;
import dev.tariffsim.engine.QuantileMode;
import dev.tariffsim.engine.ResultAccumulator;
import dev.tariffsim.engine.SimulationResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Function2;
import scala.runtime.BoxedUnit;

/**
 * The analyses ({@code dev.tariffsim.analysis}: sweeps, tornados, break-even searches, Sobol analyses, stress
 * tests) on Spark, as an {@link Evaluator}: {@code Sweep.run(settings.withEvaluator(SparkEvaluator.of(jsc)), ...)}.
 * Ordinary runs go to {@link SparkMonteCarlo#runAll} (all the runs of a sweep or tornado in one job of
 * model x range tasks); captured runs (Sobol's A, B and AB_j evaluations, a stress test's paths) are one task per
 * path range, each returning its partial result and its paths' values, joined in range order on the driver.
 * Every run uses the quantile mode the local engine's {@code AUTO} chooses for it, so every number equals the
 * local analysis's, bit for bit. The settings' thread count is ignored (the executors' cores decide). Models
 * travel as their {@link ModelRecipe}s (a scenario's JSON text); a recipe of a model object
 * ({@link ModelRecipe#of}) cannot travel and fails the job before any task starts.
 */
public final class SparkEvaluator implements Evaluator {
    private final Supplier<JavaSparkContext> context;
    private final IntSupplier partitions;

    SparkEvaluator(Supplier<JavaSparkContext> context, IntSupplier partitions) {
        this.context = context;
        this.partitions = partitions;
    }

    /**
     * Runs on {@code context}, with four ranges (tasks) per core of the cluster per run.
     *
     * @throws IllegalArgumentException if the context is null
     */
    public static SparkEvaluator of(JavaSparkContext context) {
        JavaSparkContext c = Args.requireNonNull(context, "context");
        return new SparkEvaluator(() -> c, () -> 0);
    }

    @Override
    public SimulationResult run(RunSettings settings, ModelRecipe model) {
        return runAll(settings, List.of(model)).get(0);
    }

    /** Runs of the same quantile mode share one job; results in the order of {@code models}. */
    @Override
    public List<SimulationResult> runAll(RunSettings settings, List<ModelRecipe> models) {
        Args.requireNonNull(settings, "settings");
        Map<QuantileMode, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < models.size(); i++) {
            PathModel m = Args.requireNonNull(models.get(i), "model").create();
            groups.computeIfAbsent(mode(settings, m), q -> new ArrayList<>()).add(i);
        }
        List<SimulationResult> out = new ArrayList<>(java.util.Collections.nCopies(models.size(), null));
        for (Map.Entry<QuantileMode, List<Integer>> g : groups.entrySet()) {
            List<ModelSource> sources = new ArrayList<>();
            for (int i : g.getValue()) {
                ModelRecipe r = models.get(i);
                sources.add(r::create);
            }
            List<SimulationResult> results = runner(settings, g.getKey()).runAll(sources);
            for (int k = 0; k < results.size(); k++) {
                out.set(g.getValue().get(k), results.get(k));
            }
        }
        return out;
    }

    @Override
    public CapturedPaths capture(RunSettings settings, ModelRecipe model, List<String> metrics) {
        Args.requireNonNull(settings, "settings");
        PathModel m = Args.requireNonNull(model, "model").create();
        List<String> names = List.copyOf(CapturedPaths.names(m, metrics));
        SparkMonteCarlo spark = runner(settings, mode(settings, m));
        SparkMonteCarlo.Settings s = spark.settings();
        JavaSparkContext jsc = context.get();
        int wanted = partitions.getAsInt() > 0 ? partitions.getAsInt() : 4 * jsc.defaultParallelism();
        List<PathRange> ranges = SparkMonteCarlo.ranges(settings.paths(), wanted);
        List<RangeTask> tasks = new ArrayList<>();
        for (PathRange r : ranges) {
            tasks.add(new RangeTask(0, r));
        }
        OrderedMerge merge = new OrderedMerge(1, ranges.size(), settings.paths(), settings.listener());
        double[][][] parts = new double[ranges.size()][][];
        Function2<TaskContext, scala.collection.Iterator<RangeTask>, RangeValues> work =
            (Function2<TaskContext, scala.collection.Iterator<RangeTask>, RangeValues> & Serializable)
                (ctx, it) -> simulate(s, model, names, it.next().range());
        Function2<Object, RangeValues, BoxedUnit> handler = (index, part) -> {
            parts[(Integer) index] = part.values();
            merge.accept((Integer) index, part.partial());
            return BoxedUnit.UNIT;
        };
        SparkMonteCarlo.runJob(jsc, tasks, work, handler, RangeValues.class);
        int n = (int) settings.paths();
        double[][] values = new double[names.size()][n];
        for (int p = 0; p < parts.length; p++) {
            int from = (int) ranges.get(p).start();
            for (int k = 0; k < names.size(); k++) {
                System.arraycopy(parts[p][k], 0, values[k], from, parts[p][k].length);
            }
        }
        SimulationResult r = s.runner().result(m, merge.total(0));
        return CapturedPaths.of(r, names, values);
    }

    /** The executor's side of a captured run: the range's partial result and its paths' values. */
    private static RangeValues simulate(SparkMonteCarlo.Settings s, ModelRecipe recipe, List<String> names,
                                        PathRange range) {
        double[][] store = new double[names.size()][(int) range.size()];
        PathModel tap = CapturedPaths.tap(recipe.create(), names, range.start(), store);
        return new RangeValues(s.runner().simulate(tap, range), store);
    }

    /** What the local engine's {@code AUTO} means for this run. */
    private static QuantileMode mode(RunSettings settings, PathModel model) {
        return QuantileMode.AUTO.resolve(settings.paths(), model.outputs().metrics().size());
    }

    private SparkMonteCarlo runner(RunSettings settings, QuantileMode mode) {
        return SparkMonteCarlo.builder(context.get()).paths(settings.paths()).seed(settings.seed())
            .antithetic(false).recordSeries(false).quantiles(mode).partitions(partitions.getAsInt())
            .listener(settings.listener()).build();
    }

    @Override
    public String toString() {
        return "spark";
    }

    /** A range's partial result and its paths' captured values ({@code values[k][i - range start]}). */
    record RangeValues(ResultAccumulator partial, double[][] values) implements Serializable {
    }
}
