/**
 * Macro processes driven by the engine's correlated normals: US demand
 * ({@link dev.tariffsim.macro.DemandProcess}, the parameters, and {@link dev.tariffsim.macro.DemandStep}, its
 * monthly step) and the KRW/USD rate ({@link dev.tariffsim.macro.FxProcess}, the entry point, and
 * {@link dev.tariffsim.macro.FxStep}). A process validates its parameters; {@code discretise(dt)} gives the step
 * with its per-step constants precomputed.
 */
package dev.tariffsim.macro;
