/**
 * Macro processes driven by the engine's correlated normals: US demand
 * ({@link dev.tariffsim.macro.DemandProcess}) and the KRW/USD rate ({@link dev.tariffsim.macro.FxProcess}).
 */
package dev.tariffsim.macro;
