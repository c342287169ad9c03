package dev.tariffsim.analysis;

import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.stats.Interval;
import dev.tariffsim.stats.MetricStatistics;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.TooManyEvaluationsException;

/**
 * The value of one parameter at which a statistic of a metric reaches a target (goal seek), found by Brent's
 * bracketing method (commons-math3) on common random numbers: every evaluation runs the same seed and paths, so
 * the statistic is a deterministic, smooth-as-the-model function of the parameter and the root is reproducible.
 *
 * <h2>Confidence interval of the root</h2>
 * The delta method: root &plusmn; z SE / |slope| &plusmn; accuracy, where SE is the statistic's standard error
 * at the root and the slope is the paired (common random numbers) difference quotient between the root &plusmn; h,
 * h = max(10 accuracy, (high - low) / 1000), clamped to the bracket. The solver's accuracy is added so that the
 * interval covers the root also when the model is deterministic (SE = 0).
 */
public final class BreakEven {
    /** The most evaluations of the solver. */
    public static final int MAX_EVALUATIONS = 60;

    private BreakEven() {
    }

    /**
     * Solves {@code statistic(path = x) = target} for x in {@code [low, high]}.
     *
     * @param accuracy the solver's absolute accuracy in x, positive
     * @throws IllegalArgumentException if the target is not bracketed (the message gives the statistic at both
     *     ends), a value is rejected by the scenario reader, or the solver does not converge
     */
    public static BreakEvenResult solve(RunSettings settings, Scenario base, String path, double low, double high,
                                        Statistic statistic, double target, double accuracy) {
        Checks.requireNonNull(settings, "settings");
        Checks.requireNonNull(statistic, "statistic");
        Checks.requireFinite(target, "target");
        Checks.requirePositiveFinite(accuracy, "accuracy");
        Checks.requireArgument(low < high, "low", low, "below high " + high);
        dev.tariffsim.engine.OutputSpec spec = new ScenarioModel(base).outputs();
        String unit = spec.metrics().get(spec.metricIndex(statistic.metric())).unit();
        ScenarioParameters.set(base, path, low);
        ScenarioParameters.set(base, path, high);
        Map<Double, MetricStatistics> runs = new HashMap<>();
        java.util.function.DoubleFunction<MetricStatistics> at = x -> runs.computeIfAbsent(x, v -> settings.evaluator()
            .run(settings, ModelRecipe.scenario(ScenarioParameters.set(base, path, v))).metric(statistic.metric()));
        double fLow = statistic.of(at.apply(low)) - target;
        double fHigh = statistic.of(at.apply(high)) - target;
        if (Double.isNaN(fLow) || Double.isNaN(fHigh) || fLow * fHigh > 0) {
            throw new IllegalArgumentException(String.format(Locale.US,
                "the target %s = %s is not bracketed by %s in [%s, %s]: %s is %s at %s and %s at %s", statistic,
                target, path, low, high, statistic, fLow + target, low, fHigh + target, high));
        }
        double root;
        try {
            root = new BrentSolver(accuracy).solve(MAX_EVALUATIONS, x -> statistic.of(at.apply(x)) - target, low,
                high);
        } catch (TooManyEvaluationsException e) {
            throw new IllegalArgumentException("break-even of " + path + " did not converge in " + MAX_EVALUATIONS
                + " evaluations; ask for a coarser accuracy than " + accuracy, e);
        }
        MetricStatistics atRoot = at.apply(root);
        double h = Math.max(10 * accuracy, (high - low) / 1000);
        double x1 = Math.max(low, root - h);
        double x2 = Math.min(high, root + h);
        SimulationResult pair = settings.evaluator().run(settings, ModelRecipe.paired(
            ModelRecipe.scenario(ScenarioParameters.set(base, path, x1)),
            ModelRecipe.scenario(ScenarioParameters.set(base, path, x2))));
        double slope = statistic.isMean() ? pair.metric("diff." + statistic.metric()).mean() / (x2 - x1)
            : (statistic.of(pair.metric("b." + statistic.metric())) - statistic.of(pair.metric("a."
                + statistic.metric()))) / (x2 - x1);
        double se = statistic.stdError(atRoot);
        double half = slope == 0 ? Double.POSITIVE_INFINITY : MetricStatistics.Z95 * se / Math.abs(slope) + accuracy;
        Interval ci = new Interval(root - half, root + half, 0.95);
        return new BreakEvenResult(path, statistic, target, unit, root, ci, slope, statistic.of(atRoot), se, runs.size() + 1,
            settings.paths(), settings.seed());
    }
}
