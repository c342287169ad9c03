package dev.tariffsim.analysis;

import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.internal.Checks;
import java.util.List;

/** {@link Evaluator#local()}: the ordinary engine on this machine. */
final class LocalEvaluator implements Evaluator {
    static final LocalEvaluator INSTANCE = new LocalEvaluator();

    private LocalEvaluator() {
    }

    @Override
    public SimulationResult run(RunSettings settings, ModelRecipe model) {
        Checks.requireNonNull(settings, "settings");
        Checks.requireNonNull(model, "model");
        return settings.runner().run(model.create());
    }

    @Override
    public CapturedPaths capture(RunSettings settings, ModelRecipe model, List<String> metrics) {
        Checks.requireNonNull(settings, "settings");
        Checks.requireNonNull(model, "model");
        PathModel m = model.create();
        List<String> names = CapturedPaths.names(m, metrics);
        double[][] store = new double[names.size()][(int) settings.paths()];
        SimulationResult r = settings.runner().run(CapturedPaths.tap(m, names, 0, store));
        return CapturedPaths.of(r, names, store);
    }

    @Override
    public String toString() {
        return "local";
    }
}
