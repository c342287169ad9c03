package dev.tariffsim.benchmarks;

import dev.tariffsim.examples.cli.Examples;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.format.ScenarioJson;

/** The reference scenario, read from the bundled file {@code examples/scenarios/korea-us-2025.json}. */
final class Reference {
    private Reference() {
    }

    static Scenario scenario() {
        return ScenarioJson.read(Examples.text("korea-us-2025"));
    }

    /** Normal draws one reference path makes: 3 a month (demand, FX, investment), then Y and one per project. */
    static int normals(Scenario s) {
        return 3 * s.horizonMonths() + 1 + s.pledge().shipbuilding().guarantees().projects();
    }

    /** Uniform draws: pass-through and elasticity, then one a month for the regime. */
    static int uniforms(Scenario s) {
        return 2 + s.horizonMonths();
    }

    /** exp calls a month: the FX level, the vehicle's growth, the demand step. */
    static int exps(Scenario s) {
        return 3 * s.horizonMonths();
    }
}
