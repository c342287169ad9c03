package dev.tariffsim.analysis;

import dev.tariffsim.engine.PathModel;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.scenario.Scenario;

/**
 * A scenario's model: made from the scenario object where it was given (no parsing on a local run), and from
 * its JSON text (which {@link ScenarioJson} writes and reads without loss) after travelling.
 */
final class ScenarioRecipe implements ModelRecipe {
    private static final long serialVersionUID = 1L;
    private final transient Scenario scenario;
    private final String json;

    ScenarioRecipe(Scenario scenario) {
        this.scenario = scenario;
        this.json = ScenarioJson.write(scenario);
    }

    @Override
    public PathModel create() {
        return new ScenarioModel(scenario != null ? scenario : ScenarioJson.read(json));
    }
}
