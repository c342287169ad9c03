package dev.tariffsim.engine;

/**
 * Simulates paths of one model for one worker. It owns its scratch memory and the random streams it took
 * from the worker's {@link dev.tariffsim.random.PathRandom} when it was made, so that simulating a path
 * allocates nothing. Not thread-safe: the engine gives each worker its own.
 */
@FunctionalInterface
public interface PathSimulator {
    /**
     * Simulates the path the worker's random source was last started on and records its outputs.
     *
     * @param out where the path's metrics and series go
     */
    void simulate(PathRecorder out);
}
