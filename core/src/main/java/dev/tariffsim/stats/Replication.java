package dev.tariffsim.stats;

import dev.tariffsim.internal.Checks;

/**
 * How the paths of a run form the independent replicates from which the standard error of a mean is estimated
 * when its paths are not independent draws:
 * <ul>
 *   <li>{@link #none()}: no replication (plain Monte Carlo; antithetic pairs are handled apart);</li>
 *   <li>{@link #interleaved(int) interleaved(R)}: {@code R} randomisations, path {@code i} in replicate
 *   {@code i mod R} (randomised quasi-Monte Carlo);</li>
 *   <li>{@link #blocks(int) blocks(m)}: consecutive blocks of {@code m} paths, path {@code i} in block
 *   {@code i / m} (replicated Latin hypercube sampling); a run holds as many blocks as its paths fill.</li>
 * </ul>
 * Either way the standard error is {@code sd(replicate means) / sqrt(G)} over the {@code G} replicates, and the 95%
 * interval uses Student's t with {@code G - 1} degrees of freedom. Immutable and serializable (accumulators carry it).
 *
 * @param replicates the interleaved replicates {@code R}, or 0
 * @param blockSize the paths per block {@code m}, or 0
 */
public record Replication(int replicates, int blockSize) implements java.io.Serializable {
    private static final Replication NONE = new Replication(0, 0);

    /** @throws IllegalArgumentException unless at most one of the two is set, and that one is at least 2 */
    public Replication {
        Checks.requireArgument(replicates == 0 || replicates >= 2, "replicates", replicates, "0 or at least 2");
        Checks.requireArgument(blockSize == 0 || blockSize >= 2, "blockSize", blockSize, "0 or at least 2");
        Checks.requireArgument(replicates == 0 || blockSize == 0, "blockSize", blockSize,
            "0 with interleaved replicates");
    }

    /** No replication: the paths are independent (or paired, which the caller handles). */
    public static Replication none() {
        return NONE;
    }

    /** {@code replicates} interleaved randomisations: path {@code i} in replicate {@code i mod replicates}. */
    public static Replication interleaved(int replicates) {
        Checks.requireArgument(replicates >= 2, "replicates", replicates, "at least 2");
        return new Replication(replicates, 0);
    }

    /** Consecutive blocks of {@code blockSize} paths: path {@code i} in block {@code i / blockSize}. */
    public static Replication blocks(int blockSize) {
        Checks.requireArgument(blockSize >= 2, "blockSize", blockSize, "at least 2");
        return new Replication(0, blockSize);
    }

    /** Whether standard errors come from replicate means. */
    public boolean isReplicated() {
        return replicates > 0 || blockSize > 0;
    }

    /**
     * The standard error of the mean of {@code values[0 .. count)} (value {@code j} is path {@code firstPath + j}):
     * the sample standard deviation of the replicate means over the square root of their number, from the complete
     * blocks only; NaN with fewer than two replicates (or while an interleaved replicate has no value).
     *
     * @throws IllegalArgumentException if this is {@link #none()} or {@code firstPath} is negative
     */
    public double stdError(double[] values, long firstPath, int count) {
        Checks.requireArgument(isReplicated(), "replication", this, "interleaved replicates or blocks");
        if (replicates > 0) {
            return MeanErrors.replicated(values, firstPath, count, replicates);
        }
        Checks.requireArgument(firstPath >= 0, "firstPath", firstPath, "non-negative");
        int lead = (int) ((blockSize - firstPath % blockSize) % blockSize);
        return MeanErrors.grouped(values, lead, count, blockSize);
    }

    /**
     * The two-sided 95% critical value of the interval of a mean over {@code count} paths from {@code firstPath}:
     * Student's t with one degree of freedom fewer than the replicates ({@code R}, or the complete blocks); NaN with
     * fewer than two.
     */
    public double critical(long firstPath, int count) {
        int units = replicates > 0 ? replicates : completeBlocks(firstPath, count);
        return units < 2 ? Double.NaN : MeanErrors.studentT95(units - 1);
    }

    private int completeBlocks(long firstPath, int count) {
        int lead = (int) ((blockSize - firstPath % blockSize) % blockSize);
        return Math.max(0, count - lead) / blockSize;
    }

    /**
     * The grouping of {@link ControlledMean#units} that turns values in path order from path 0 into the replicate
     * means, the units of a control-variate estimate: {@code -R} for interleaved replicates, {@code m} for blocks.
     *
     * @throws IllegalArgumentException if this is {@link #none()}
     */
    public int group() {
        Checks.requireArgument(isReplicated(), "replication", this, "interleaved replicates or blocks");
        return replicates > 0 ? -replicates : blockSize;
    }

    @Override
    public String toString() {
        return replicates > 0 ? replicates + " interleaved replicates"
            : blockSize > 0 ? "blocks of " + blockSize + " paths" : "none";
    }
}
