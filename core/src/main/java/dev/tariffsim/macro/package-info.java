/**
 * Macro processes driven by the engine's correlated normals: US demand
 * ({@link dev.tariffsim.macro.DemandProcess}, the parameters, and {@link dev.tariffsim.macro.DemandStep}, its
 * monthly step) and the KRW/USD rate ({@link dev.tariffsim.macro.FxProcess}, the entry point, and
 * {@link dev.tariffsim.macro.FxStep}), with the pledge's spot purchases moving the won
 * ({@link dev.tariffsim.macro.SpotImpact}). Either process can follow an {@link dev.tariffsim.macro.ObservedPath}
 * for its first months and continue stochastically from its last value. A process validates its parameters;
 * {@code discretise(dt)} gives the step with its per-step constants precomputed.
 */
package dev.tariffsim.macro;
