package dev.tariffsim.spark;

import dev.tariffsim.analysis.Evaluator;
import dev.tariffsim.engine.ProgressListener;
import dev.tariffsim.engine.QuantileMode;
import dev.tariffsim.engine.Sampling;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.examples.cli.Backend;
import dev.tariffsim.examples.cli.SimulationSettings;
import dev.tariffsim.scenario.Scenario;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The command line's {@code run}, {@code compare} and analysis verbs ({@link SparkEvaluator}) on Spark. The Spark
 * context is made on first use, after the options and scenarios have been checked, so a user's mistake never
 * starts an application. On a cluster {@code --threads} is ignored (the executors' cores decide) and precision
 * targets are refused: a run has a fixed number of paths. For {@code run} and {@code compare},
 * {@code --quantiles auto} means {@code sketch}; the analyses keep the local {@code AUTO} choice, so that their
 * numbers equal a local analysis's.
 */
final class SparkBackend implements Backend {
    /** Spark property: ranges (tasks) per model, default four per core. */
    static final String PARTITIONS = "spark.tariffsim.partitions";

    private final Supplier<JavaSparkContext> factory;
    private JavaSparkContext context;

    SparkBackend(Supplier<JavaSparkContext> factory) {
        this.factory = factory;
    }

    @Override
    public SimulationResult simulate(SimulationSettings settings, List<Scenario> scenarios, ProgressListener progress) {
        if (!settings.targets().isEmpty()) {
            throw new IllegalArgumentException("--rel-precision and --abs-precision are not supported on Spark: "
                + "a cluster run has a fixed number of paths; give --paths");
        }
        if (settings.sampling() != Sampling.MC || settings.controlVariates()) {
            throw new IllegalArgumentException((settings.sampling() != Sampling.MC ? "--sampling "
                + settings.sampling().label() : "--control-variates") + " is not supported on Spark: it needs every"
                + " path's value on the driver; run it without Spark (its runs need far fewer paths)");
        }
        ModelSource source = scenarios.size() == 1 ? ModelSource.scenario(scenarios.get(0))
            : ModelSource.compare(scenarios.get(0), scenarios.get(1));
        source.create();
        JavaSparkContext jsc = context();
        int n = partitions();
        QuantileMode mode = settings.quantiles() == QuantileMode.AUTO ? QuantileMode.SKETCH : settings.quantiles();
        return SparkMonteCarlo.builder(jsc).paths(settings.paths()).seed(settings.seed())
            .antithetic(settings.antithetic()).recordSeries(settings.series()).quantiles(mode).partitions(n)
            .listener(progress).build().run(source);
    }

    /** The analyses' runs on this back end's Spark context (made on their first run). */
    @Override
    public Evaluator evaluator() {
        return new SparkEvaluator(this::context, this::partitions);
    }

    /** The property {@value #PARTITIONS}. @throws IllegalArgumentException if it is not a non-negative number */
    private int partitions() {
        String partitions = context().getConf().get(PARTITIONS, "0");
        int n;
        try {
            n = Integer.parseInt(partitions.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0) {
            throw new IllegalArgumentException(PARTITIONS + " is not a non-negative whole number: " + partitions);
        }
        return n;
    }

    private synchronized JavaSparkContext context() {
        if (context == null) {
            context = factory.get();
        }
        return context;
    }

    /** Stops the Spark context if this back end made one. */
    synchronized void close() {
        if (context != null) {
            context.stop();
            context = null;
        }
    }
}
