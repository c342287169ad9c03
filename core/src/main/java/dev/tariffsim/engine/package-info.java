/**
 * The Monte Carlo engine. A {@link dev.tariffsim.engine.PathModel} simulates one path at a time into a
 * {@link dev.tariffsim.engine.PathRecorder}; {@link dev.tariffsim.engine.MonteCarlo} (the entry point)
 * runs it on many threads, reproducibly, and returns a {@link dev.tariffsim.engine.SimulationResult}.
 * A {@link dev.tariffsim.engine.PathRange} of path indices is the unit of work, and
 * {@link dev.tariffsim.engine.ResultAccumulator}s merge.
 */
package dev.tariffsim.engine;
