package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import java.io.Serializable;

/**
 * A half-open range {@code [start, end)} of path indices: the unit of work. Any partition of
 * {@code [0, paths)} into ranges, simulated anywhere and merged in range order, gives the run's
 * results.
 *
 * @param start first path index, at least 0
 * @param end one past the last path index, at least {@code start}
 */
public record PathRange(long start, long end) implements Serializable {
    /** @throws IllegalArgumentException unless {@code 0 <= start <= end} */
    public PathRange {
        Checks.requireArgument(start >= 0, "start", start, "non-negative");
        Checks.requireArgument(end >= start, "end", end, "at least start " + start);
    }

    /** The number of paths. */
    public long size() {
        return end - start;
    }
}
