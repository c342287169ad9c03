/**
 * Scenario analysis on common random numbers: parameters addressed by their path in the scenario file
 * ({@link dev.tariffsim.analysis.ScenarioParameters}), sweeps ({@link dev.tariffsim.analysis.Sweep}), one-at-a-time
 * tornadoes ({@link dev.tariffsim.analysis.Tornado}), Sobol indices of any path model by its named random
 * components ({@link dev.tariffsim.analysis.SobolAnalysis}, the variance-based entry point), break-even values
 * ({@link dev.tariffsim.analysis.BreakEven}) and reverse stress tests ({@link dev.tariffsim.analysis.StressTest}).
 *
 * <p>Every analysis is made of ordinary engine runs with one seed ({@link dev.tariffsim.analysis.RunSettings}), so
 * its numbers are fixed by (scenario, seed, paths) and do not depend on the thread count; where per-path values
 * must line up across metrics or evaluations, {@link dev.tariffsim.analysis.CapturedPaths} keeps them in path
 * order.
 */
package dev.tariffsim.analysis;
