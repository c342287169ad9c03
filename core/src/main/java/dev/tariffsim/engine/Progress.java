package dev.tariffsim.engine;

/**
 * A snapshot of a run in progress.
 *
 * @param pathsDone paths completed and merged
 * @param pathsPlanned paths the run aims at (the maximum under precision control)
 * @param elapsedSeconds wall-clock seconds since the run started
 */
public record Progress(long pathsDone, long pathsPlanned, double elapsedSeconds) {
    /** The fraction done, in [0, 1]. */
    public double fraction() {
        return pathsPlanned == 0 ? 1 : Math.min(1, (double) pathsDone / pathsPlanned);
    }

    /** Paths per second so far. */
    public double pathsPerSecond() {
        return elapsedSeconds > 0 ? pathsDone / elapsedSeconds : 0;
    }

    /** Estimated seconds left at the current rate, or infinity before the first paths complete. */
    public double secondsLeft() {
        double rate = pathsPerSecond();
        return rate > 0 ? (pathsPlanned - pathsDone) / rate : Double.POSITIVE_INFINITY;
    }
}
