package dev.tariffsim.examples.cli;

import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.scenario.Scenario;
import java.util.List;

/**
 * Where {@code run}, {@code compare} and the analyses simulate: the local engine's threads by default, or a cluster (the
 * {@code spark} module's {@code SparkMain}). The command line parses options and loads scenarios before it
 * calls a back end, so bad input fails before any work starts; a back end that cannot honour a setting throws
 * {@link IllegalArgumentException} with one message (exit 2).
 */
@FunctionalInterface
public interface Backend {
    /**
     * Simulates one scenario ({@code run}) or two on common random numbers ({@code compare}: metrics of the
     * second minus the first, as {@link dev.tariffsim.engine.PairedModel} defines them).
     *
     * @param settings the engine settings
     * @param scenarios one or two scenarios
     * @param progress told of progress (may be ignored)
     * @throws IllegalArgumentException if the back end cannot honour a setting
     */
    SimulationResult simulate(SimulationSettings settings, List<Scenario> scenarios,
                              dev.tariffsim.engine.ProgressListener progress);

    /**
     * Where the analysis verbs ({@code sweep}, {@code tornado}, {@code sensitivity}, {@code breakeven},
     * {@code stress}) make their runs; by default this machine ({@link dev.tariffsim.analysis.Evaluator#local()}).
     * Called after the options have been parsed; the evaluator may start its cluster on its first run.
     */
    default dev.tariffsim.analysis.Evaluator evaluator() {
        return dev.tariffsim.analysis.Evaluator.local();
    }
}
