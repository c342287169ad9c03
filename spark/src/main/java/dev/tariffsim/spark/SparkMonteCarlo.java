package dev.tariffsim.spark;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.PathRange;
import dev.tariffsim.engine.ProgressListener;
import dev.tariffsim.engine.QuantileMode;
import dev.tariffsim.engine.ResultAccumulator;
import dev.tariffsim.engine.RunInfo;
import dev.tariffsim.engine.SimulationResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Function2;
import scala.runtime.BoxedUnit;

/**
 * Runs models on a Spark cluster with the numbers of a local run.
 *
 * <h2>How</h2>
 * A run's paths {@code [0, paths)} are split into ranges aligned to {@link MonteCarlo#BATCH}, one Spark task
 * per range; each task makes the model from its {@link ModelSource} and simulates its range with
 * {@link MonteCarlo#simulate(PathModel, PathRange)}; the driver merges the partial {@link ResultAccumulator}s in
 * range order as they arrive and makes the ordinary {@link SimulationResult} with
 * {@link MonteCarlo#result(PathModel, ResultAccumulator)}. {@link #runAll} puts several models (the points of a
 * sweep, say) into one job of point x range tasks.
 *
 * <h2>Reproducibility</h2>
 * Path {@code i} draws from streams seeded by (seed, {@code i}, component) alone, so which executor runs a range,
 * how often a failed task is retried and how the paths are split do not change a single draw, and by the engine's
 * partition contract ({@link PathRange}) every statistic, metrics and series, equals a local run's bit for bit.
 *
 * <h2>Memory</h2>
 * In {@code SKETCH} mode (the default here, and what {@code AUTO} means on a cluster, since every kept value
 * would travel to the driver) a partial result's size does not depend on its number of paths, and the driver
 * holds only the running total and the partials that finished ahead of their turn.
 *
 * <pre>{@code
 * SparkMonteCarlo spark = SparkMonteCarlo.builder(jsc).paths(100_000_000).seed(42).build();
 * SimulationResult r = spark.run(ModelSource.scenario(jsonText));
 * }</pre>
 */
public final class SparkMonteCarlo {
    private final JavaSparkContext context;
    private final Settings settings;
    private final int partitions;
    private final ProgressListener listener;

    /** What every task needs besides its range: small and serializable, shipped with the tasks. */
    record Settings(long paths, long seed, boolean antithetic, boolean recordSeries, QuantileMode quantiles)
        implements Serializable {
        /** The engine with these settings, on one thread (a task's). */
        MonteCarlo runner() {
            return MonteCarlo.builder().paths(paths).seed(seed).antithetic(antithetic).recordSeries(recordSeries)
                .quantiles(quantiles).threads(1).build();
        }
    }

    private SparkMonteCarlo(Builder b) {
        this.context = b.context;
        this.settings = new Settings(b.paths, b.seed, b.antithetic, b.recordSeries,
            b.quantiles == QuantileMode.AUTO ? QuantileMode.SKETCH : b.quantiles);
        this.partitions = b.partitions;
        this.listener = b.listener;
    }

    /**
     * A builder running on {@code context}, with 10,000 paths, seed 1, series, sketch quantiles and four
     * ranges per core of the cluster.
     */
    public static Builder builder(JavaSparkContext context) {
        return new Builder(Args.requireNonNull(context, "context"));
    }

    /**
     * Runs one model.
     *
     * @throws IllegalArgumentException if the source's model cannot be made (checked on the driver, before any
     *     task starts)
     * @throws ClusterRunException if the job fails (a task failed more often than Spark retries it)
     */
    public SimulationResult run(ModelSource source) {
        return runAll(List.of(source)).get(0);
    }

    /**
     * Runs several models on the same paths and seed in one job, one task per (model, range): the results in
     * the order of {@code sources}, each equal to a run of that model alone.
     *
     * @throws IllegalArgumentException if {@code sources} is empty or a model cannot be made (before any task)
     * @throws ClusterRunException if the job fails
     */
    public List<SimulationResult> runAll(List<ModelSource> sources) {
        Args.require(!sources.isEmpty(), "sources", "[]", "at least one model source");
        List<ModelSource> points = List.copyOf(sources);
        List<PathModel> models = new ArrayList<>();
        for (ModelSource s : points) {
            models.add(s.create());
        }
        int wanted = partitions > 0 ? partitions : 4 * context.defaultParallelism();
        List<PathRange> ranges = ranges(settings.paths(), wanted);
        List<RangeTask> tasks = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (PathRange r : ranges) {
                tasks.add(new RangeTask(p, r));
            }
        }
        long start = System.nanoTime();
        OrderedMerge merge = new OrderedMerge(points.size(), ranges.size(), settings.paths() * points.size(), listener);
        Settings s = settings;
        Function2<TaskContext, scala.collection.Iterator<RangeTask>, ResultAccumulator> work =
            (Function2<TaskContext, scala.collection.Iterator<RangeTask>, ResultAccumulator> & Serializable)
                (ctx, it) -> simulate(s, points, it.next());
        Function2<Object, ResultAccumulator, BoxedUnit> handler = (index, partial) -> {
            merge.accept((Integer) index, partial);
            return BoxedUnit.UNIT;
        };
        runJob(context, tasks, work, handler, ResultAccumulator.class);
        double seconds = (System.nanoTime() - start) / 1e9;
        MonteCarlo runner = settings.runner();
        List<SimulationResult> results = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            SimulationResult r = runner.result(models.get(p), merge.total(p));
            RunInfo i = r.run();
            RunInfo info = new RunInfo(i.seed(), i.paths(), context.defaultParallelism(), i.antithetic(), i.generator(),
                i.version(), seconds, seconds > 0 ? settings.paths() * points.size() / seconds : 0, i.stopReason());
            results.add(new SimulationResult(info, r.model(), r.start(), r.outputs(), r.metrics(), r.series(),
                r.convergence()));
        }
        return results;
    }

    /**
     * Runs one job of one task per element of {@code tasks}, handing each task's result with its index to
     * {@code handler} on the driver as it arrives.
     *
     * @throws ClusterRunException if the job fails
     */
    static <R> void runJob(JavaSparkContext context, List<RangeTask> tasks,
                           Function2<TaskContext, scala.collection.Iterator<RangeTask>, R> work,
                           Function2<Object, R, BoxedUnit> handler, Class<R> type) {
        JavaRDD<RangeTask> rdd = context.parallelize(tasks, tasks.size());
        try {
            context.sc().runJob(rdd.rdd(), work, handler, scala.reflect.ClassTag$.MODULE$.apply(type));
        } catch (RuntimeException e) {
            throw new ClusterRunException(e);
        } catch (Exception e) { // Spark throws its checked SparkException unchecked
            throw new ClusterRunException(e);
        }
    }

    /** The executor's side: make the model and simulate the task's range. */
    private static ResultAccumulator simulate(Settings s, List<ModelSource> points, RangeTask task) {
        return s.runner().simulate(points.get(task.point()).create(), task.range());
    }

    /**
     * {@code [0, paths)} in at most {@code wanted} consecutive ranges of whole batches (the last may be short),
     * as even as batches allow.
     */
    static List<PathRange> ranges(long paths, int wanted) {
        long batches = (paths + MonteCarlo.BATCH - 1) / MonteCarlo.BATCH;
        int n = (int) Math.max(1, Math.min(wanted, batches));
        List<PathRange> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            long from = batches * k / n * MonteCarlo.BATCH;
            long to = Math.min(paths, batches * (k + 1) / n * MonteCarlo.BATCH);
            out.add(new PathRange(from, to));
        }
        return out;
    }

    /** The settings every task runs with. */
    Settings settings() {
        return settings;
    }

    /** Settings of a cluster run. Not thread-safe. */
    public static final class Builder {
        private final JavaSparkContext context;
        private long paths = 10_000;
        private long seed = 1;
        private boolean antithetic;
        private boolean recordSeries = true;
        private QuantileMode quantiles = QuantileMode.SKETCH;
        private int partitions;
        private ProgressListener listener = ProgressListener.NONE;

        private Builder(JavaSparkContext context) {
            this.context = context;
        }

        /** The number of paths. @throws IllegalArgumentException unless {@code 1 <= paths <= MonteCarlo.MAX_PATHS} */
        public Builder paths(long paths) {
            Args.require(paths >= 1 && paths <= MonteCarlo.MAX_PATHS, "paths", paths,
                "in [1, " + MonteCarlo.MAX_PATHS + "]");
            this.paths = paths;
            return this;
        }

        /** The seed: with the model and the number of paths it fixes every number. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Whether paths come in antithetic pairs (path 2k+1 mirrors path 2k). */
        public Builder antithetic(boolean antithetic) {
            this.antithetic = antithetic;
            return this;
        }

        /** Whether to keep monthly bands (default true). */
        public Builder recordSeries(boolean recordSeries) {
            this.recordSeries = recordSeries;
            return this;
        }

        /** How metrics are kept (default {@code SKETCH}; {@code AUTO} means {@code SKETCH} on a cluster). */
        public Builder quantiles(QuantileMode quantiles) {
            this.quantiles = Args.requireNonNull(quantiles, "quantiles");
            return this;
        }

        /**
         * Ranges (tasks) per model; 0, the default, means four per core of the cluster. Results do not depend on it.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder partitions(int partitions) {
            Args.require(partitions >= 0, "partitions", partitions, "non-negative");
            this.partitions = partitions;
            return this;
        }

        /** Who is told of progress, once per finished task (on the driver). */
        public Builder listener(ProgressListener listener) {
            this.listener = Args.requireNonNull(listener, "listener");
            return this;
        }

        /** The runner. */
        public SparkMonteCarlo build() {
            return new SparkMonteCarlo(this);
        }
    }
}
