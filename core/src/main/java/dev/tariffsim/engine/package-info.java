/**
 * The Monte Carlo engine. A {@link dev.tariffsim.engine.PathModel} simulates one path at a time into a
 * {@link dev.tariffsim.engine.PathRecorder}; {@link dev.tariffsim.engine.MonteCarlo} (the entry point)
 * runs it on many threads, reproducibly, and returns a {@link dev.tariffsim.engine.SimulationResult}.
 * A {@link dev.tariffsim.engine.PathRange} of path indices is the unit of work
 * ({@code runner.simulate(model, range)}); {@link dev.tariffsim.engine.ResultAccumulator}s record, merge and
 * serialise, and any partition merged in order gives the run's numbers bit for bit
 * ({@code runner.result(model, merged)}). The contracts are stated in {@code docs/engine.md}.
 */
package dev.tariffsim.engine;
