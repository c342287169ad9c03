package dev.tariffsim.analysis;

import dev.tariffsim.stats.Tail;
import java.util.List;

/**
 * What the worst paths of a metric look like. Immutable.
 *
 * @param metric the metric whose worst paths are selected
 * @param unit its unit as the model declares it
 * @param fraction the share of paths selected (for an event, its observed frequency)
 * @param tail which tail is bad ({@link Tail#UPPER} for an event)
 * @param event whether the metric is a 0/1 event, whose selected paths are those where it occurred
 * @param tailPaths the number of paths selected
 * @param threshold the metric's value on the least bad selected path (its value at risk)
 * @param shifts every other metric that varies across paths, largest |z| first
 * @param paths paths run
 * @param seed the seed
 */
public record StressResult(String metric, String unit, double fraction, Tail tail, boolean event, int tailPaths, double threshold,
                           List<Shift> shifts, long paths, long seed) {
    /** Copies the list. */
    public StressResult {
        shifts = List.copyOf(shifts);
    }

    /**
     * How one metric differs on the worst paths.
     *
     * @param name the metric
     * @param unit its unit as the model declares it
     * @param meanAll its mean over all paths
     * @param sdAll its standard deviation over all paths
     * @param meanTail its mean over the worst paths
     * @param z {@code (meanTail - meanAll) / sdAll}
     */
    public record Shift(String name, String unit, double meanAll, double sdAll, double meanTail, double z) {
    }
}
