package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import java.io.Serializable;

/**
 * A half-open range {@code [start, end)} of path indices: the unit of work. Any partition of
 * {@code [0, paths)} into ranges, of any sizes and alignment, simulated anywhere with
 * {@link MonteCarlo#simulate} and merged in range order with {@link ResultAccumulator#merge}, gives the run's
 * results bit for bit ({@link MonteCarlo#result}): metric values are kept in path order and series sums are
 * exact. {@code merge} rejects a range that does not follow the accumulator's last path.
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
