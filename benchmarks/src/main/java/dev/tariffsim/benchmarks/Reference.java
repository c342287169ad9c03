package dev.tariffsim.benchmarks;

import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The reference scenario: the bundled {@code examples/scenarios/korea-us-2025.json}, which the build copies into
 * this module's class path as {@code /scenarios/korea-us-2025.json}.
 */
final class Reference {
    private static final String RESOURCE = "/scenarios/korea-us-2025.json";
    /**
     * The system property under which the heavy benchmarks (a full run, a run to a precision target) run a small
     * workload: set by the module's {@code BenchmarksRunTest}, which checks that every benchmark runs, not how fast.
     */
    static final String SMOKE = "tariffsim.benchmarks.smoke";

    private Reference() {
    }

    /** Whether the benchmarks run under {@code BenchmarksRunTest} (see {@link #SMOKE}). */
    static boolean smoke() {
        return Boolean.getBoolean(SMOKE);
    }

    static Scenario scenario() {
        try (InputStream in = Reference.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the benchmarks jar has no " + RESOURCE + "; rebuild it with Maven");
            }
            return ScenarioJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
