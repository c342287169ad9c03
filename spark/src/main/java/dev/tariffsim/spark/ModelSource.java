package dev.tariffsim.spark;

import dev.tariffsim.engine.PairedModel;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.model.ScenarioModel;
import java.io.Serializable;

/**
 * How an executor makes the model it simulates: a small serializable recipe (typically a scenario's JSON
 * text) shipped with each task, since a {@link PathModel} itself is neither serializable nor meant to travel.
 * {@link #create()} must give equal models wherever it runs; the driver calls it once before any task starts,
 * so a bad recipe fails there with its usual message.
 */
@FunctionalInterface
public interface ModelSource extends Serializable {
    /**
     * Makes the model.
     *
     * @throws IllegalArgumentException if the recipe is invalid (for a scenario: the scenario file's message)
     */
    PathModel create();

    /**
     * A scenario given as JSON text in the scenario file format.
     *
     * @throws IllegalArgumentException if the text is null
     */
    static ModelSource scenario(String json) {
        String text = Args.requireNonNull(json, "json");
        return () -> new ScenarioModel(ScenarioJson.read(text));
    }

    /** A scenario, shipped as its JSON text. */
    static ModelSource scenario(Scenario scenario) {
        return scenario(ScenarioJson.write(Args.requireNonNull(scenario, "scenario")));
    }

    /**
     * Two scenarios on common random numbers, as {@code compare} runs them: the metrics of {@code b} minus
     * {@code a} ({@link PairedModel}).
     */
    static ModelSource compare(Scenario a, Scenario b) {
        ModelSource sa = scenario(a);
        ModelSource sb = scenario(b);
        return () -> PairedModel.of(sa.create(), sb.create());
    }
}
