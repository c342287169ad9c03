package dev.tariffsim.analysis;

import dev.tariffsim.engine.SimulationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the analyses simulate: how a model, given as a {@link ModelRecipe}, is run over the paths
 * {@code [0, settings.paths())} with the settings' seed, without antithetic pairs or series, and with the
 * quantile mode the local engine's {@code AUTO} chooses. {@link #local()} runs on this machine's threads;
 * the {@code spark} module's evaluator runs the same paths as tasks of path ranges on a cluster. Every
 * implementation must return the numbers of the local one, bit for bit (the engine's path ranges make that
 * possible), so an analysis's result does not depend on where it ran. Chosen with
 * {@link RunSettings#withEvaluator}.
 */
public interface Evaluator {
    /**
     * One ordinary run.
     *
     * @throws IllegalArgumentException if the recipe's model cannot be made
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    SimulationResult run(RunSettings settings, ModelRecipe model);

    /**
     * Several runs on the same paths and seed, results in the order of {@code models}; an evaluator may run them
     * together (a cluster: one job of model x range tasks). By default one {@link #run} after another.
     *
     * @throws IllegalArgumentException if a model cannot be made
     * @throws dev.tariffsim.engine.SimulationException if a model fails
     */
    default List<SimulationResult> runAll(RunSettings settings, List<ModelRecipe> models) {
        List<SimulationResult> out = new ArrayList<>(models.size());
        for (ModelRecipe m : models) {
            out.add(run(settings, m));
        }
        return out;
    }

    /**
     * A run that also keeps the per-path values of {@code metrics} (all the model's metrics if empty) in path
     * order; see {@link CapturedPaths}.
     *
     * @throws IllegalArgumentException if the model cannot be made or a metric is not declared
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    CapturedPaths capture(RunSettings settings, ModelRecipe model, List<String> metrics);

    /** This machine: {@code settings.threads()} worker threads of the ordinary engine. */
    static Evaluator local() {
        return LocalEvaluator.INSTANCE;
    }
}
