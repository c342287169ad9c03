package dev.tariffsim.analysis;

import dev.tariffsim.engine.PairedModel;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.scenario.Scenario;
import java.io.Serializable;

/**
 * How to make the model an analysis runs: a small serializable recipe rather than the model itself, so that an
 * {@link Evaluator} may make the model wherever it simulates (on the executors of a cluster). {@link #create()}
 * must give equal models wherever and however often it is called. The analyses make their recipes from
 * scenarios ({@link #scenario}) and {@link #paired pairs} of them; a recipe made with {@link #of} wraps a model
 * object and serves a local evaluator only.
 */
@FunctionalInterface
public interface ModelRecipe extends Serializable {
    /**
     * Makes the model.
     *
     * @throws IllegalArgumentException if the recipe is invalid
     */
    PathModel create();

    /** The scenario's {@link dev.tariffsim.model.ScenarioModel}; it travels as the scenario's JSON text. */
    static ModelRecipe scenario(Scenario scenario) {
        return new ScenarioRecipe(Checks.requireNonNull(scenario, "scenario"));
    }

    /** Two models on common random numbers: {@link PairedModel#of}{@code (a, b)} (metrics a., b. and diff.). */
    static ModelRecipe paired(ModelRecipe a, ModelRecipe b) {
        Checks.requireNonNull(a, "a");
        Checks.requireNonNull(b, "b");
        return () -> PairedModel.of(a.create(), b.create());
    }

    /** A model object: for the local evaluator only (a model is not serializable, so it cannot travel). */
    static ModelRecipe of(PathModel model) {
        Checks.requireNonNull(model, "model");
        return new Local(model);
    }

    /** The recipe of {@link #of}: the model itself, refused by serialization. */
    final class Local implements ModelRecipe {
        private static final long serialVersionUID = 1L;
        private final transient PathModel model;

        private Local(PathModel model) {
            this.model = model;
        }

        @Override
        public PathModel create() {
            return model;
        }

        private Object writeReplace() throws java.io.NotSerializableException {
            throw new java.io.NotSerializableException("a model object cannot travel to a cluster; "
                + "give the analysis a ModelRecipe (a scenario) instead of a PathModel");
        }
    }
}
