package dev.tariffsim.engine;

/**
 * How a run was made: everything needed to reproduce it, and how fast it went.
 *
 * @param seed the run seed
 * @param paths the number of paths in the result
 * @param threads the number of worker threads
 * @param antithetic whether paths came in antithetic pairs
 * @param generator the random generator algorithm ({@code java.util.random} name)
 * @param version the tariffsim version that made the result
 * @param elapsedSeconds wall-clock seconds
 * @param pathsPerSecond paths divided by elapsed seconds
 * @param stopReason why the run stopped
 */
public record RunInfo(long seed, long paths, int threads, boolean antithetic, String generator, String version,
                      double elapsedSeconds, double pathsPerSecond, StopReason stopReason) {
}
